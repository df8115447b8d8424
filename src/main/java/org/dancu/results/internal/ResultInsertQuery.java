package org.dancu.results.internal;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

import org.dancu.civil.Pin;
import org.dancu.results.IssuedResult;
import org.dancu.results.ParcelRef;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * The batched statements that store newly issued results: every result's row in one JDBC batch and every holder's
 * row in another, so a batch of results costs two round trips however many it holds.
 */
@Component
class ResultInsertQuery {

    private final JdbcTemplate jdbc;
    private final JsonMapper json;

    ResultInsertQuery(JdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void insert(List<Result> results) {
        jdbc.batchUpdate("""
                INSERT INTO results.result (code, public_id, type, agency_code, officer, legal_basis, dossier_code,
                       fields, parcel_commune, parcel_map_sheet, parcel_number, commune_code, provenance, status,
                       issued_at, canonical, hash, key_id, offline_text, status_index)
                VALUES (?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                results, results.size(), this::result);
        List<Holder> holders = new ArrayList<>();
        for (Result result : results) {
            List<Pin> pins = result.view().holders();
            for (int position = 0; position < pins.size(); position++) {
                holders.add(new Holder(result.view().code().value(), position, pins.get(position)));
            }
        }
        jdbc.batchUpdate("INSERT INTO results.result_holder (code, position, pin) VALUES (?, ?, ?)", holders,
                holders.size(), (statement, holder) -> {
                    statement.setString(1, holder.code());
                    statement.setInt(2, holder.position());
                    statement.setString(3, holder.pin().value());
                });
    }

    private void result(PreparedStatement statement, Result result) throws SQLException {
        IssuedResult r = result.view();
        ParcelRef parcel = r.parcel();
        statement.setString(1, r.code().value());
        statement.setString(2, r.publicId());
        statement.setString(3, r.type().name());
        statement.setString(4, r.agencyCode());
        statement.setString(5, r.officer());
        statement.setString(6, r.legalBasis());
        statement.setString(7, r.dossierCode());
        statement.setString(8, json.writeValueAsString(r.fields()));
        statement.setString(9, parcel == null ? null : parcel.communeCode());
        statement.setString(10, parcel == null ? null : parcel.mapSheet());
        statement.setString(11, parcel == null ? null : parcel.parcelNumber());
        statement.setString(12, result.communeCode());
        statement.setString(13, r.provenance().name());
        statement.setString(14, r.status().name());
        statement.setTimestamp(15, Timestamp.from(r.issuedAt()));
        statement.setBytes(16, result.sealed().canonical());
        statement.setBytes(17, r.hash());
        statement.setString(18, r.keyId());
        statement.setString(19, result.sealed().offlineText());
        statement.setInt(20, r.statusIndex());
    }

    private record Holder(String code, int position, Pin pin) {
    }
}
