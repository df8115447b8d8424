package org.dancu.payments;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.dancu.civil.Pin;
import org.dancu.register.RegisterTestData;
import org.dancu.register.RegisteredPerson;
import org.dancu.register.RegisteredPersons;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Test support for payments: ACTIVE beneficiaries of the register's synthetic persons (living, resident,
 * holding an ID, of an age the programme covers), as a decision entered by an officer makes them, for the
 * parts that pay them (cycles, accounts, reconciliation, the demo's figures). Each call takes persons who
 * are not yet beneficiaries of that programme, so tests sharing the database do not collide.
 */
public final class PaymentsFixtures {

    /** The day the fixtures' programmes are read on: every bundled programme has a rule in force. */
    public static final LocalDate TODAY = LocalDate.of(2026, 12, 8);
    public static final ProgrammeCode MONTHLY_ASSISTANCE = new ProgrammeCode("TCXH_HANG_THANG");
    public static final ProgrammeCode SOCIAL_PENSION = new ProgrammeCode("HUU_TRI_XA_HOI");
    public static final ProgrammeCode STUDY_SUPPORT = new ProgrammeCode("HO_TRO_CHI_PHI_HOC_TAP");
    public static final ProgrammeCode NATIONAL_DAY_GIFT = new ProgrammeCode("QUA_QUOC_KHANH_2025");

    /** One ACTIVE beneficiary of the programme, with its register person and the row's id. */
    public record Beneficiary(long id, RegisteredPerson person) {

        public Pin pin() {
            return person.pin();
        }
    }

    private PaymentsFixtures() {
    }

    /**
     * {@code count} new ACTIVE beneficiaries of the programme, paid into a bank account (coefficient 1.5 of
     * the standard level, or 4 months of study support, as the programme's kind needs).
     */
    public static List<Beneficiary> activeBeneficiaries(ApplicationContext context, ProgrammeCode code, int count) {
        return activeBeneficiaries(context, code, count, PayChannel.BANK_ACCOUNT);
    }

    /** {@code count} new ACTIVE beneficiaries of the programme, paid through that channel. */
    public static List<Beneficiary> activeBeneficiaries(ApplicationContext context, ProgrammeCode code, int count,
                                                        PayChannel channel) {
        Programme programme = programme(context, code);
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        return eligiblePersons(context, code, count).stream()
                .map(person -> new Beneficiary(insert(jdbc, programme, person, channel), person)).toList();
    }

    /**
     * {@code count} register persons the programme may pay (living, resident, holding an ID, of its age) who
     * are not yet its beneficiaries, in register order.
     */
    public static List<RegisteredPerson> eligiblePersons(ApplicationContext context, ProgrammeCode code, int count) {
        ensureRegister(context);
        ProgrammeRule rule = programme(context, code).rule();
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        RegisteredPersons persons = context.getBean(RegisteredPersons.class);
        List<RegisteredPerson> found = new ArrayList<>();
        long after = 0;
        while (found.size() < count) {
            List<RegisteredPerson> batch = persons.withPinAfter(after, 500);
            if (batch.isEmpty()) {
                throw new IllegalStateException("the test register has too few persons for " + count + " of " + code);
            }
            for (RegisteredPerson person : batch) {
                after = person.personId();
                if (found.size() < count && fits(person, rule) && !alreadyIn(jdbc, code, person.pin())) {
                    found.add(person);
                }
            }
        }
        return found;
    }

    /** A person the register shows dead, holding an ID: whom no programme may pay. */
    public static RegisteredPerson deadPerson(ApplicationContext context) {
        ensureRegister(context);
        RegisteredPersons persons = context.getBean(RegisteredPersons.class);
        long after = 0;
        for (List<RegisteredPerson> batch = persons.withPinAfter(after, 500); !batch.isEmpty();
             batch = persons.withPinAfter(after, 500)) {
            for (RegisteredPerson person : batch) {
                if (!person.alive()) {
                    return person;
                }
                after = person.personId();
            }
        }
        throw new IllegalStateException("the test register holds nobody dead");
    }

    private static Programme programme(ApplicationContext context, ProgrammeCode code) {
        return context.getBean(Programmes.class).find(code, TODAY)
                .orElseThrow(() -> new IllegalArgumentException("no such programme: " + code));
    }

    private static boolean fits(RegisteredPerson person, ProgrammeRule rule) {
        if (!person.alive() || !person.resident() || person.birthDate() == null) {
            return false;
        }
        // a year's slack either way, so the person fits whatever their birthday
        int age = TODAY.getYear() - person.birthDate().year();
        return (rule.minimumAge() == null || age > rule.minimumAge())
                && (rule.maximumAge() == null || age < rule.maximumAge());
    }

    private static boolean alreadyIn(JdbcClient jdbc, ProgrammeCode code, Pin pin) {
        return jdbc.sql("SELECT count(*) FROM payments.beneficiary WHERE programme_code = ? AND pin = ?")
                .params(code.value(), pin.value()).query(Long.class).single() > 0;
    }

    private static long insert(JdbcClient jdbc, Programme programme, RegisteredPerson person, PayChannel channel) {
        ProgrammeKind kind = programme.kind();
        BigDecimal coefficient = kind == ProgrammeKind.MONTHLY_ASSISTANCE || kind == ProgrammeKind.SOCIAL_PENSION
                ? new BigDecimal("1.50") : null;
        Integer months = kind == ProgrammeKind.STUDY_SUPPORT ? 4 : null;
        return jdbc.sql("""
                        INSERT INTO payments.beneficiary (version, programme_code, pin, claimed_pin, claimed_name,
                            claimed_birth, commune_code, coefficient, months, decision_ref, decision_date, starts_on,
                            status, channel, entered_by, entered_at)
                        VALUES (0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'ACTIVE', ?, 'fixtures', ?) RETURNING id""")
                .params(programme.code().value(), person.pin().value(), person.pin().value(), person.name().fullName(),
                        person.birthDate().toString(), commune(person), coefficient, months,
                        "QD-TEST-" + UUID.randomUUID(), programme.rule().effectiveFrom(),
                        programme.rule().effectiveFrom(), channel.name(), OffsetDateTime.now())
                .query(Long.class).single();
    }

    private static String commune(RegisteredPerson person) {
        return person.currentCommuneCode() != null ? person.currentCommuneCode() : person.communeCode();
    }

    private static void ensureRegister(ApplicationContext context) {
        try {
            RegisterTestData.ensureLoaded(context);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
