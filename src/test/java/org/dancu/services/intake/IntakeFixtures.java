package org.dancu.services.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.dancu.civil.Pin;
import org.dancu.register.RegisterFixture;
import org.dancu.register.RegisterTestData;
import org.dancu.services.Channel;
import org.dancu.services.ProcedureCode;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Synthetic residents of their own for the intake's tests, and the dossiers they file. */
final class IntakeFixtures {

    static final String MUONG_THANH = "03334";
    static final ProcedureCode BIRTH_BUNDLE = new ProcedureCode("DB-17");
    static final ProcedureCode DEATH_BUNDLE = new ProcedureCode("1.011537");
    static final ProcedureCode RESIDENCE = new ProcedureCode("DB-03");
    /** The first bytes of a PDF, enough for the check by content. */
    static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n".getBytes();
    private static final SecureRandom RANDOM = new SecureRandom();

    private IntakeFixtures() {
    }

    /**
     * A new living resident of Mường Thanh with an ID of its own, a woman born in 1995 or a man born in 1990, added
     * after the shared test register is loaded (which loads only into an empty register).
     */
    static Pin resident(ApplicationContext context, boolean woman) {
        try {
            RegisterTestData.ensureLoaded(context);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        String pin = (woman ? "0111950" : "0110900") + "%05d".formatted(RANDOM.nextInt(100_000));
        RegisterFixture.add(jdbc, new RegisterFixture.Resident(null, pin, woman ? "Lò" : "Quàng",
                woman ? "Thị" : "Văn", woman ? "Xuân" : "Pọm", woman ? "Lò Thị Xuân" : "Quàng Văn Pọm",
                woman ? "1995-04-12" : "1990-09-03", woman ? 1995 : 1990, woman ? "F" : "M", "THAI", MUONG_THANH,
                MUONG_THANH, "Bản Him Lam, tổ 3"));
        return Pin.of(pin);
    }

    static long personId(JdbcClient jdbc, Pin pin) {
        return jdbc.sql("SELECT person_id FROM register.person WHERE pin = ?").param(pin.value()).query(Long.class).single();
    }

    static Map<String, String> birth(Pin mother) {
        return Map.of("child-name", "Lò Văn An", "child-birth-date", "02/12/2026", "child-sex", "Nam",
                "child-birth-place", "Bệnh viện đa khoa tỉnh Điện Biên", "mother-pin", mother.value());
    }

    static Map<String, String> death(Pin deceased) {
        return Map.of("deceased-pin", deceased.value(), "death-date", "01/12/2026", "death-place", "Tại nhà");
    }

    static IntakeRequest online(ProcedureCode procedure, Pin applicant, Map<String, String> declaration,
                                List<Attachment> files) {
        return new IntakeRequest(procedure, Channel.ONLINE, applicant, declaration, Map.of(), files, Set.of(), null,
                null, Instant.now());
    }

    static Attachment pdf(String component) {
        return Attachment.received(component, "scan.pdf", PDF);
    }
}
