package org.dancu.results;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import org.dancu.civil.Pin;
import org.dancu.register.RegisterTestData;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Results for tests of any module: a register person (from the shared synthetic register) as holder,
 * and valid results of a type issued for them through {@link Results}, as another module would.
 */
public final class ResultsFixtures {

    /** Mường Thanh ward: a commune officer's scope. */
    public static final String MUONG_THANH = "03334";
    /** The whole province: a province officer's scope. */
    public static final String PROVINCE = "11";
    public static final String JUSTICE = "SO_TP";
    public static final String LAND = "SO_NNMT";
    public static final String OFFICER = "tinh.tuphap";

    private ResultsFixtures() {
    }

    /** The ID of a person the register holds, living inside (or outside) a unit's scope. */
    public static Pin holder(ApplicationContext context, String scope, boolean inside) {
        try {
            RegisterTestData.ensureLoaded(context);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Object> person = RegisterTestData.personInScope(context.getBean(JdbcClient.class), scope, inside);
        return Pin.of((String) person.get("pin"));
    }

    /** A birth extract for the holder, as the justice department issues it. */
    public static NewResult birthExtract(Pin holder) {
        return new NewResult(ResultType.BIRTH_EXTRACT, List.of(holder), JUSTICE, OFFICER,
                "Nghị định 123/2015/NĐ-CP", "DC-2026-000001",
                List.of(new ResultField("full-name", "Lò Văn Sáng"), new ResultField("birth-date", "12/03/2019"),
                        new ResultField("birth-place", "Mường Thanh, Điện Biên")),
                null, Provenance.ISSUED);
    }

    /** A land-use certificate for the holder on a parcel of the commune given. */
    public static NewResult landCertificate(Pin holder, String communeCode) {
        return new NewResult(ResultType.LAND_USE_CERTIFICATE, List.of(holder), LAND, OFFICER,
                "Luật Đất đai 2024; Thông tư 10/2024/TT-BTNMT", null,
                List.of(new ResultField("certificate-serial", "AA 01234567"), new ResultField("area", "152,3 m²")),
                new ParcelRef(communeCode, "12", "345"), Provenance.ISSUED);
    }

    /** A valid birth extract issued for a register person of Mường Thanh. */
    public static IssuedResult issued(ApplicationContext context) {
        return context.getBean(Results.class).issue(birthExtract(holder(context, MUONG_THANH, true)));
    }
}
