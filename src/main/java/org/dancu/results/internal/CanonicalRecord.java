package org.dancu.results.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;

import org.dancu.civil.Pin;
import org.dancu.results.IssuedResult;
import org.dancu.results.ResultField;

/**
 * The canonical record of a result: the exact bytes its hash and signature cover. A JSON object in
 * UTF-8 with the members in a fixed order, no white space, strings escaped as RFC 8259 requires
 * (control characters, quote and backslash only) and text in NFC, so the same result always gives the
 * same bytes: code, type, holders, agency, officer, legal basis, dossier, fields (as [name, value]
 * pairs in print order), parcel code, provenance, time of issue (ISO-8601, microseconds at most, as
 * the database keeps it) and status-list index. The public id, the status and the key are not in it:
 * the first is a lookup token, the second changes, the third is in the signature's header.
 */
public final class CanonicalRecord {

    private CanonicalRecord() {
    }

    /** The canonical bytes of a result (its status, hash and key are ignored). */
    public static byte[] of(IssuedResult r) {
        StringBuilder out = new StringBuilder(512);
        out.append('{');
        member(out, "code", r.code().value()).append(',');
        member(out, "type", r.type().name()).append(',');
        out.append("\"holders\":[");
        List<Pin> holders = r.holders();
        for (int i = 0; i < holders.size(); i++) {
            string(out.append(i == 0 ? "" : ","), holders.get(i).value());
        }
        out.append("],");
        member(out, "agency", r.agencyCode()).append(',');
        member(out, "officer", r.officer()).append(',');
        member(out, "legalBasis", r.legalBasis()).append(',');
        member(out, "dossier", r.dossierCode()).append(',');
        out.append("\"fields\":[");
        List<ResultField> fields = r.fields();
        for (int i = 0; i < fields.size(); i++) {
            out.append(i == 0 ? "[" : ",[");
            string(out, fields.get(i).name()).append(',');
            string(out, fields.get(i).value()).append(']');
        }
        out.append("],");
        member(out, "parcel", r.parcel() == null ? null : r.parcel().code()).append(',');
        member(out, "provenance", r.provenance().name()).append(',');
        member(out, "issuedAt", r.issuedAt().toString()).append(',');
        out.append("\"statusIndex\":").append(r.statusIndex()).append('}');
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** SHA-256 of the canonical bytes. */
    public static byte[] hash(byte[] canonical) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(canonical);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private static StringBuilder member(StringBuilder out, String name, String value) {
        string(out, name).append(':');
        return value == null ? out.append("null") : string(out, value);
    }

    private static StringBuilder string(StringBuilder out, String text) {
        String nfc = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC);
        out.append('"');
        for (int i = 0; i < nfc.length(); i++) {
            char c = nfc.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"');
    }
}
