package org.dancu.cleansing.property;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.dancu.civil.Pin;
import org.dancu.cleansing.CleansingFixtures;
import org.dancu.cleansing.CleansingFixtures.TestPerson;
import org.dancu.cleansing.PropertyRecord;
import org.dancu.cleansing.PropertyRecords;
import org.dancu.cleansing.Sector;
import org.dancu.register.Officers;
import org.dancu.security.Role;
import org.dancu.security.Scope;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/** The land and housing records of a parcel or certificate, from the datasets in use only, owners as cleansed. */
@SpringBootTest
class PropertyRecordQueryTests {

    static final String LAND_HEADER = "full_name,pin,birth_date,sex,commune_code,land_certificate,land_parcel\n";
    static final String HOUSING_HEADER = "full_name,pin,birth_date,sex,commune_code,address,house_certificate\n";

    @Autowired ApplicationContext context;
    @Autowired PropertyRecords records;

    @Test
    void aParcelsRecordsAreTheLandDatasetsInUseWithTheirOwnersIds() {
        TestPerson husband = CleansingFixtures.person(context, "M");
        TestPerson wife = CleansingFixtures.person(context, "F");
        String parcel = CleansingFixtures.MUONG_THANH + ".12." + (System.nanoTime() % 100_000);
        String certificate = "DA " + (10_000_000 + System.nanoTime() % 89_999_999);
        long withdrawn = CleansingFixtures.evaluatedDataset(context, Sector.LAND, "SO_NNMT",
                LAND_HEADER + land(husband, husband.pin(), certificate, parcel), null);
        Officers.signIn("tinh.withdraw", Role.PROVINCE_OFFICER, new Scope("11", null));
        try {
            CleansingFixtures.withdraw(context, withdrawn, "sent twice");
        } finally {
            Officers.signOut();
        }
        CleansingFixtures.evaluatedDataset(context, Sector.LAND, "SO_NNMT", LAND_HEADER
                + land(husband, husband.pin(), certificate, parcel) + land(wife, wife.pin(), certificate, parcel)
                + land(wife, wife.pin(), certificate + "9", parcel + "9"), null);

        List<PropertyRecord> found = records.ofParcel(parcel);

        assertThat(found).extracting(PropertyRecord::owner).containsExactly(Pin.of(husband.pin()), Pin.of(wife.pin()));
        assertThat(found).allSatisfy(r -> {
            assertThat(r.sector()).isEqualTo(Sector.LAND);
            assertThat(r.certificate()).isEqualTo(certificate);
            assertThat(r.agencyCode()).isEqualTo("SO_NNMT");
            assertThat(r.linked()).isTrue();
        });
        assertThat(records.ofCertificate(Sector.LAND, certificate)).hasSize(2);
        assertThat(records.ofParcel(parcel + "0")).isEmpty();
    }

    @Test
    void aHouseCertificatesRecordsNameItsOwnerAndAnIdThatIsNoneIsNoOwner() {
        TestPerson owner = CleansingFixtures.person(context, "F");
        String certificate = "NO " + (10_000_000 + System.nanoTime() % 89_999_999);
        CleansingFixtures.evaluatedDataset(context, Sector.HOUSING, "SO_XD", HOUSING_HEADER
                + String.join(",", owner.fullName(), owner.pin(), owner.birthDate(), owner.sex(),
                CleansingFixtures.MUONG_THANH, "Tổ 1", certificate) + "\n"
                + String.join(",", "Người Không Rõ", "12345", "1970", "M", CleansingFixtures.MUONG_THANH, "Tổ 2",
                certificate) + "\n", null);

        List<PropertyRecord> found = records.ofCertificate(Sector.HOUSING, certificate);

        assertThat(found).extracting(PropertyRecord::owner).containsExactly(Pin.of(owner.pin()), null);
        assertThat(found).extracting(PropertyRecord::parcel).containsOnly("");
    }

    static String land(TestPerson p, String pin, String certificate, String parcel) {
        return String.join(",", p.fullName(), pin, p.birthDate(), p.sex(), CleansingFixtures.MUONG_THANH, certificate,
                parcel) + "\n";
    }
}
