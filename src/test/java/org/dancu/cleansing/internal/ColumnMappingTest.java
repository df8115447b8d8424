package org.dancu.cleansing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.dancu.cleansing.Sector;
import org.dancu.cleansing.SectorField;
import org.junit.jupiter.api.Test;

class ColumnMappingTest {

    @Test
    void vietnameseHeadersMapThemselvesAsTheRegisterImportMapsThem() {
        ColumnMapping land = ColumnMapping.guess(Sector.LAND, List.of("STT", "Họ và tên", "Ngày sinh", "GIỚI TÍNH",
                "Số CCCD", "Mã xã/phường", "Địa chỉ thường trú", "Số GCN", "Số thửa", "Ghi chú"));

        assertThat(land.columns()).containsExactlyElementsOf(Arrays.asList(null, SectorField.FULL_NAME,
                SectorField.BIRTH_DATE, SectorField.SEX, SectorField.PIN, SectorField.COMMUNE_CODE,
                SectorField.ADDRESS, SectorField.LAND_CERTIFICATE, SectorField.LAND_PARCEL, null));
    }

    @Test
    void eachSectorsOwnFieldsAreRecognisedInVietnameseAndByTheirKeys() {
        assertThat(ColumnMapping.guess(Sector.TAX, List.of("Họ tên", "Mã số thuế", "Số CMND")).columns())
                .containsExactly(SectorField.FULL_NAME, SectorField.TAX_CODE, SectorField.OLD_ID);
        assertThat(ColumnMapping.guess(Sector.BANKING, List.of("Số tài khoản", "Ngân hàng", "full_name")).columns())
                .containsExactly(SectorField.BANK_ACCOUNT, SectorField.BANK, SectorField.FULL_NAME);
        assertThat(ColumnMapping.guess(Sector.LABOUR, List.of("Mã số BHXH", "Đơn vị công tác")).columns())
                .containsExactly(SectorField.SOCIAL_INSURANCE_NUMBER, SectorField.EMPLOYER);
    }

    @Test
    void aFieldIsGuessedForOneColumnOnlyAndFieldsOutsideTheSectorNever() {
        ColumnMapping tax = ColumnMapping.guess(Sector.TAX, List.of("Họ và tên", "Tên", "Số thửa", "Mã số thuế"));

        assertThat(tax.columns()).containsExactlyElementsOf(Arrays.asList(SectorField.FULL_NAME, null, null,
                SectorField.TAX_CODE));
        assertThat(tax.mappedTwice()).isNull();
    }
}
