package org.dancu.locality;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One administrative unit over the period it was valid. The code alone does not identify a unit:
 * codes were reused in the 2025 reform, so the same code can name one unit before 1 July 2025 and
 * another after it.
 *
 * @param code       GSO code, text with leading zeros: province 2 digits, district 3, commune 5
 * @param name       short Vietnamese name ("Điện Biên Phủ")
 * @param fullName   type and name ("Thành phố Điện Biên Phủ")
 * @param nameEn     name without diacritics, as the GSO gives it
 * @param type       Vietnamese unit type ("Tỉnh", "Huyện", "Phường", "Xã", "Đặc khu" …)
 * @param parentCode code of the parent unit valid over the same period; {@code null} for provinces
 * @param validFrom  first day of validity; {@code null} = since before the records begin
 * @param validUntil last day of validity, inclusive; {@code null} = still valid
 */
public record AdministrativeUnit(String code, String name, String fullName, String nameEn, String type,
                                 UnitLevel level, String parentCode, LocalDate validFrom, LocalDate validUntil) {

    public AdministrativeUnit {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(level, "level");
        if (validFrom != null && validUntil != null && validUntil.isBefore(validFrom)) {
            throw new IllegalArgumentException("unit " + code + " ends before it begins");
        }
    }

    /** Still valid today (it has no end date). */
    public boolean isCurrent() {
        return validUntil == null;
    }

    public boolean validOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return (validFrom == null || !date.isBefore(validFrom)) && (validUntil == null || !date.isAfter(validUntil));
    }
}
