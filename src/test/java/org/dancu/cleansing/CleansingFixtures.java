package org.dancu.cleansing;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.dancu.civil.PersonName;
import org.dancu.civil.VietnameseText;
import org.dancu.security.Role;
import org.dancu.security.Scope;
import org.dancu.security.StaffPrincipal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Register persons of the cleansing tests' own, added beside whatever the register holds: PINs of
 * Cà Mau (096), which the synthetic Điện Biên never issues, born in 1960–1979, which no other test uses.
 */
public final class CleansingFixtures {

    public static final String MUONG_THANH = "03334";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final String[] GIVEN = {"Khải", "Luận", "Mẫn", "Nghị", "Phác", "Quyết", "Sảng", "Thạc", "Uyển",
            "Vịnh", "Xuyến", "Yểng"};

    public record TestPerson(long id, String pin, String fullName, String birthDate, String sex) {
    }

    private CleansingFixtures() {
    }

    /** A living resident of Mường Thanh with a unique name and PIN. */
    public static TestPerson person(JdbcClient jdbc, String sex) {
        int n = SEQUENCE.incrementAndGet() + (int) (System.nanoTime() % 100_000) * 100;
        int year = 1960 + Math.floorMod(n, 20);
        String pin = String.format("096%d%02d%06d", "F".equals(sex) ? 1 : 0, year % 100, Math.floorMod(n * 7919, 1_000_000));
        String family = "Thử";
        String middle = GIVEN[Math.floorMod(n / 12, GIVEN.length)];
        String given = GIVEN[Math.floorMod(n, GIVEN.length)] + " " + GIVEN[Math.floorMod(n / 144, GIVEN.length)];
        String fullName = PersonName.of(family, middle, given).fullName();
        String birth = year + "-03-1" + Math.floorMod(n, 10);
        long id = jdbc.sql("""
                        INSERT INTO register.person (pin, family_name, middle_name, given_name, full_name, name_key,
                            birth_date, birth_year, sex, commune_code, current_commune_code, address)
                        VALUES (:pin, :family, :middle, :given, :full, :key, :birth, :year, :sex, :commune, :commune,
                            'Tổ 1') RETURNING person_id""")
                .param("pin", pin).param("family", family).param("middle", middle).param("given", given)
                .param("full", fullName).param("key", VietnameseText.asciiKey(fullName)).param("birth", birth)
                .param("year", year).param("sex", sex).param("commune", MUONG_THANH)
                .query(Long.class).single();
        return new TestPerson(id, pin, fullName, birth, sex);
    }

    /** Puts a staff member behind the current thread, as a signed-in request would. */
    public static void signIn(String username, Role role, Scope scope) {
        StaffPrincipal principal = new StaffPrincipal(1, username, username, role, scope, false);
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                principal, null, List.of(new SimpleGrantedAuthority(role.authority()))));
    }

    public static void signOut() {
        SecurityContextHolder.clearContext();
    }
}
