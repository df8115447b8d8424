package org.dancu.nationalsim.internal;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import org.dancu.national.NationalDatabase;
import org.dancu.national.NationalField;
import org.dancu.national.NationalPerson;
import org.dancu.national.NationalProtocol;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The national protocol of docs/national.md over the JDK's HTTP server: verify, verify-batch,
 * persons/{pin}, births and changes, each request's signature checked first, with latency and failures
 * injected as configured.
 */
final class SimulatorEndpoints implements HttpHandler {

    private static final String PREFIX = "/national/v1/";

    private final SimulatorStore store;
    private final SignatureCheck signatures;
    private final FailureInjection failures;
    private final long latencyMillis;
    private final JsonMapper json;

    SimulatorEndpoints(SimulatorStore store, SignatureCheck signatures, FailureInjection failures, long latencyMillis,
                       JsonMapper json) {
        this.store = store;
        this.signatures = signatures;
        this.failures = failures;
        this.latencyMillis = latencyMillis;
        this.json = json;
    }

    /** A request the simulator answers with a 4xx status and a reason. */
    private static final class Refused extends RuntimeException {
        private final int status;

        Refused(int status, String reason) {
            super(reason);
            this.status = status;
        }
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            FailureInjection.Failure failure = failures.next();
            if (failure == FailureInjection.Failure.DROP) {
                return;
            }
            pause(latencyMillis + (failure == FailureInjection.Failure.SLOW ? FailureInjection.SLOW_MILLIS : 0));
            if (failure == FailureInjection.Failure.UNAVAILABLE) {
                send(exchange, 503, Map.of("title", "Service Unavailable", "detail", "injected failure"));
                return;
            }
            try {
                send(exchange, 200, answer(exchange, body));
            } catch (Refused refused) {
                send(exchange, refused.status, Map.of("title", "Refused", "detail", refused.getMessage()));
            } catch (JacksonException | IllegalArgumentException | NullPointerException e) {
                send(exchange, 400, Map.of("title", "Bad Request", "detail", "the request body is not as the protocol says"));
            }
        }
    }

    private Object answer(HttpExchange exchange, byte[] body) {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getRawPath();
        Map<String, String> headers = new HashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), values.get(0)));
        signatures.refusal(method, path, headers, body).ifPresent(reason -> {
            throw new Refused(401, reason);
        });
        String call = path.startsWith(PREFIX) ? path.substring(PREFIX.length()) : "";
        if (method.equals("POST") && call.equals("verify")) {
            JsonNode claim = json.readTree(body);
            return Map.of("results", verify(List.of(claim)).get(0).get("results"));
        }
        if (method.equals("POST") && call.equals("verify-batch")) {
            List<JsonNode> claims = new ArrayList<>(json.readTree(body).get("persons").values());
            if (claims.isEmpty() || claims.size() > NationalDatabase.MAX_BATCH) {
                throw new Refused(400, "a batch holds 1 to " + NationalDatabase.MAX_BATCH + " persons");
            }
            return Map.of("results", verify(claims));
        }
        if (method.equals("GET") && call.matches("persons/[0-9]{12}")) {
            String pin = call.substring("persons/".length());
            NationalPerson person = Optional.ofNullable(store.find(List.of(pin)).get(pin))
                    .orElseThrow(() -> new Refused(404, "unknown personal ID"));
            return Map.of("pin", pin, "fields", NationalProtocol.names(person.fields()));
        }
        if (method.equals("POST") && call.equals("births")) {
            return Map.of("pin", store.assign(requireKey(headers), newborn(json.readTree(body).get("fields")),
                    ThreadLocalRandom.current()));
        }
        if (method.equals("GET") && call.equals("changes")) {
            Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
            long since = Long.parseLong(query.getOrDefault("since", "0"));
            int limit = Integer.parseInt(query.getOrDefault("limit", "100"));
            if (since < 0 || limit < 1 || limit > NationalDatabase.MAX_BATCH) {
                throw new Refused(400, "since must be 0 or more and limit 1 to " + NationalDatabase.MAX_BATCH);
            }
            List<Map<String, Object>> changes = new ArrayList<>();
            long next = since;
            for (var change : store.changes(since, limit)) {
                changes.add(Map.of("sequence", change.sequence(), "pin", change.pin(), "kind", change.kind(),
                        "effectiveDate", change.effectiveDate(), "values", NationalProtocol.names(change.values())));
                next = change.sequence();
            }
            return Map.of("changes", changes, "nextCursor", next);
        }
        throw new Refused(404, "no such call");
    }

    private static String requireKey(Map<String, String> headers) {
        String key = headers.get("idempotency-key");
        if (key == null || key.isBlank() || key.length() > 200) {
            throw new Refused(400, "a birth needs an Idempotency-Key of 1 to 200 characters");
        }
        return key;
    }

    /** A newborn's values: full name, an ISO birth day, sex M or F and a commune are required. */
    private static Map<NationalField, String> newborn(JsonNode fields) {
        Map<NationalField, String> values = NationalProtocol.texts(fields);
        String sex = values.get(NationalField.SEX);
        if (values.get(NationalField.FULL_NAME) == null || values.get(NationalField.COMMUNE_CODE) == null
                || !("M".equals(sex) || "F".equals(sex))) {
            throw new Refused(400, "a birth needs FULL_NAME, BIRTH_DATE, SEX (M or F) and COMMUNE_CODE");
        }
        try {
            LocalDate.parse(values.get(NationalField.BIRTH_DATE));
        } catch (DateTimeParseException | NullPointerException e) {
            throw new Refused(400, "a birth's BIRTH_DATE is a day, yyyy-MM-dd");
        }
        return values;
    }

    private List<Map<String, Object>> verify(List<JsonNode> claims) {
        List<String> pins = claims.stream().map(c -> c.get("pin").asString()).toList();
        Map<String, NationalPerson> held = store.find(pins);
        List<Map<String, Object>> results = new ArrayList<>(claims.size());
        for (JsonNode claim : claims) {
            Map<NationalField, String> claimed = NationalProtocol.texts(claim.get("fields"));
            NationalPerson person = held.get(claim.get("pin").asString());
            Map<NationalField, Boolean> agreement = Agreement.of(person == null ? Map.of() : person.fields(), claimed);
            results.add(Map.of("pin", claim.get("pin").asString(), "results", NationalProtocol.names(agreement)));
        }
        return results;
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> values = new HashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int equals = pair.indexOf('=');
                if (equals > 0) {
                    values.put(pair.substring(0, equals), pair.substring(equals + 1));
                }
            }
        }
        return values;
    }

    private void send(HttpExchange exchange, int status, Object answer) throws IOException {
        byte[] bytes = json.writeValueAsBytes(answer);
        exchange.getResponseHeaders().set("Content-Type",
                status == 200 ? "application/json" : "application/problem+json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    private static void pause(long millis) {
        if (millis > 0) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
