package org.dancu.probes;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Anonymous clients that never sign in (a crawler, a flood of ~4,000-character random addresses) hold no
 * memory on the server: no session is created for them, where each used to get one holding the address it was
 * going to, for 30 minutes. The address to return to after login travels in the visitor's own cookie, and only
 * when it is short enough to be worth keeping.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SessionFloodProbeTests {

    @LocalServerPort
    int port;

    @Value("${server.servlet.session.cookie.name:JSESSIONID}")
    String sessionCookie;

    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void anonymousRequestsForPagesAndRandomAddressesCreateNoSession() throws Exception {
        for (int i = 0; i < 20; i++) {
            HttpResponse<Void> random = get("/" + UUID.randomUUID() + "x".repeat(4_000));
            assertThat(random.statusCode()).isEqualTo(302);
            assertThat(cookies(random)).noneMatch(cookie -> cookie.startsWith(sessionCookie + "="))
                    .as("a 4,000-character address is not kept to return to")
                    .noneMatch(cookie -> cookie.startsWith("REDIRECT_URI="));
        }
        HttpResponse<Void> page = get("/register?name=Lo");
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(cookies(page)).noneMatch(cookie -> cookie.startsWith(sessionCookie + "="))
                .as("the page to return to after login is the visitor's own cookie")
                .anyMatch(cookie -> cookie.startsWith("REDIRECT_URI=") && cookie.contains("HttpOnly"));
    }

    private HttpResponse<Void> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.discarding());
    }

    private static List<String> cookies(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie");
    }
}
