package org.dancu.register.persons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.dancu.audit.AuditTrail;
import org.dancu.register.ImportFixtures;
import org.dancu.register.LifeEventRefusedException;
import org.dancu.register.LifeEventRequests;
import org.dancu.register.LifeEventType;
import org.dancu.register.LifeEvents;
import org.dancu.register.Officers;
import org.dancu.register.PersonField;
import org.dancu.register.RegisterTestData;
import org.dancu.register.internal.AuditActions;
import org.dancu.security.Role;
import org.dancu.security.Scope;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** Adding a person, changing contact details, founding a household and adding members, each within the scope. */
@SpringBootTest
@AutoConfigureMockMvc
class PersonFormsTests {

    private static final String MUONG_THANH = ImportFixtures.MUONG_THANH;
    /** A person added today is registered today: events on them take effect from then on. */
    private static final String TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString();

    @Autowired ApplicationContext context;
    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired AuditTrail trail;
    @Autowired LifeEvents lifeEvents;
    @RegisterExtension final ImportFixtures fixtures = new ImportFixtures();

    private MockHttpSession signIn(Role role, Scope scope) throws Exception {
        return Officers.logIn(mvc, context, role, scope, "Lò Văn Mẫu");
    }

    private Map<String, Object> person(String pin) {
        return jdbc.sql("SELECT * FROM register.person WHERE pin = :pin").param("pin", pin).query().singleRow();
    }

    private long add(MockHttpSession officer, String pin, String given) throws Exception {
        String location = mvc.perform(post("/register/persons").session(officer).with(csrf())
                        .param("PIN", pin).param("FAMILY_NAME", "Lò").param("MIDDLE_NAME", "Thị")
                        .param("GIVEN_NAME", given).param("BIRTH_DATE", "12/03/1990").param("SEX", "F")
                        .param("ETHNICITY", "03").param("COMMUNE_CODE", MUONG_THANH).param("ADDRESS", "Bản Mới")
                        .param("source", "Tờ khai CT01 số 5"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("success", "register.person.added"))
                .andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    @Test
    void anOfficerAddsAPersonByTheImportsRulesWithPickersAndARefusalKeepsWhatWasTyped() throws Exception {
        MockHttpSession officer = signIn(Role.COMMUNE_OFFICER, new Scope(MUONG_THANH, null));
        mvc.perform(get("/register/persons/new").session(officer))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Phường Mường Thanh"), containsString(">Thái<"),
                        containsString(">Nữ<"), not(containsString("??")))));

        String male = fixtures.pin(1990, 'M');
        mvc.perform(post("/register/persons").session(officer).with(csrf()).param("lang", "en")
                        .param("PIN", male).param("FAMILY_NAME", "").param("GIVEN_NAME", "<b>")
                        .param("BIRTH_DATE", "12/03/1990").param("SEX", "F").param("COMMUNE_CODE", MUONG_THANH)
                        .param("source", "Tờ khai"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Personal ID does not match the sex"),
                        containsString("This is required."), containsString("digits or symbols in the name"),
                        containsString("value=\"" + male + "\""), containsString("value=\"&lt;b&gt;\""))));
        mvc.perform(post("/register/persons").session(officer).with(csrf())
                        .param("PIN", male).param("FAMILY_NAME", "Lò").param("GIVEN_NAME", "Páo")
                        .param("BIRTH_DATE", "31/02/1990").param("SEX", "M").param("COMMUNE_CODE", MUONG_THANH)
                        .param("source", "Tờ khai"))
                .andExpect(content().string(allOf(containsString("không có ngày hoặc tháng này"),
                        containsString("value=\"31/02/1990\""))));
        mvc.perform(post("/register/persons").session(officer).with(csrf()).param("lang", "en")
                        .param("PIN", male).param("FAMILY_NAME", "Lò").param("GIVEN_NAME", "Páo")
                        .param("BIRTH_DATE", "1990").param("SEX", "M")
                        .param("COMMUNE_CODE", fixtures.communeOutsideMuongThanh()).param("source", "Tờ khai"))
                .andExpect(content().string(containsString("This commune is outside your scope.")));
        mvc.perform(post("/register/persons").session(officer).with(csrf())
                        .param("PIN", male).param("FAMILY_NAME", "Ñoã").param("GIVEN_NAME", "Páo")
                        .param("BIRTH_DATE", "1990").param("SEX", "M").param("COMMUNE_CODE", MUONG_THANH)
                        .param("source", "Tờ khai"))
                .andExpect(content().string(containsString("nhiều khả năng bị đọc sai bảng mã")));
        assertThat(fixtures.persons(List.of(male))).isZero();

        String pin = fixtures.pin(1990, 'F');
        long id = add(officer, pin, "Thuỳ");
        assertThat(person(pin)).containsEntry("person_id", id).containsEntry("full_name", "Lò Thị Thùy")
                .containsEntry("birth_date", "1990-03-12").containsEntry("sex", "F").containsEntry("ethnicity", "03");
        assertThat(jdbc.sql("SELECT type FROM register.life_event WHERE person_id = :id").param("id", id)
                .query(String.class).list()).containsExactly(LifeEventType.REGISTRATION.name());
        assertThat(trail.findByObject("person", pin, 10)).anySatisfy(record ->
                assertThat(record.entry().action()).isEqualTo(AuditActions.CHANGE));
        mvc.perform(post("/register/persons").session(officer).with(csrf()).param("PIN", pin)
                        .param("FAMILY_NAME", "Lò").param("GIVEN_NAME", "Mai").param("BIRTH_DATE", "1990")
                        .param("SEX", "F").param("COMMUNE_CODE", MUONG_THANH).param("source", "x"))
                .andExpect(content().string(containsString("Số định danh này đã có trong sổ.")));
    }

    @Test
    void anOfficerChangesPhoneAndEmailEncryptedAndAuditedAndOnlyInScope() throws Exception {
        MockHttpSession officer = signIn(Role.COMMUNE_OFFICER, new Scope(MUONG_THANH, null));
        String pin = fixtures.pin(1990, 'F');
        long id = add(officer, pin, "Liên");

        mvc.perform(post("/register/persons/{id}/contact", id).session(officer).with(csrf()).param("lang", "en")
                        .param("phone", "12345").param("email", "khong-phai-thu"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Not a phone number"),
                        containsString("Not an e-mail address"), containsString("value=\"khong-phai-thu\""))));
        assertThat(person(pin).get("phone_cipher")).isNull();

        mvc.perform(post("/register/persons/{id}/contact", id).session(officer).with(csrf())
                        .param("phone", "+84 912 345 678").param("email", "lien@example.vn"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("success", "register.contact.changed"));
        assertThat(person(pin).get("phone_cipher")).isNotNull();
        mvc.perform(get("/register/persons/{id}", id).session(officer))
                .andExpect(content().string(allOf(containsString("0912345678"), containsString("lien@example.vn"))));
        assertThat(trail.findByObject("person", pin, 10)).anySatisfy(record ->
                assertThat(record.entry().detail()).isEqualTo("contact details"));

        long outside = ((Number) RegisterTestData.personInScope(jdbc, MUONG_THANH, false).get("person_id")).longValue();
        byte[] outsidePhone = (byte[]) jdbc.sql("SELECT phone_cipher FROM register.person WHERE person_id = :id")
                .param("id", outside).query().singleValue();
        mvc.perform(post("/register/persons/{id}/contact", outside).session(officer).with(csrf())
                        .param("phone", "0912345678").param("email", ""))
                .andExpect(status().isNotFound());
        assertThat((byte[]) jdbc.sql("SELECT phone_cipher FROM register.person WHERE person_id = :id")
                .param("id", outside).query().singleValue()).isEqualTo(outsidePhone);
    }

    @Test
    void anOfficerFoundsAHouseholdAndAddsAMemberAndAHouseholdOutsideTheScopeIsRefused() throws Exception {
        MockHttpSession officer = signIn(Role.COMMUNE_OFFICER, new Scope(MUONG_THANH, null));
        String headPin = fixtures.pin(1990, 'F');
        long head = add(officer, headPin, "Hoa");
        String memberPin = fixtures.pin(1990, 'F');
        long member = add(officer, memberPin, "Hương");

        String location = mvc.perform(post("/register/persons/{id}/household", head).session(officer).with(csrf())
                        .param("COMMUNE_CODE", MUONG_THANH).param("ADDRESS", "Số 3, Tổ dân phố 1")
                        .param("effectiveDate", TODAY).param("source", "CT01 số 8"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long household = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        assertThat(person(headPin)).containsEntry("household_id", household).containsEntry("relation_to_head", "HEAD")
                .containsEntry("address", "Số 3, Tổ dân phố 1");
        assertThat(trail.findByObject("household", String.valueOf(household), 10)).hasSize(1);

        mvc.perform(post("/register/households/{id}/members", household).session(officer).with(csrf())
                        .param("PIN", memberPin).param("relation", "CHILD").param("effectiveDate", TODAY)
                        .param("source", "CT01 số 9"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("success", "register.household.member-added"));
        assertThat(person(memberPin)).containsEntry("household_id", household)
                .containsEntry("relation_to_head", "CHILD").containsEntry("address", "Số 3, Tổ dân phố 1");
        mvc.perform(get("/register/households/{id}", household).session(officer))
                .andExpect(content().string(allOf(containsString("Lò Thị Hoa"), containsString("Lò Thị Hương"))));

        Object outsideHousehold = jdbc.sql("""
                SELECT household_id FROM register.household
                WHERE commune_code NOT IN (SELECT commune_code FROM locality.scope_commune WHERE scope_code = :scope)
                ORDER BY household_id LIMIT 1""").param("scope", MUONG_THANH).query().singleValue();
        mvc.perform(post("/register/households/{id}/members", outsideHousehold).session(officer).with(csrf())
                        .param("PIN", memberPin).param("relation", "CHILD").param("effectiveDate", TODAY)
                        .param("source", "x"))
                .andExpect(status().isNotFound());
        Officers.signIn("xa.forms", Role.COMMUNE_OFFICER, new Scope(MUONG_THANH, null));
        try {
            assertThatThrownBy(() -> lifeEvents.record(member, LifeEventRequests.event(
                    LifeEventType.MOVE_WITHIN, TODAY, Map.of(PersonField.COMMUNE_CODE, MUONG_THANH,
                            PersonField.ADDRESS, "Bản Khác", PersonField.HOUSEHOLD_ID, outsideHousehold.toString())), null))
                    .isInstanceOf(LifeEventRefusedException.class)
                    .hasFieldOrPropertyWithValue("messageKey", "register.event.error.household");
        } finally {
            Officers.signOut();
        }
        assertThat(person(memberPin)).containsEntry("household_id", household);
    }
}
