package org.dancu.exchange.partners;

import java.security.PublicKey;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

import org.dancu.exchange.TestPartner;
import org.dancu.httpsig.VerificationKey;
import org.springframework.context.ApplicationContext;

/**
 * What {@link TestPartner}, the exchange test support the benchmarks and other tests use, does inside the module:
 * registers an active partner whose policy allows every operation and attribute for {@code identity-check}, with
 * one Ed25519 key.
 */
public final class PartnerSeeds {

    private PartnerSeeds() {
    }

    public static void register(ApplicationContext context, String code, String name, String keyId, PublicKey key,
                                int ratePerMinute) {
        Partners partners = context.getBean(Partners.class);
        partners.create(new Partner(code, name, "Test agency", "test system", "test@example.org", true));
        Set<String> attributes = new HashSet<>();
        for (Attribute attribute : Attribute.values()) {
            attributes.add(attribute.apiName());
        }
        partners.savePolicy(new Policy(code, EnumSet.allOf(Operation.class), attributes, Set.of("identity-check"),
                ratePerMinute));
        partners.addKey(code, keyId, VerificationKey.raw(key), "test");
    }

    /** Narrows the partner's policy to retrieving these attributes for {@code identity-check} (and nothing else). */
    public static void retrieveOnly(ApplicationContext context, String code, Set<String> attributes) {
        context.getBean(Partners.class).savePolicy(new Policy(code, EnumSet.of(Operation.RETRIEVE), attributes,
                Set.of("identity-check"), 600));
    }

    /** Lets the partner verify only, so that no consent can be granted to it. */
    public static void verifyOnly(ApplicationContext context, String code) {
        context.getBean(Partners.class).savePolicy(new Policy(code, EnumSet.of(Operation.VERIFY), Set.of("fullName"),
                Set.of("identity-check"), 600));
    }
}
