package org.dancu.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;

import org.dancu.citizen.CitizenLogins;
import org.dancu.citizen.EidLevel;
import org.dancu.civil.PartialDate;
import org.dancu.civil.Pin;
import org.dancu.civil.ProvinceTime;
import org.dancu.national.WithTestNation;
import org.dancu.security.Role;
import org.dancu.security.Scope;
import org.dancu.security.StaffPrincipal;
import org.dancu.services.Channel;
import org.dancu.services.DossierCode;
import org.dancu.services.DossierWork;
import org.dancu.services.Dossiers;
import org.dancu.services.LegView;
import org.dancu.services.NewDossier;
import org.dancu.services.ProcedureCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A mother's birth bundle as she sees it: one case in "my dossiers", the birth registered with its
 * extract, the residence refused with the police's reason, the child's card issued, and both results
 * under "my documents".
 */
@ExtendWith(WithTestNation.class)
class BundleCaseBrowserTests extends BrowserTest {

    private static final String MUONG_THANH = "03334";


    private static void actAs(String username, Role role, Scope scope, Runnable work) {
        StaffPrincipal officer = new StaffPrincipal(1, username, username, role, scope, false);
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                officer, null, List.of(new SimpleGrantedAuthority(role.authority()))));
        try {
            work.run();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void theMotherSeesHerBirthBundleAsOneCaseWithEachPartsOutcomeAndFindsItsResults() {
        Pin mother = Pin.of(context.getBean(JdbcClient.class).sql("""
                        SELECT pin FROM register.person WHERE pin IS NOT NULL AND alive AND resident AND sex = 'F'
                        AND address IS NOT NULL AND birth_year BETWEEN 1960 AND 2000
                        AND relation_to_head IN ('HEAD', 'SPOUSE') ORDER BY person_id DESC OFFSET 20 LIMIT 1""")
                .query(String.class).single());
        Map<String, String> declaration = Map.of("child-name", "Lò Thị Ngọc", "child-sex", "Nữ", "child-birth-date",
                PartialDate.of(LocalDate.now(ProvinceTime.VIETNAM).minusDays(1)).toDayFirst());
        Dossiers dossiers = context.getBean(Dossiers.class);
        DossierWork work = context.getBean(DossierWork.class);
        DossierCode code = dossiers.file(new NewDossier(new ProcedureCode("DB-17"), Channel.ONLINE, mother, null,
                MUONG_THANH, declaration, List.of(), Set.of(), null, null, Instant.now()));
        actAs("xa.muongthanh", Role.COMMUNE_OFFICER, new Scope(MUONG_THANH, null),
                () -> work.complete(code, "birth", declaration));
        actAs("cong_an.tinh", Role.AGENCY_OFFICER, new Scope("11", "CONG_AN"),
                () -> work.refuse(code, "residence", "Chỗ ở không hợp pháp"));
        actAs("bhxh.tinh", Role.AGENCY_OFFICER, new Scope("11", "BHXH"),
                () -> work.complete(code, "health-insurance", Map.of()));
        List<LegView> legs = dossiers.find(code).orElseThrow().legs();

        CitizenLogins.logIn(page, context, mother, EidLevel.LEVEL_2);
        page.navigate("/citizen/dossiers");
        Locator listed = page.locator("a[href$='/citizen/dossiers/" + code.value() + "']");
        assertThat(listed).containsText("Liên thông: đăng ký khai sinh, đăng ký thường trú");
        listed.click();

        assertThat(page.locator("#dossier-code")).hasText(code.value());
        assertThat(page.locator("#dossier-status")).hasText("Có kết quả một phần (xem từng thủ tục bên dưới)");
        Locator birth = page.locator("#leg-birth");
        assertThat(birth.locator(".leg-outcome")).hasText("Đã hoàn thành");
        assertThat(birth).containsText(legs.get(0).result().value());
        Locator residence = page.locator("#leg-residence");
        assertThat(residence.locator(".leg-outcome")).hasText("Bị từ chối");
        assertThat(residence).containsText("Lý do: Chỗ ở không hợp pháp");
        assertThat(page.locator("#leg-health-insurance .leg-outcome")).hasText("Đã hoàn thành");

        birth.getByRole(AriaRole.LINK).click();
        assertThat(page.locator("#document-" + legs.get(0).result().value())).containsText("Trích lục khai sinh");
        assertThat(page.locator("#document-" + legs.get(2).result().value()))
                .containsText("Thẻ bảo hiểm y tế trẻ em dưới 6 tuổi");
    }
}
