package org.dancu.services.effects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.dancu.civil.PartialDate;
import org.dancu.civil.Pin;
import org.dancu.civil.ProvinceTime;
import org.dancu.locality.Localities;
import org.dancu.national.NationalDatabase;
import org.dancu.national.NationalField;
import org.dancu.national.TestNationConnector;
import org.dancu.register.LifeEvents;
import org.dancu.register.PersonDied;
import org.dancu.register.RegisterFixture;
import org.dancu.register.RegisterTestData;
import org.dancu.register.RegisteredPersons;
import org.dancu.results.IssuedResult;
import org.dancu.results.ResultCode;
import org.dancu.results.ResultField;
import org.dancu.results.ResultType;
import org.dancu.results.Results;
import org.dancu.services.Channel;
import org.dancu.services.DossierCode;
import org.dancu.services.DossierRefusedException;
import org.dancu.services.DossierStatus;
import org.dancu.services.DossierView;
import org.dancu.services.Handler;
import org.dancu.services.LegEffects;
import org.dancu.services.LegStatus;
import org.dancu.services.LegView;
import org.dancu.services.ProcedureCode;
import org.dancu.services.Procedures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What completing each leg of both bundles does to the register, the national database and the
 * results register, and that a refusal anywhere leaves nothing half done. The effects are wired to
 * a connector to the test nation (the shared context has none configured).
 */
@SpringBootTest
class CompletedLegEffectsTests {

    private static final String BIRTH_BUNDLE = "DB-17";
    private static final String DEATH_BUNDLE = "1.011537";
    private static final String OFFICER = "xa.muongthanh";

    @Autowired ApplicationContext context;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transactions;
    @Autowired Procedures procedures;
    @Autowired LifeEvents lifeEvents;
    @Autowired RegisteredPersons persons;
    @Autowired Residence residence;
    @Autowired LegResults legResults;
    @Autowired Results results;
    @Autowired Localities localities;
    @Autowired ProvinceTime time;
    @Autowired LegEffects withoutNation;

    private CompletedLegEffects effects;
    private NationalDatabase nation;

    @AfterAll
    static void stopNation() {
        TestNationConnector.stop();
    }

    @BeforeEach
    void wire() throws IOException {
        RegisterTestData.ensureLoaded(context);
        nation = TestNationConnector.connect(context);
        StaticListableBeanFactory beans = new StaticListableBeanFactory(Map.of("nation", nation));
        effects = new CompletedLegEffects(procedures, new CivilStatus(lifeEvents, persons,
                beans.getBeanProvider(NationalDatabase.class)), residence, legResults, results, localities, time);
    }

    /**
     * A living resident with an ID and an address, of that sex, heading a household or the head's
     * spouse; taken from the end of the register, away from the other classes' persons.
     */
    private Pin resident(String sex, int ordinal) {
        return Pin.of(jdbc.sql("""
                        SELECT pin FROM register.person WHERE pin IS NOT NULL AND alive AND resident AND sex = :sex
                        AND address IS NOT NULL AND birth_year BETWEEN 1970 AND 2000
                        AND household_id IS NOT NULL AND relation_to_head IN ('HEAD', 'SPOUSE')
                        ORDER BY person_id DESC OFFSET :n LIMIT 1""")
                .param("sex", sex).param("n", ordinal).query(String.class).single());
    }

    private String communeOf(Pin pin) {
        return persons.byPin(pin).orElseThrow().communeCode();
    }

    private static LegView leg(String key, ResultCode result) {
        return new LegView(key, new ProcedureCode("1.001193"), LegStatus.IN_PROGRESS, Handler.commune(), 0, null,
                null, false, null, result, null);
    }

    private DossierView dossier(String procedure, Pin applicant, Pin subject, LegView... legs) {
        return new DossierView(new DossierCode("T-" + System.nanoTime()), new ProcedureCode(procedure), Channel.ONLINE,
                applicant, subject, communeOf(applicant), DossierStatus.IN_PROGRESS, Instant.now(), null,
                List.of(legs), null);
    }

    private LegEffects.Effect complete(LegEffects legEffects, DossierView dossier, String legKey,
                                       Map<String, String> fields, String officer) {
        LegView leg = dossier.legs().stream().filter(l -> l.key().equals(legKey)).findFirst().orElseThrow();
        return transactions.execute(status -> legEffects.apply(dossier, leg, fields, officer));
    }

    private static Map<String, String> newborn(String name) {
        return Map.of("child-name", name, "child-sex", "Nữ", "child-birth-date",
                PartialDate.of(LocalDate.now(ProvinceTime.VIETNAM).minusDays(3)).toDayFirst(),
                "child-birth-place", "Bệnh viện đa khoa tỉnh Điện Biên");
    }

    private Map<String, Object> row(Pin pin) {
        return jdbc.sql("SELECT * FROM register.person WHERE pin = :pin").param("pin", pin.value()).query().singleRow();
    }

    private long resultsOf(DossierView dossier) {
        return jdbc.sql("SELECT count(*) FROM results.result WHERE dossier_code = :code")
                .param("code", dossier.code().value()).query(Long.class).single();
    }

    /** Rows of the outbox for {@link PersonDied} of that person (one per listener). */
    private long deathsPublished(long personId) {
        return jdbc.sql("SELECT count(*) FROM event_publication WHERE event_type = :type"
                        + " AND (serialized_event::jsonb ->> 'personId')::bigint = :person")
                .param("type", PersonDied.class.getName()).param("person", personId).query(Long.class).single();
    }

    private static String field(IssuedResult result, String name) {
        return result.fields().stream().filter(f -> f.name().equals(name)).map(ResultField::value).findFirst()
                .orElseThrow();
    }

    @Test
    void theBirthBundleRegistersTheChildWithANationalIdThenItsResidenceAndCardEachIssuedToTheApplicant() {
        Pin mother = resident("F", 0);
        DossierView filed = dossier(BIRTH_BUNDLE, mother, null, leg("birth", null), leg("residence", null),
                leg("health-insurance", null));

        LegEffects.Effect birth = complete(effects, filed, "birth", newborn("Lò Thị Hoa"), OFFICER);

        Pin child = birth.newPerson();
        assertThat(child.sex()).isEqualTo(org.dancu.civil.Sex.FEMALE);
        assertThat(nation.fetch(child.value()).orElseThrow().fields())
                .containsEntry(NationalField.FULL_NAME, "Lò Thị Hoa");
        assertThat(row(child)).containsEntry("full_name", "Lò Thị Hoa").containsEntry("mother_pin", mother.value())
                .containsEntry("commune_code", communeOf(mother));
        IssuedResult extract = results.find(birth.result()).orElseThrow();
        assertThat(extract.type()).isEqualTo(ResultType.BIRTH_EXTRACT);
        assertThat(extract.dossierCode()).isEqualTo(filed.code().value());
        assertThat(extract.holders()).containsExactly(child, mother);
        assertThat(field(extract, "birth-place")).isEqualTo("Bệnh viện đa khoa tỉnh Điện Biên");
        assertThat(results.ofHolder(mother)).extracting(IssuedResult::code).contains(birth.result());

        DossierView afterBirth = new DossierView(filed.code(), filed.procedure(), filed.channel(), mother, null,
                filed.communeCode(), filed.status(), filed.receivedAt(), null, List.of(leg("birth", birth.result()),
                leg("residence", null), leg("health-insurance", null)), null);
        LegEffects.Effect residenceLeg = complete(effects, afterBirth, "residence", Map.of(), "cong_an.tinh");
        LegEffects.Effect card = complete(effects, afterBirth, "health-insurance", Map.of(), "bhxh.tinh");

        assertThat(row(child)).containsEntry("household_id", row(mother).get("household_id"))
                .containsEntry("relation_to_head", "CHILD");
        IssuedResult confirmation = results.find(residenceLeg.result()).orElseThrow();
        assertThat(confirmation.type()).isEqualTo(ResultType.RESIDENCE_CONFIRMATION);
        assertThat(confirmation.agencyCode()).isEqualTo("CONG_AN");
        assertThat(confirmation.holders()).containsExactly(child, mother);
        IssuedResult insurance = results.find(card.result()).orElseThrow();
        assertThat(insurance.type()).isEqualTo(ResultType.HEALTH_INSURANCE_CARD);
        assertThat(field(insurance, "valid-until"))
                .isEqualTo(PartialDate.of(LocalDate.now(ProvinceTime.VIETNAM).minusDays(3).plusYears(6)).toDayFirst());
        assertThat(results.ofHolder(mother)).extracting(IssuedResult::dossierCode)
                .filteredOn(filed.code().value()::equals).hasSize(3);
    }

    @Test
    void aMotherWithoutAHouseholdIsMadeItsHeadAndTheChildJoinsItAsHerChild() {
        Pin mother = Pin.of("0871950%05d".formatted(System.nanoTime() % 100_000));
        RegisterFixture.add(jdbc, new RegisterFixture.Resident(null, mother.value(), "Cà", "Thị", "Thử", "Cà Thị Thử",
                "1995-05-05", 1995, "F", "01", "03334", "03334", "Bản Na Pen"));
        DossierView filed = dossier(BIRTH_BUNDLE, mother, null, leg("birth", null), leg("residence", null));
        Pin child = complete(effects, filed, "birth", newborn("Cà Thị Hoa"), OFFICER).newPerson();
        DossierView afterBirth = new DossierView(filed.code(), filed.procedure(), filed.channel(), mother, null,
                filed.communeCode(), filed.status(), filed.receivedAt(), null, List.of(
                leg("birth", results.ofHolder(child).get(0).code()), leg("residence", null)), null);

        complete(effects, afterBirth, "residence", Map.of(), "cong_an.tinh");

        Map<String, Object> mothersRow = row(mother);
        assertThat(mothersRow.get("household_id")).isNotNull();
        assertThat(mothersRow).containsEntry("relation_to_head", "HEAD").containsEntry("address", "Bản Na Pen");
        assertThat(row(child)).containsEntry("household_id", mothersRow.get("household_id"))
                .containsEntry("relation_to_head", "CHILD").containsEntry("address", "Bản Na Pen");
    }

    @Test
    void aPermanentResidenceMovesTheSubjectToTheDeclaredAddressAndWithoutOneIsRefused() {
        Pin mover = resident("M", 6);
        DossierView filed = dossier("DB-03", mover, mover, leg("main", null));

        assertThatThrownBy(() -> complete(effects, filed, "main", Map.of(), "cong_an.tinh"))
                .isInstanceOfSatisfying(DossierRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("services.bundle.error.missing"));
        LegEffects.Effect moved = complete(effects, filed, "main", Map.of("residence-address", "Số 5, tổ dân phố 3"),
                "cong_an.tinh");

        assertThat(row(mover)).containsEntry("address", "Số 5, tổ dân phố 3")
                .containsEntry("commune_code", filed.communeCode());
        IssuedResult confirmation = results.find(moved.result()).orElseThrow();
        assertThat(confirmation.holders()).containsExactly(mover);
        assertThat(field(confirmation, "address")).isEqualTo("Số 5, tổ dân phố 3");
    }

    @Test
    void aBirthTheResultsRegisterRefusesLeavesNoPersonAndTriedAgainKeepsTheIdTheNationGaveIt() {
        Pin father = resident("M", 0);
        DossierView filed = dossier(BIRTH_BUNDLE, father, null, leg("birth", null));
        long before = jdbc.sql("SELECT count(*) FROM register.person").query(Long.class).single();

        assertThatThrownBy(() -> complete(effects, filed, "birth", newborn("Quàng Văn Thử"), " "))
                .isInstanceOfSatisfying(DossierRefusedException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("services.bundle.refused.results");
                    assertThat(((MessageSourceResolvable) e.arguments()[0]).getCodes()).contains("results.error.officer");
                });
        assertThat(jdbc.sql("SELECT count(*) FROM register.person").query(Long.class).single()).isEqualTo(before);
        assertThat(resultsOf(filed)).isZero();
        String given = TestNationConnector.nationTables(context)
                .sql("SELECT pin FROM national_sim.assignment WHERE request_key = :key")
                .param("key", filed.code().value() + "/birth").query(String.class).single();

        LegEffects.Effect birth = complete(effects, filed, "birth", newborn("Quàng Văn Thử"), OFFICER);

        assertThat(birth.newPerson().value()).isEqualTo(given);
        assertThat(jdbc.sql("SELECT count(*) FROM register.person").query(Long.class).single()).isEqualTo(before + 1);
    }

    @Test
    void aBirthWithoutTheChildsNameIsRefusedAndAsksTheNationNothing() {
        Pin mother = resident("F", 1);
        DossierView filed = dossier(BIRTH_BUNDLE, mother, null, leg("birth", null));
        JdbcClient nationTables = TestNationConnector.nationTables(context);
        long assigned = nationTables.sql("SELECT count(*) FROM national_sim.assignment").query(Long.class).single();
        Map<String, String> nameless = new java.util.HashMap<>(newborn("x"));
        nameless.remove("child-name");

        assertThatThrownBy(() -> complete(effects, filed, "birth", nameless, OFFICER))
                .isInstanceOfSatisfying(DossierRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("services.bundle.error.missing"));
        assertThatThrownBy(() -> complete(effects, filed, "birth", Map.of("child-name", "Lò Thị Hoa",
                "child-sex", "Nữ", "child-birth-date", "31/02/2026"), OFFICER))
                .isInstanceOfSatisfying(DossierRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("services.bundle.error.day"));
        assertThat(nationTables.sql("SELECT count(*) FROM national_sim.assignment").query(Long.class).single())
                .isEqualTo(assigned);
        assertThat(resultsOf(filed)).isZero();
    }

    @Test
    void withoutANationalConnectorABirthIsRefusedInWords() {
        Pin mother = resident("F", 2);
        DossierView filed = dossier(BIRTH_BUNDLE, mother, null, leg("birth", null));

        assertThatThrownBy(() -> complete(withoutNation, filed, "birth", newborn("Lò Thị Hoa"), OFFICER))
                .isInstanceOfSatisfying(DossierRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("services.bundle.error.no-national"));
        assertThat(resultsOf(filed)).isZero();
    }

    @Test
    void theDeathBundleRecordsTheDeathThenRemovalAndTheAllowanceDecisions() {
        Pin deceased = resident("M", 3);
        Pin widow = resident("F", 3);
        DossierView filed = dossier(DEATH_BUNDLE, widow, deceased, leg("death", null), leg("residence-removal", null),
                leg("funeral", null), leg("survivor", null));
        String died = PartialDate.of(LocalDate.now(ProvinceTime.VIETNAM).minusDays(1)).toDayFirst();

        long personId = persons.byPin(deceased).orElseThrow().personId();
        assertThat(deathsPublished(personId)).isZero();

        LegEffects.Effect death = complete(effects, filed, "death", Map.of("death-date", died,
                "death-place", "Tại nhà"), OFFICER);
        LegEffects.Effect removal = complete(effects, filed, "residence-removal", Map.of(), "cong_an.tinh");
        LegEffects.Effect funeral = complete(effects, filed, "funeral", Map.of("amount", "7200000"), OFFICER);

        assertThat(row(deceased)).containsEntry("alive", false);
        assertThat(deathsPublished(personId)).isPositive();
        IssuedResult extract = results.find(death.result()).orElseThrow();
        assertThat(extract.type()).isEqualTo(ResultType.DEATH_EXTRACT);
        assertThat(extract.holders()).containsExactly(deceased, widow);
        assertThat(field(extract, "death-date")).isEqualTo(died);
        assertThat(results.find(removal.result()).orElseThrow().type()).isEqualTo(ResultType.RESIDENCE_REMOVAL);
        IssuedResult decision = results.find(funeral.result()).orElseThrow();
        assertThat(decision.type()).isEqualTo(ResultType.FUNERAL_ALLOWANCE_DECISION);
        assertThat(decision.holders()).containsExactly(widow);
        assertThat(decision.agencyCode()).isEqualTo("SO_NV");
        assertThat(field(decision, "amount")).isEqualTo("7200000");
        assertThat(results.ofHolder(widow)).extracting(IssuedResult::dossierCode)
                .filteredOn(filed.code().value()::equals).hasSize(3);
    }

    @Test
    void aDeathTheRegisterRefusesAndAnAllowanceBeforeTheDeathIsRecordedChangeNothing() {
        Pin living = resident("M", 4);
        Pin applicant = resident("F", 4);
        DossierView filed = dossier(DEATH_BUNDLE, applicant, living, leg("death", null), leg("survivor", null));

        assertThatThrownBy(() -> complete(effects, filed, "death", Map.of("death-date", "01/01/1950"), OFFICER))
                .isInstanceOfSatisfying(DossierRefusedException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("services.bundle.refused.register");
                    assertThat(((MessageSourceResolvable) e.arguments()[0]).getCodes())
                            .contains("register.event.error.before-birth");
                });
        assertThatThrownBy(() -> complete(effects, filed, "death", Map.of("death-date",
                PartialDate.of(LocalDate.now(ProvinceTime.VIETNAM).plusDays(1)).toDayFirst()), OFFICER))
                .isInstanceOfSatisfying(DossierRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("services.bundle.error.day"));
        assertThatThrownBy(() -> complete(effects, filed, "survivor", Map.of("amount", "12000000"), "bhxh.tinh"))
                .isInstanceOfSatisfying(DossierRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("services.bundle.error.death-not-recorded"));
        assertThat(row(living)).containsEntry("alive", true);
        assertThat(resultsOf(filed)).isZero();
    }

    @Test
    void anAllowanceAmountThatIsNotAWholeNumberIsRefused() {
        Pin deceased = resident("M", 5);
        Pin applicant = resident("F", 5);
        DossierView filed = dossier(DEATH_BUNDLE, applicant, deceased, leg("death", null), leg("funeral", null));
        complete(effects, filed, "death", Map.of("death-date",
                PartialDate.of(LocalDate.now(ProvinceTime.VIETNAM)).toDayFirst()), OFFICER);
        List<String> refused = new ArrayList<>();

        for (String amount : List.of("7.200.000", "-5", "bảy triệu")) {
            assertThatThrownBy(() -> complete(effects, filed, "funeral", Map.of("amount", amount), OFFICER))
                    .isInstanceOfSatisfying(DossierRefusedException.class, e -> refused.add(e.messageKey()));
        }

        assertThat(refused).containsOnly("services.bundle.error.amount").hasSize(3);
        assertThat(resultsOf(filed)).isEqualTo(1);
    }
}
