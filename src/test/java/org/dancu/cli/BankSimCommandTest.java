package org.dancu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dancu.banksim.BankSimulator;
import org.dancu.banksim.SimulatedAccounts;
import org.dancu.civil.Pin;
import org.dancu.httpsig.RequestSigner;
import org.dancu.synth.SyntheticPopulation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dancu bank-sim --port P} serves the simulated banks alone on that port (a contract scripts outside the
 * project rely on), holding accounts for the demo's synthetic persons and answering only requests signed with the
 * province key it prints; {@code dancu --help} lists it; bad options are refused before anything is created.
 */
class BankSimCommandTest {

    private static final Pattern PRIVATE_KEY = Pattern.compile("DANCU_PAYMENTS_BANK_PRIVATE_KEY=(\\S+)");

    @TempDir Path temp;

    private final CommandConsole console = new CommandConsole();

    @Test
    void itAnswersSignedNameChecksOnThePortAsked() throws Exception {
        int port = freePort();
        Path directory = temp.resolve("bank-sim");
        List<String> lines = new ArrayList<>();
        try (BankSimulator simulator = new BankSimCommand().start(List.of("--port", String.valueOf(port), "--people", "200",
                "--data-dir", directory.toString(), "--secrets-dir", temp.resolve("secrets").toString(),
                "--closed-accounts", "0", "--blocked-accounts", "0"), lines::add)) {
            String privateKey = lines.stream().map(PRIVATE_KEY::matcher).filter(Matcher::find).findFirst()
                    .orElseThrow().group(1);
            String pin = Files.readAllLines(directory.resolve("synth-200-1").resolve(SyntheticPopulation.PERSONS)).get(1)
                    .split(",")[1];
            String path = "/bank/v1/970436/accounts/" + SimulatedAccounts.numberOf(Pin.of(pin));
            RequestSigner signer = new RequestSigner("province-11", RequestSigner.privateKey(privateKey),
                    List.of("@method", "@path", "@query", "content-digest"), null);
            HttpRequest.Builder signed = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
            signer.sign(Map.of("@method", "GET", "@path", path, "@query", "?"), new byte[0]).forEach(signed::header);

            HttpResponse<String> answer = HttpClient.newHttpClient().send(signed.build(), HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> unsigned = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(simulator.port()).isEqualTo(port);
            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.body()).contains("\"status\":\"ACTIVE\"", "\"holderName\":\"");
            assertThat(unsigned.statusCode()).isEqualTo(401);
            assertThat(lines).anyMatch(line -> line.contains("DANCU_PAYMENTS_BANK_BASE_URL=http://127.0.0.1:" + port));
        }
    }

    @Test
    void theHelpListsIt() {
        assertThat(console.dancu("--help")).isZero();
        assertThat(console.printed()).containsPattern("\\n  bank-sim +run the simulated paying banks");
    }

    @Test
    void badOptionsAreRefusedBeforeAnythingIsCreated() {
        Path directory = temp.resolve("bank-sim");
        assertThat(console.dancu("bank-sim", "--data-dir", directory.toString(), "--port", "http")).isEqualTo(2);
        assertThat(console.dancu("bank-sim", "--data-dir", directory.toString(), "--wrong-account", "5")).isEqualTo(2);
        assertThat(console.dancu("bank-sim", "--data-dir", directory.toString(), "--public-key", "abc")).isEqualTo(2);
        assertThat(console.dancu("bank-sim", "--colour", "red")).isEqualTo(2);
        assertThat(directory).doesNotExist();
        assertThat(console.errors()).contains("--port must be a whole number", "--wrong-account must be a fraction",
                "not an Ed25519 key", "unknown option --colour");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
