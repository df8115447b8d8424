package org.dancu.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class ChainHasherTest {

    private static final Instant AT = Instant.parse("2025-07-01T03:04:05.123456Z");
    private final ChainHasher hasher = new ChainHasher();

    static EntryContent content(String actorId, String action, String objectId, String detail) {
        return new EntryContent("STAFF", actorId, action, "person", objectId, "purpose", "10.0.0.1", "SUCCESS", detail);
    }

    @Test
    void sameContentSameHash() {
        EntryContent entry = content("lan.nt", "register.person.read", "1", null);
        byte[] first = hasher.hash(7, AT, entry, ChainHasher.genesis());
        assertThat(hasher.hash(7, AT, entry, ChainHasher.genesis())).hasSize(32).isEqualTo(first);
    }

    @Test
    void fieldBoundariesCannotBeShifted() {
        byte[] one = hasher.hash(1, AT, content("ab", "c", "1", null), ChainHasher.genesis());
        byte[] other = hasher.hash(1, AT, content("a", "bc", "1", null), ChainHasher.genesis());
        assertThat(one).isNotEqualTo(other);
    }

    @Test
    void absentAndEmptyDiffer() {
        byte[] absent = hasher.hash(1, AT, content("a", "b", "1", null), ChainHasher.genesis());
        byte[] empty = hasher.hash(1, AT, content("a", "b", "1", ""), ChainHasher.genesis());
        assertThat(absent).isNotEqualTo(empty);
    }

    @Test
    void positionTimeAndPredecessorAreCovered() {
        EntryContent entry = content("a", "b", "1", null);
        byte[] base = hasher.hash(1, AT, entry, ChainHasher.genesis());
        byte[] otherPredecessor = new byte[32];
        otherPredecessor[31] = 1;
        assertThat(hasher.hash(2, AT, entry, ChainHasher.genesis())).isNotEqualTo(base);
        assertThat(hasher.hash(1, AT.plusNanos(1000), entry, ChainHasher.genesis())).isNotEqualTo(base);
        assertThat(hasher.hash(1, AT, entry, otherPredecessor)).isNotEqualTo(base);
    }

    @Test
    void matchesTheDocumentedEncoding() throws Exception {
        // an independent writing of docs/audit.md's encoding: a change to either breaks every stored chain
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeByte(1);
        out.writeLong(42);
        out.writeLong(AT.getEpochSecond() * 1_000_000 + 123_456);
        for (String text : new String[] {"STAFF", "lan.nt", "register.person.read", "person", "011", "purpose",
                "10.0.0.1", "SUCCESS"}) {
            byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
            out.writeInt(utf8.length);
            out.write(utf8);
        }
        out.writeInt(-1);
        out.write(new byte[32]);
        byte[] expected = MessageDigest.getInstance("SHA-256").digest(bytes.toByteArray());

        assertThat(hasher.hash(42, AT, content("lan.nt", "register.person.read", "011", null), ChainHasher.genesis()))
                .isEqualTo(expected);
    }

    @Test
    void storedPrecisionIsMicroseconds() {
        assertThat(ChainHasher.storablePrecision(Instant.parse("2025-01-01T00:00:00.123456789Z")))
                .isEqualTo(Instant.parse("2025-01-01T00:00:00.123456Z"));
    }
}
