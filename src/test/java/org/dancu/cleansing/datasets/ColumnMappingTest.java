package org.dancu.cleansing.datasets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.dancu.cleansing.Sector;
import org.dancu.cleansing.SectorField;
import org.dancu.tabular.ColumnMapping;
import org.junit.jupiter.api.Test;

class ColumnMappingTest {

    @Test
    void vietnameseHeadersMapThemselvesAsTheRegisterImportMapsThem() {
        ColumnMapping<SectorField> land = ColumnMapping.suggest(Sector.LAND, List.of("STT", "Họ và tên", "Ngày sinh", "GIỚI TÍNH",
                "Số CCCD", "Mã xã/phường", "Địa chỉ thường trú", "Số GCN", "Số thửa", "Ghi chú"));

        assertThat(byColumn(land, 10)).containsExactlyElementsOf(Arrays.asList(null, SectorField.FULL_NAME,
                SectorField.BIRTH_DATE, SectorField.SEX, SectorField.PIN, SectorField.COMMUNE_CODE,
                SectorField.ADDRESS, SectorField.LAND_CERTIFICATE, SectorField.LAND_PARCEL, null));
    }

    @Test
    void eachSectorsOwnFieldsAreRecognisedInVietnameseAndByTheirKeys() {
        assertThat(byColumn(ColumnMapping.suggest(Sector.TAX, List.of("Họ tên", "Mã số thuế", "Số CMND")), 3))
                .containsExactly(SectorField.FULL_NAME, SectorField.TAX_CODE, SectorField.OLD_ID);
        assertThat(byColumn(ColumnMapping.suggest(Sector.BANKING, List.of("Số tài khoản", "Ngân hàng", "full_name")), 3))
                .containsExactly(SectorField.BANK_ACCOUNT, SectorField.BANK, SectorField.FULL_NAME);
        assertThat(byColumn(ColumnMapping.suggest(Sector.LABOUR, List.of("Mã số BHXH", "Đơn vị công tác")), 2))
                .containsExactly(SectorField.SOCIAL_INSURANCE_NUMBER, SectorField.EMPLOYER);
    }

    @Test
    void aFieldIsGuessedForOneColumnOnlyAndFieldsOutsideTheSectorNever() {
        ColumnMapping<SectorField> tax = ColumnMapping.suggest(Sector.TAX,
                List.of("Họ và tên", "Tên", "Số thửa", "Mã số thuế"));

        assertThat(byColumn(tax, 4)).containsExactlyElementsOf(Arrays.asList(SectorField.FULL_NAME, null, null,
                SectorField.TAX_CODE));
    }

    /** A dry run stored before the mapping was shared (the fields' keys in column order) reads as it was meant. */
    @Test
    void theFieldsAreStoredWithTheirColumns() {
        ColumnMapping<SectorField> tax = ColumnMapping.decode(Sector.TAX, "full_name=0;tax_code=3");
        assertThat(byColumn(tax, 4)).containsExactlyElementsOf(Arrays.asList(SectorField.FULL_NAME, null, null,
                SectorField.TAX_CODE));
        assertThat(tax.values(List.of(" Lò Văn Hùng ", "x", "", "0101234567"))).containsExactly(
                Map.entry(SectorField.FULL_NAME, "Lò Văn Hùng"), Map.entry(SectorField.TAX_CODE, "0101234567"));
    }

    private static List<SectorField> byColumn(ColumnMapping<SectorField> mapping, int width) {
        return IntStream.range(0, width).mapToObj(mapping::fieldOf).toList();
    }
}
