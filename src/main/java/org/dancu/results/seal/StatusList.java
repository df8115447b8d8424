package org.dancu.results.seal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Base64;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.dancu.results.ResultStatus;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One published status list: a W3C Bitstring Status List of {@value #ENTRIES} entries, two bits an entry (its
 * {@code statusMessage}s: 0 valid, 1 revoked, 2 superseded), the left-most bit first, served gzipped and base64url
 * as a status-list credential ({@code /results/status/{list}}). A result's status index names list and entry:
 * {@code list = index / ENTRIES}, {@code entry = index % ENTRIES}.
 */
public record StatusList(int listId, byte[] bits, Instant updatedAt) {

    /** Entries a list holds: the W3C minimum of 131,072, so that one entry hides among many (herd privacy). */
    public static final int ENTRIES = 131_072;
    static final int BITS_PER_ENTRY = 2;
    static final int BYTES = ENTRIES * BITS_PER_ENTRY / 8;
    private static final int REVOKED = 1;
    private static final int SUPERSEDED = 2;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    public StatusList {
        if (bits.length != BYTES) {
            throw new IllegalArgumentException("a status list holds " + BYTES + " bytes, not " + bits.length);
        }
    }

    public static int listOf(int statusIndex) {
        return statusIndex / ENTRIES;
    }

    /** The bit PostgreSQL's {@code set_bit} numbers for an entry's {@code offset}-th bit (0 or 1), left-most first. */
    static int postgresBit(int statusIndex, int offset) {
        int bit = statusIndex % ENTRIES * BITS_PER_ENTRY + offset;
        return bit / 8 * 8 + 7 - bit % 8;
    }

    /** The bit to set for a status (revoked: the entry's right bit, superseded: its left bit). */
    static int offsetOf(ResultStatus status) {
        return switch (status) {
            case REVOKED -> 1;
            case SUPERSEDED -> 0;
            case VALID -> throw new IllegalArgumentException("a valid entry sets no bit");
        };
    }

    /** The status this list gives the result with that index. */
    public ResultStatus status(int statusIndex) {
        if (listOf(statusIndex) != listId) {
            throw new IllegalArgumentException("entry " + statusIndex + " is not in list " + listId);
        }
        int first = statusIndex % ENTRIES * BITS_PER_ENTRY;
        int value = bit(first) << 1 | bit(first + 1);
        return value == SUPERSEDED ? ResultStatus.SUPERSEDED : value == REVOKED ? ResultStatus.REVOKED : ResultStatus.VALID;
    }

    private int bit(int position) {
        return bits[position / 8] >> (7 - position % 8) & 1;
    }

    /** The status-list credential (W3C VC 2.0 data model) at {@code url}. */
    public String toCredentialJson(String url, String issuer) {
        ObjectNode root = JSON.createObjectNode();
        root.putArray("@context").add("https://www.w3.org/ns/credentials/v2");
        root.put("id", url);
        root.putArray("type").add("VerifiableCredential").add("BitstringStatusListCredential");
        root.put("issuer", issuer);
        root.put("validFrom", updatedAt.toString());
        ObjectNode subject = root.putObject("credentialSubject");
        subject.put("id", url + "#list");
        subject.put("type", "BitstringStatusList");
        subject.put("statusPurpose", "message");
        subject.put("statusSize", BITS_PER_ENTRY);
        ArrayNode messages = subject.putArray("statusMessage");
        messages.addObject().put("status", "0x0").put("message", "valid");
        messages.addObject().put("status", "0x1").put("message", "revoked");
        messages.addObject().put("status", "0x2").put("message", "superseded");
        subject.put("encodedList", "u" + Base64.getUrlEncoder().withoutPadding().encodeToString(gzip(bits)));
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    }

    /** Reads a credential served at {@code /results/status/{listId}}; throws IllegalArgumentException when it is not one. */
    public static StatusList fromCredentialJson(String json) {
        try {
            JsonNode root = JSON.readTree(json);
            String id = root.required("id").asString();
            String encoded = root.required("credentialSubject").required("encodedList").asString();
            if (!encoded.startsWith("u")) {
                throw new IllegalArgumentException("the list is not multibase base64url");
            }
            return new StatusList(Integer.parseInt(id.substring(id.lastIndexOf('/') + 1)),
                    gunzip(Base64.getUrlDecoder().decode(encoded.substring(1))),
                    Instant.parse(root.required("validFrom").asString()));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a status list: " + e.getMessage(), e);
        }
    }

    private static byte[] gzip(byte[] raw) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(raw);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] gunzip(byte[] zipped) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(zipped))) {
            return in.readNBytes(BYTES + 1);
        } catch (IOException e) {
            throw new IllegalArgumentException("not gzip", e);
        }
    }
}
