package org.dancu.results.land;

import java.util.List;

import org.dancu.cleansing.PropertyRecord;
import org.dancu.cleansing.PropertyRecords;
import org.dancu.cleansing.Sector;
import org.dancu.results.IssuedResult;
import org.dancu.results.ResultField;
import org.springframework.stereotype.Component;

/**
 * The cleansed land and housing records a land or housing result stands on, read through cleansing's
 * {@link PropertyRecords}, so that the result's detail, its online answer and the sector's figures read the
 * same rows: a land-use certificate or land right change by its parcel's code ({@code communeCode.mapSheet.parcelNumber},
 * as the land datasets' {@code land_parcel} holds it), a housing right change by its house certificate (the
 * result's field {@value #HOUSE_CERTIFICATE}). Other results stand on none.
 */
@Component
public class ParcelRecords {

    /** The field of a land or housing result that holds its certificate's serial. */
    public static final String CERTIFICATE_SERIAL = "certificate-serial";

    private final PropertyRecords records;

    ParcelRecords(PropertyRecords records) {
        this.records = records;
    }

    public List<PropertyRecord> of(IssuedResult result) {
        if (!result.type().carriesParcel()) {
            return List.of();
        }
        return switch (result.type()) {
            case HOUSING_RIGHT_CHANGE -> result.fields().stream().filter(f -> f.name().equals(CERTIFICATE_SERIAL))
                    .map(ResultField::value).findFirst()
                    .map(serial -> records.ofCertificate(Sector.HOUSING, serial)).orElse(List.of());
            default -> result.parcel() == null ? List.of() : records.ofParcel(result.parcel().code());
        };
    }
}
