package org.dancu.cleansing.property;

import java.util.List;

import org.dancu.civil.Pin;
import org.dancu.cleansing.PropertyRecord;
import org.dancu.cleansing.PropertyRecords;
import org.dancu.cleansing.Sector;
import org.dancu.cleansing.SectorField;
import org.dancu.cleansing.figures.RecordConditions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The land and housing records of a parcel or certificate, from the datasets' versions in use: the owner's ID
 * is the one the register filled in on linking ({@code cleansing.enrichment}), else the one sent.
 */
@Component
class PropertyRecordQuery implements PropertyRecords {

    private static final String SELECT = """
            SELECT r.record_id, d.sector, d.agency_code,
                   coalesce(r.extra ->> 'land_certificate', r.extra ->> 'house_certificate', '') AS certificate,
                   coalesce(r.extra ->> 'land_parcel', '') AS parcel,
                   coalesce((SELECT e.new_value FROM cleansing.enrichment e
                             WHERE e.record_id = r.record_id AND e.field = 'pin'), r.pin) AS owner,
                   r.person_id IS NOT NULL AS linked
            FROM cleansing.record r JOIN cleansing.dataset d ON d.dataset_id = r.dataset_id
            WHERE d.status = 'LOADED' AND d.sector = :sector AND r.extra ->> :field = :value AND """
            + RecordConditions.IN_FIGURES.sql() + " ORDER BY r.record_id";

    private final JdbcClient jdbc;

    PropertyRecordQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<PropertyRecord> ofParcel(String parcelCode) {
        return select(Sector.LAND, SectorField.LAND_PARCEL, parcelCode);
    }

    @Override
    public List<PropertyRecord> ofCertificate(Sector sector, String certificate) {
        return switch (sector) {
            case LAND -> select(sector, SectorField.LAND_CERTIFICATE, certificate);
            case HOUSING -> select(sector, SectorField.HOUSE_CERTIFICATE, certificate);
            default -> throw new IllegalArgumentException("no certificates in the sector " + sector);
        };
    }

    private List<PropertyRecord> select(Sector sector, SectorField field, String value) {
        return jdbc.sql(SELECT).param("sector", sector.name()).param("field", field.key()).param("value", value.strip())
                .query((rs, row) -> new PropertyRecord(rs.getLong("record_id"), Sector.valueOf(rs.getString("sector")),
                        rs.getString("agency_code"), rs.getString("certificate"), rs.getString("parcel"),
                        Pin.parse(rs.getString("owner")).toOptional().orElse(null),
                        rs.getBoolean("linked")))
                .list();
    }
}
