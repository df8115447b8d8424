package org.dancu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.dancu.eidsim.EidSimulator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dancu eid-sim --port P} serves the simulated e-ID provider alone, its discovery document at
 * {@code http://127.0.0.1:P/.well-known/openid-configuration} (a contract scripts outside the project rely on);
 * bad options are refused before anything is created.
 */
class EidSimCommandTest {

    @TempDir Path temp;

    private final CommandConsole console = new CommandConsole();

    @Test
    void itServesDiscoveryOnThePortAsked() throws Exception {
        int port = freePort();
        List<String> lines = new ArrayList<>();
        try (EidSimulator simulator = new EidSimCommand().start(List.of("--port", String.valueOf(port), "--people", "200",
                "--data-dir", temp.resolve("eid-sim").toString(), "--secrets-dir", temp.resolve("secrets").toString()),
                lines::add)) {
            HttpResponse<String> discovery = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/.well-known/openid-configuration")).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(simulator.port()).isEqualTo(port);
            assertThat(discovery.statusCode()).isEqualTo(200);
            assertThat(discovery.body()).contains("\"issuer\":\"http://127.0.0.1:" + port + "\"");
            assertThat(lines).anyMatch(line -> line.contains("DANCU_CITIZEN_EID_ISSUER=http://127.0.0.1:" + port));
            assertThat(lines).anyMatch(line -> line.matches("\\d+ persons can sign in.*") && !line.startsWith("0 "));
        }
    }

    @Test
    void theHelpListsIt() {
        assertThat(console.dancu("--help")).isZero();
        assertThat(console.printed()).containsPattern("\\n  eid-sim +run the simulated national e-ID provider");
    }

    @Test
    void badOptionsAreRefusedBeforeAnythingIsCreated() {
        Path directory = temp.resolve("eid-sim");
        assertThat(console.dancu("eid-sim", "--data-dir", directory.toString(), "--port", "http")).isEqualTo(2);
        assertThat(console.dancu("eid-sim", "--data-dir", directory.toString(), "--people", "many")).isEqualTo(2);
        assertThat(console.dancu("eid-sim", "--colour", "red")).isEqualTo(2);
        assertThat(directory).doesNotExist();
        assertThat(console.errors()).contains("--port must be a whole number", "--people must be a whole number",
                "unknown option --colour");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
