package org.dancu.register.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dancu.register.PersonField.ADDRESS;
import static org.dancu.register.PersonField.COMMUNE_CODE;

import java.io.IOException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.dancu.civil.PartialDate;
import org.dancu.locality.CommuneRuleCases;
import org.dancu.locality.Localities;
import org.dancu.register.LifeEventRefusedException;
import org.dancu.register.LifeEventRequests;
import org.dancu.register.LifeEventType;
import org.dancu.register.LifeEvents;
import org.dancu.register.Officers;
import org.dancu.register.RegisterTestData;
import org.dancu.security.Role;
import org.dancu.security.Scope;
import org.dancu.tabular.ColumnMapping;
import org.dancu.tabular.TabularRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The register's two paths into a current commune, the import's row check and a recorded life
 * event, answer every old Điện Biên commune and a split commune as the locality rule does
 * ({@link CommuneRuleCases}; the same cases run through cleansing and steering in their modules).
 */
@SpringBootTest
class CommuneRuleRegisterTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 5, 15);
    private static final List<String> HEADER = List.of("Số định danh", "Họ và tên", "Ngày sinh", "Giới tính",
            "Mã xã", "Địa chỉ");

    @Autowired ApplicationContext context;
    @Autowired Localities localities;
    @Autowired LifeEvents lifeEvents;
    @Autowired JdbcClient jdbc;

    @BeforeEach
    void signIn() throws IOException {
        RegisterTestData.ensureLoaded(context);
        Officers.signIn("tinh.communes", Role.PROVINCE_OFFICER, new Scope("11", null));
    }

    @AfterEach
    void signOut() {
        Officers.signOut();
    }

    private String currentCommuneOnImport(ImportRowCheck check, String commune) {
        ImportRowCheck.Result result = check.check(new TabularRow(2, List.of("011085000001", "Lò Văn Hùng",
                "12/03/1985", "Nam", commune, "Bản Co Củ")));
        assertThat(result.findings()).as(commune).isEmpty();
        return result.candidate().currentCommuneCode();
    }

    @Test
    void theImportPlacesEveryOldDienBienCommuneWhereTheRuleDoesAndASplitOneNowhere() {
        Map<String, String> expected = CommuneRuleCases.dienBienOldToCurrent();
        Set<String> scope = new HashSet<>(expected.keySet());
        scope.add(CommuneRuleCases.SPLIT_COMMUNE);
        ImportRowCheck check = new ImportRowCheck(ColumnMapping.suggest(ImportField.SCHEMA, HEADER), localities, scope,
                PartialDate.DayMonthOrder.DAY_FIRST, TODAY);

        expected.forEach((old, current) -> assertThat(currentCommuneOnImport(check, old)).as(old).isEqualTo(current));
        assertThat(currentCommuneOnImport(check, CommuneRuleCases.SPLIT_COMMUNE))
                .as("a split commune is not placed in one of its successors").isNull();
    }

    @Test
    void aMoveIntoEveryOldDienBienCommunePlacesThePersonWhereTheRuleDoes() {
        long id = lifeEvents.registerBirth(LifeEventRequests.birth("2000-01-01", "Xã"), null);
        LocalDate day = LocalDate.of(2001, 1, 1);
        for (Map.Entry<String, String> commune : CommuneRuleCases.dienBienOldToCurrent().entrySet()) {
            day = day.plusDays(1);
            lifeEvents.record(id, LifeEventRequests.event(LifeEventType.MOVE_WITHIN, day.toString(),
                    Map.of(COMMUNE_CODE, commune.getKey(), ADDRESS, "Bản Co Củ")), null).orElseThrow();

            assertThat(currentCommune(id)).as(commune.getKey()).isEqualTo(commune.getValue());
        }
    }

    @Test
    void aSplitCommuneOutsideTheProvinceIsNoResidenceALifeEventCanRecord() {
        long id = lifeEvents.registerBirth(LifeEventRequests.birth("2000-01-01", "Tách"), null);
        String before = currentCommune(id);

        assertThatThrownBy(() -> lifeEvents.record(id, LifeEventRequests.event(LifeEventType.MOVE_WITHIN,
                "2001-01-02", Map.of(COMMUNE_CODE, CommuneRuleCases.SPLIT_COMMUNE, ADDRESS, "Phố Điện Biên")), null))
                .isInstanceOfSatisfying(LifeEventRefusedException.class,
                        e -> assertThat(e.problems()).containsEntry(COMMUNE_CODE.name(), "register.event.error.commune"));
        assertThat(currentCommune(id)).isEqualTo(before);
    }

    private String currentCommune(long personId) {
        return jdbc.sql("SELECT current_commune_code FROM register.person WHERE person_id = :id")
                .param("id", personId).query(String.class).single();
    }
}
