/**
 * The results' seal: the province's signing keys, the seal on each record, the offline QR's signed text, the trust list
 * and status lists, and the offline check the command line shares with the verifier page (docs/results.md).
 */
@org.springframework.modulith.NamedInterface("seal")
package org.dancu.results.seal;
