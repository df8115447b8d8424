package org.dancu.cleansing.datasets;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.Map;

import org.dancu.cleansing.Sector;
import org.dancu.cleansing.SectorField;
import org.dancu.linkage.PersonRecord;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** A loaded record with its link state, as the evaluation reads it. */
public record StoredRecord(long recordId, long datasetId, Sector sector, int line, RecordValues values, Long personId,
                    Long candidateId, Double probability, String reviewStatus, Long clusterId) {

    public static final String SELECT = """
            SELECT r.*, d.sector FROM cleansing.record r JOIN cleansing.dataset d ON d.dataset_id = r.dataset_id""";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    public boolean inReview() {
        return "OPEN".equals(reviewStatus);
    }

    public PersonRecord forLinkage() {
        return new PersonRecord(String.valueOf(recordId), values.get(SectorField.FULL_NAME),
                values.get(SectorField.PIN), values.get(SectorField.OLD_ID), values.get(SectorField.BIRTH_DATE),
                values.get(SectorField.SEX), values.get(SectorField.COMMUNE_CODE), values.get(SectorField.ADDRESS));
    }

    public static StoredRecord read(ResultSet row, int number) throws SQLException {
        Map<SectorField, String> values = new EnumMap<>(SectorField.class);
        for (SectorField field : SectorField.values()) {
            if (field.person()) {
                values.put(field, row.getString(field.key()));
            }
        }
        Map<String, String> extra = JSON.readValue(row.getString("extra"), new TypeReference<Map<String, String>>() { });
        extra.forEach((key, value) -> {
            SectorField field = SectorField.ofKey(key);
            if (field != null) {
                values.put(field, value);
            }
        });
        return new StoredRecord(row.getLong("record_id"), row.getLong("dataset_id"),
                Sector.valueOf(row.getString("sector")), row.getInt("line"), new RecordValues(values),
                (Long) row.getObject("person_id"), (Long) row.getObject("candidate_id"),
                (Double) row.getObject("probability"), row.getString("review_status"),
                (Long) row.getObject("cluster_id"));
    }
}
