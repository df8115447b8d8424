package org.dancu.payments.accounts;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the accounts ({@code dancu.payments.accounts.*}, or {@code DANCU_PAYMENTS_ACCOUNTS_*}); see
 * docs/payments.md, "Accounts and the name check".
 *
 * @param keyset             the Tink AEAD keyset (JSON) that encrypts account numbers; wins over the file
 * @param keysetFile         the file holding that keyset (in the secrets directory); empty means none
 * @param hashKeyset         the Tink HMAC keyset (JSON) whose tag of a number finds the same account twice
 * @param hashKeysetFile     the file holding that keyset; empty means none
 * @param generateKeysets    with a keyset not given, create it (off in production, where a missing one stops the start)
 */
@ConfigurationProperties("dancu.payments.accounts")
record AccountsProperties(
        @DefaultValue("") String keyset,
        @DefaultValue("") String keysetFile,
        @DefaultValue("") String hashKeyset,
        @DefaultValue("") String hashKeysetFile,
        @DefaultValue("true") boolean generateKeysets) {
}
