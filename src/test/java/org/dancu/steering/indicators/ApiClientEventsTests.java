package org.dancu.steering.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.dancu.security.Role;
import org.dancu.security.Scope;
import org.dancu.security.StaffPrincipal;
import org.dancu.steering.ApiClientCreated;
import org.dancu.steering.ApiClientRevoked;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Creating and revoking an API client publish one event each, with the change stored. */
@SpringBootTest
@EnableScenarios
class ApiClientEventsTests {

    @Autowired ApiClientAdministration administration;
    @Autowired ApiClients clients;

    @BeforeEach
    void signIn() {
        StaffPrincipal admin = new StaffPrincipal(1, "api.admin", "api.admin", Role.ADMINISTRATOR,
                new Scope("11", null), false);
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                admin, null, List.of(new SimpleGrantedAuthority(Role.ADMINISTRATOR.authority()))));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void creatingAClientPublishesApiClientCreated(Scenario scenario) {
        scenario.stimulate(() -> administration.create("Hệ thống thống kê quốc gia", "11", "127.0.0.1"))
                .andWaitForEventOfType(ApiClientCreated.class)
                .matching(e -> e.by().equals("api.admin"))
                .toArriveAndVerify((event, issued) -> {
                    assertThat(event.clientId()).isEqualTo(issued.client().id());
                    assertThat(clients.findById(event.clientId())).isPresent();
                    assertThat(event.localityCode()).isEqualTo("11");
                    assertThat(event.by()).isEqualTo("api.admin");
                });
    }

    @Test
    void revokingAClientPublishesApiClientRevoked(Scenario scenario) {
        long id = administration.create("Cổng dữ liệu mở (thu hồi)", "11", "127.0.0.1").client().id();
        scenario.stimulate(() -> administration.revoke(id, "127.0.0.1"))
                .andWaitForEventOfType(ApiClientRevoked.class).matching(e -> e.clientId() == id)
                .toArriveAndVerify(e -> {
                    assertThat(e.by()).isEqualTo("api.admin");
                    assertThat(clients.findById(id).orElseThrow().active()).isFalse();
                });
    }
}
