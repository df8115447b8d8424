/**
 * HTTP Message Signatures (RFC 9421) with Ed25519 and the {@code Content-Digest} field (RFC 9530):
 * one signer for the province's calls to outside systems and one verifier for the calls outside
 * systems make to the province, with the freshness window, {@code expires}, and the nonce to claim.
 * The caller supplies the request's components, how keys are found and where nonces are claimed, so
 * the module holds no state and depends on no other module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "HTTP message signatures", allowedDependencies = {})
package org.dancu.httpsig;
