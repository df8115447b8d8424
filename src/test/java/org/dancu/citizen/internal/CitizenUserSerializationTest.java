package org.dancu.citizen.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
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

/**
 * The signed-in citizen lives in the session, which the database stores between requests and any
 * instance reads back: the citizen must come back whole, not only the token.
 */
class CitizenUserSerializationTest {

    @Test
    void theCitizenComesBackFromTheStoredSession() throws Exception {
        Citizen citizen = new Citizen(Pin.of("011190123456"), PersonName.of("Lò", "Văn", "Pọm"),
                PartialDate.ofYear(1990), EidLevel.LEVEL_2);
        OidcIdToken token = new OidcIdToken("token", Instant.now(), Instant.now().plusSeconds(300),
                Map.of("sub", "011190123456"));
        CitizenUser stored = new CitizenUser(citizen, token, null, "sub");

        CitizenUser read = (CitizenUser) readBack(stored);

        assertThat(read.citizen()).isEqualTo(citizen);
        assertThat(read.getAuthorities()).extracting(Object::toString)
                .containsExactlyInAnyOrder(CitizenUser.CITIZEN, CitizenUser.LEVEL_2);
    }

    @Test
    void aCitizenWithoutBirthDateComesBackToo() throws Exception {
        Citizen citizen = new Citizen(Pin.of("011190123456"), PersonName.of(null, null, "Pọm"), null,
                EidLevel.LEVEL_1);

        assertThat(readBack(citizen)).isEqualTo(citizen);
    }

    private static Object readBack(Object value) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return in.readObject();
        }
    }
}
