package org.dancu.bench;

import java.io.IOException;
import java.io.StringReader;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.dancu.results.ResultCode;
import org.dancu.results.ResultType;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Fills the results register with many results for the online benchmark, as COPY does it: rows shaped as
 * {@code Results.issue} writes them (a code with its check character, an unguessable public id, a holder of the
 * register, the fields), with placeholder canonical record, hash and offline text, which the online page never reads. Codes
 * are of a year no real issue uses (2001), so they never meet a result the application issues.
 */
final class ResultRowsLoader {

    private static final int BATCH = 50_000;
    private static final String PLACEHOLDER = "\\\\x" + "00".repeat(32);

    private final SecureRandom random = new SecureRandom();

    /** Loads {@code count} valid birth extracts over the holders given; returns a sample of their public ids. */
    List<String> load(Connection owner, List<String> holders, int count, int sample) throws SQLException, IOException {
        CopyManager copy = owner.unwrap(PGConnection.class).getCopyAPI();
        List<String> publicIds = new ArrayList<>();
        int every = Math.max(1, count / sample);
        for (int from = 0; from < count; from += BATCH) {
            StringBuilder results = new StringBuilder();
            StringBuilder holdersOf = new StringBuilder();
            for (int i = from; i < Math.min(count, from + BATCH); i++) {
                String code = ResultCode.of("011", ResultType.BIRTH_EXTRACT, 2001, i + 1L).value();
                byte[] id = new byte[16];
                random.nextBytes(id);
                String publicId = Base64.getUrlEncoder().withoutPadding().encodeToString(id);
                if (i % every == 0 && publicIds.size() < sample) {
                    publicIds.add(publicId);
                }
                results.append(code).append('\t').append(publicId).append("\tBIRTH_EXTRACT\tSO_TP\tbench.issuer\t"
                        + "Nghị định 123/2015/NĐ-CP\t\\N\t[{\"name\": \"birth-date\", \"value\": \"12/03/2001\"}]\t"
                        + "\\N\t\\N\t\\N\t03334\tISSUED\tVALID\t\\N\t\\N\t2026-01-02 03:04:05+00\t\\N\t\\N\t")
                        .append(PLACEHOLDER).append('\t').append(PLACEHOLDER).append("\tbench")
                        .append("\tVN1:\t").append(i).append('\n');
                holdersOf.append(code).append("\t0\t").append(holders.get(i % holders.size())).append('\n');
            }
            copy.copyIn("COPY results.result (code, public_id, type, agency_code, officer, legal_basis, dossier_code,"
                    + " fields, parcel_commune, parcel_map_sheet, parcel_number, commune_code, provenance, status,"
                    + " successor, revocation_reason, issued_at, status_changed_at, status_changed_by, canonical,"
                    + " hash, key_id, offline_text, status_index) FROM STDIN", new StringReader(results.toString()));
            copy.copyIn("COPY results.result_holder (code, position, pin) FROM STDIN",
                    new StringReader(holdersOf.toString()));
        }
        try (var statement = owner.createStatement()) {
            statement.execute("ANALYZE results.result");
            statement.execute("ANALYZE results.result_holder");
        }
        return publicIds;
    }
}
