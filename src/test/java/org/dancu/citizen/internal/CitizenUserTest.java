package org.dancu.citizen.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Instant;
import java.util.Map;

import org.dancu.citizen.Citizen;
import org.dancu.citizen.EidLevel;
import org.dancu.civil.PartialDate;
import org.dancu.civil.PersonName;
import org.dancu.civil.Pin;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;

/** The citizen's principal survives the session's serialisation whole, and shows no personal data as text. */
class CitizenUserTest {

    private static final Citizen CITIZEN = new Citizen(Pin.of("011085000123"), PersonName.of("Lò", "Văn", "Thử"),
            PartialDate.ofYearMonth(1985, 10), EidLevel.LEVEL_1);

    @Test
    void theCitizenSurvivesSerialisation() throws Exception {
        OidcIdToken token = new OidcIdToken("token", Instant.now(), Instant.now().plusSeconds(60),
                Map.of("sub", "011085000123", "citizen_id", "011085000123"));
        CitizenUser user = new CitizenUser(CITIZEN, token, null, "citizen_id");

        CitizenUser read = (CitizenUser) readBack(user);

        assertThat(read.citizen()).isEqualTo(CITIZEN);
        assertThat(read.getAuthorities()).extracting(Object::toString).containsExactly(CitizenUser.CITIZEN);
        assertThat(read.toString()).doesNotContain("011085000123").doesNotContain("Thử");
    }

    @Test
    void aCitizenWithoutBirthDateSurvivesSerialisationToo() throws Exception {
        Citizen citizen = new Citizen(Pin.of("011190123456"), PersonName.of(null, null, "Pọm"), null, EidLevel.LEVEL_1);

        assertThat(readBack(citizen)).isEqualTo(citizen);
    }

    private static Object readBack(Object value) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return in.readObject();
        }
    }
}
