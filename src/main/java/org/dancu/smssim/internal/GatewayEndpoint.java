package org.dancu.smssim.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * The gateway's one operation, as a real SMS gateway offers it: {@code POST} a JSON {@code {"to", "text"}}
 * with a bearer key and an {@code Idempotency-Key}. 202 for a new key, 200 for a repeated one (not sent
 * again), 401 without the key, 400 for a request it cannot send.
 */
@RestController
@ConditionalOnProperty(name = "dancu.sms-sim.enabled", havingValue = "true")
class GatewayEndpoint {

    static final String PATH = "/sim/sms/api/messages";

    private final ReceivedMessages received;
    private final byte[] expectedAuthorization;

    GatewayEndpoint(ReceivedMessages received, SmsSimProperties properties) {
        this.received = received;
        this.expectedAuthorization = ("Bearer " + properties.apiKey()).getBytes(StandardCharsets.UTF_8);
    }

    @PostMapping(PATH)
    ResponseEntity<Map<String, String>> send(@RequestHeader(name = "Authorization", required = false) String authorization,
                                             @RequestHeader(name = "Idempotency-Key", required = false) String key,
                                             @RequestBody(required = false) Map<String, String> request) {
        if (authorization == null || !MessageDigest.isEqual(expectedAuthorization,
                authorization.getBytes(StandardCharsets.UTF_8))) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(Map.of("error", "unauthorized"));
        }
        if (key == null || key.isBlank() || request == null || blank(request.get("to")) || blank(request.get("text"))) {
            return ResponseEntity.badRequest().body(Map.of("error", "to, text and Idempotency-Key are required"));
        }
        boolean fresh = received.accept(key, request.get("to"), request.get("text"));
        return ResponseEntity.status(fresh ? HttpStatus.ACCEPTED : HttpStatus.OK)
                .body(Map.of("status", fresh ? "accepted" : "duplicate"));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
