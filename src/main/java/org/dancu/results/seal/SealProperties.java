package org.dancu.results.seal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the results' seal ({@code dancu.results.seal.*}, or {@code DANCU_RESULTS_SEAL_*}); see
 * docs/results.md "Seal and offline verification".
 *
 * @param keyset         the Tink keyset (JSON) that encrypts the province's signing keys in the database; wins over
 *                       the file
 * @param keysetFile     the file holding that keyset (in the secrets directory); empty means none
 * @param generateKeyset with no keyset given, create one (off in production, where a missing keyset stops the start)
 * @param issuer         the issuer named in the QR's claims and the published lists
 * @param trustListFile  where a copy of the published trust list is kept for {@code ./dancu verify-result}; empty
 *                       keeps none
 */
@ConfigurationProperties("dancu.results.seal")
record SealProperties(
        @DefaultValue("") String keyset,
        @DefaultValue("") String keysetFile,
        @DefaultValue("true") boolean generateKeyset,
        @DefaultValue("VN-011") String issuer,
        @DefaultValue("") String trustListFile) {
}
