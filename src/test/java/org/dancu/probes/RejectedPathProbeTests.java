package org.dancu.probes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Addresses the firewall refuses (a {@code ..} segment, an encoded one, an encoded slash) on the partner API: the
 * client gets a problem document in its language, as for every other refusal, not a bare 400. Sent over a raw
 * socket, since HTTP clients tidy such paths before they leave.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RejectedPathProbeTests {

    @LocalServerPort
    int port;

    @ParameterizedTest
    @ValueSource(strings = {"/api/exchange/v1/%2e%2e/verify", "/api/exchange/v1/a%2f..%2fverify",
            "/api/exchange/v1/x/..;/verify"})
    void aRejectedApiAddressGetsAProblemDocument(String path) throws IOException {
        String response = send("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAccept-Language: en\r\n"
                + "Connection: close\r\n\r\n");
        assertThat(response).startsWith("HTTP/1.1 400");
        assertThat(response).containsIgnoringCase("Content-Type: application/problem+json");
        assertThat(response).contains("\"title\":\"Request refused\"");
    }

    private String send(String request) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
