package org.dancu.register;

import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.dancu.civil.VietnameseText;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * For other modules' tests: the register's shared synthetic test population, loaded once per JVM
 * exactly as the register's own tests load it, and the ID of a person in it; and the register's rows
 * as another module's test needs them (a person of its own, a changed residence, an old import), so
 * that no other module's test writes the register's tables itself.
 */
public final class RegisterFixture {

    private RegisterFixture() {
    }

    /** Loads the shared test population if no test has yet, and returns the ID of a person in it. */
    public static String aPersonPin(ApplicationContext context, int ordinal) throws IOException {
        RegisterTestData.ensureLoaded(context);
        return context.getBean(JdbcClient.class)
                .sql("SELECT pin FROM register.person WHERE pin IS NOT NULL ORDER BY person_id OFFSET :n LIMIT 1")
                .param("n", ordinal)
                .query(String.class)
                .single();
    }

    /**
     * A living resident's row as a load writes it; {@code personId} null takes the next id. The name key
     * is the full name's, as the register computes it.
     */
    public record Resident(Long personId, String pin, String familyName, String middleName, String givenName,
                           String fullName, String birthDate, int birthYear, String sex, String ethnicity,
                           String communeCode, String currentCommuneCode, String address) {
    }

    /** Adds the resident and returns its person id. */
    public static long add(JdbcClient jdbc, Resident resident) {
        return jdbc.sql("""
                        INSERT INTO register.person (person_id, pin, family_name, middle_name, given_name, full_name,
                            name_key, birth_date, birth_year, sex, ethnicity, commune_code, current_commune_code, address)
                        VALUES (COALESCE(CAST(:id AS bigint), nextval('register.person_id_seq')), :pin,
                            :family, :middle, :given, :full, :key, :birth, :year, :sex, :ethnicity, :commune, :current,
                            :address)
                        RETURNING person_id""")
                .param("id", resident.personId()).param("pin", resident.pin()).param("family", resident.familyName())
                .param("middle", resident.middleName()).param("given", resident.givenName())
                .param("full", resident.fullName()).param("key", VietnameseText.asciiKey(resident.fullName()))
                .param("birth", resident.birthDate()).param("year", resident.birthYear()).param("sex", resident.sex())
                .param("ethnicity", resident.ethnicity()).param("commune", resident.communeCode())
                .param("current", resident.currentCommuneCode()).param("address", resident.address())
                .query(Long.class).single();
    }

    /** Takes out the persons with ids from {@code first} on, {@code count} of them, that a test added. */
    public static void removeRange(JdbcClient jdbc, long first, int count) {
        jdbc.sql("DELETE FROM register.person WHERE person_id >= :first AND person_id < :first + :count")
                .param("first", first).param("count", count).update();
    }

    /** Counts the persons in (or out of) the living residents, as a move into or out of the province does. */
    public static void setResident(JdbcClient jdbc, List<Long> personIds, boolean resident) {
        jdbc.sql("UPDATE register.person SET resident = :resident WHERE person_id IN (:ids)")
                .param("resident", resident).param("ids", personIds).update();
    }

    /** Records the persons in another commune, recorded and current code alike. */
    public static void moveTo(JdbcClient jdbc, List<Long> personIds, String communeCode) {
        jdbc.sql("UPDATE register.person SET commune_code = :commune, current_commune_code = :commune"
                        + " WHERE person_id IN (:ids)")
                .param("commune", communeCode).param("ids", personIds).update();
    }

    /** Marks the person dead on that day, without the life event a death records. */
    public static void died(JdbcClient jdbc, long personId, LocalDate date) {
        jdbc.sql("UPDATE register.person SET alive = false, death_date = :date WHERE person_id = :id")
                .param("date", date).param("id", personId).update();
    }

    /** Gives the person that ID. */
    public static void setPin(JdbcClient jdbc, long personId, String pin) {
        jdbc.sql("UPDATE register.person SET pin = :pin WHERE person_id = :id").param("pin", pin)
                .param("id", personId).update();
    }

    /** Stores the person's full name as given (and its key), as a file read in the wrong encoding leaves it. */
    public static void rename(JdbcClient jdbc, long personId, String fullName) {
        jdbc.sql("UPDATE register.person SET full_name = :name, name_key = :key WHERE person_id = :id")
                .param("name", fullName).param("key", VietnameseText.asciiKey(fullName)).param("id", personId)
                .update();
    }

    /** Dates a recorded life event's recording at that instant. */
    public static void recordedAt(JdbcClient jdbc, long eventId, OffsetDateTime at) {
        jdbc.sql("UPDATE register.life_event SET recorded_at = :at WHERE event_id = :id").param("at", at)
                .param("id", eventId).update();
    }

    /**
     * An import of a file {@code dan-cu.csv} of the officer, uploaded at that instant and left in that status
     * (with the failure and its arguments, or none), as the import leaves it; returns its job id.
     */
    public static long importJob(JdbcClient jdbc, String officer, String status, OffsetDateTime uploadedAt,
                                 String failure, String... failureArgs) {
        return jdbc.sql("""
                        INSERT INTO register.import_job (file_name, file_hash, format, encoding, byte_order_mark,
                            repaired_to_nfc, confidence, header, status, officer, failure, failure_args, created_at)
                        VALUES ('dan-cu.csv', encode(sha256(gen_random_uuid()::text::bytea), 'hex'), 'CSV', 'UTF_8',
                            false, false, 'HIGH', ARRAY['so_dinh_danh'], :status, :officer, :failure, :args, :at)
                        RETURNING job_id""")
                .param("status", status).param("officer", officer).param("failure", failure)
                .param("args", failure == null ? null : failureArgs).param("at", uploadedAt)
                .query(Long.class).single();
    }

    /**
     * Loads the shared test population if no test has yet, and returns the ID of a person in it who has
     * a phone number in the register ({@code withPhone}) or none.
     */
    public static String aPersonPin(ApplicationContext context, int ordinal, boolean withPhone) throws IOException {
        RegisterTestData.ensureLoaded(context);
        return context.getBean(JdbcClient.class)
                .sql("SELECT pin FROM register.person WHERE pin IS NOT NULL AND (phone_cipher IS NOT NULL) = :phone"
                        + " ORDER BY person_id OFFSET :n LIMIT 1")
                .param("phone", withPhone)
                .param("n", ordinal)
                .query(String.class)
                .single();
    }
}
