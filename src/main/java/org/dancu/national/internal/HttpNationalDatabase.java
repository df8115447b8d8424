package org.dancu.national.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.dancu.civil.Pin;
import org.dancu.httpsig.RequestSigner;
import org.dancu.national.ChangePage;
import org.dancu.national.NationalChange;
import org.dancu.national.NationalDatabase;
import org.dancu.national.NationalField;
import org.dancu.national.NationalProtocol;
import org.dancu.national.NationalPerson;
import org.dancu.national.NationalUnavailableException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The national database over HTTP + JSON (protocol in docs/national.md). Each attempt has its own
 * timeout; timeouts, dropped connections, 429 and 5xx are retried with exponential back-off and
 * jitter up to a bounded number of attempts, every attempt of one call carrying the same
 * idempotency key; a circuit breaker stops calling a service that keeps failing.
 */
final class HttpNationalDatabase implements NationalDatabase {

    private static final long MAX_BACKOFF_MILLIS = 5_000;

    private final URI base;
    private final HttpClient client;
    private final RequestSigner signer;
    private final JsonMapper json;
    private final NationalProperties properties;
    private final CircuitBreaker breaker;

    HttpNationalDatabase(HttpClient client, RequestSigner signer, JsonMapper json, NationalProperties properties,
                         CircuitBreaker breaker) {
        this.base = URI.create(properties.baseUrl().replaceAll("/+$", ""));
        this.client = client;
        this.signer = signer;
        this.json = json;
        this.properties = properties;
        this.breaker = breaker;
    }

    private record Answer(int status, byte[] body) {
    }

    @Override
    public Map<NationalField, Boolean> verify(String pin, Map<NationalField, String> values) {
        Answer answer = call("POST", "/national/v1/verify", "", json.writeValueAsBytes(claim(pin, values)));
        expect(answer, 200);
        return NationalProtocol.answers(json.readTree(answer.body()).get("results"));
    }

    @Override
    public Map<String, Map<NationalField, Boolean>> verifyBatch(Map<String, Map<NationalField, String>> persons) {
        if (persons.isEmpty() || persons.size() > MAX_BATCH) {
            throw new IllegalArgumentException("a batch holds 1 to " + MAX_BATCH + " persons, not " + persons.size());
        }
        List<Map<String, Object>> claims = new ArrayList<>(persons.size());
        persons.forEach((pin, values) -> claims.add(claim(pin, values)));
        Answer answer = call("POST", "/national/v1/verify-batch", "",
                json.writeValueAsBytes(Map.of("persons", claims)));
        expect(answer, 200);
        Map<String, Map<NationalField, Boolean>> results = new LinkedHashMap<>();
        for (JsonNode person : json.readTree(answer.body()).get("results").values()) {
            results.put(person.get("pin").asString(), NationalProtocol.answers(person.get("results")));
        }
        return results;
    }

    private static Map<String, Object> claim(String pin, Map<NationalField, String> values) {
        Map<String, Object> claim = new LinkedHashMap<>();
        claim.put("pin", pin);
        claim.put("fields", NationalProtocol.names(values));
        return claim;
    }

    @Override
    public Optional<NationalPerson> fetch(String pin) {
        if (!Pin.hasShape(pin)) {
            throw new IllegalArgumentException("a personal ID has 12 digits");
        }
        Answer answer = call("GET", "/national/v1/persons/" + pin, "", new byte[0]);
        if (answer.status() == 404) {
            return Optional.empty();
        }
        expect(answer, 200);
        JsonNode person = json.readTree(answer.body());
        return Optional.of(new NationalPerson(person.get("pin").asString(), NationalProtocol.texts(person.get("fields"))));
    }

    @Override
    public Pin assignPin(String requestKey, Map<NationalField, String> newborn) {
        Answer answer = call("POST", "/national/v1/births", "", json.writeValueAsBytes(
                Map.of("fields", NationalProtocol.names(newborn))), requestKey);
        if (answer.status() == 400) {
            throw new IllegalArgumentException("the national database refused the newborn's values");
        }
        expect(answer, 200);
        return Pin.of(json.readTree(answer.body()).get("pin").asString());
    }

    @Override
    public ChangePage changesSince(long cursor, int limit) {
        Answer answer = call("GET", "/national/v1/changes", "?since=" + cursor + "&limit=" + limit, new byte[0]);
        expect(answer, 200);
        JsonNode page = json.readTree(answer.body());
        List<NationalChange> changes = new ArrayList<>();
        for (JsonNode change : page.get("changes").values()) {
            changes.add(new NationalChange(change.get("sequence").asLong(), change.get("pin").asString(),
                    change.get("kind").asString(), change.get("effectiveDate").asString(),
                    NationalProtocol.texts(change.get("values"))));
        }
        return new ChangePage(changes, page.get("nextCursor").asLong());
    }

    private static void expect(Answer answer, int status) {
        if (answer.status() != status) {
            throw new IllegalStateException("the national database refused the request with status " + answer.status());
        }
    }

    private Answer call(String method, String path, String query, byte[] body) {
        return call(method, path, query, body, UUID.randomUUID().toString());
    }

    /** One logical call: attempts share an idempotency key, so a retried write is applied once. */
    private Answer call(String method, String path, String query, byte[] body, String idempotencyKey) {
        Exception last = null;
        for (int attempt = 1; attempt <= properties.maxAttempts(); attempt++) {
            if (!breaker.allow()) {
                throw new NationalUnavailableException("the national database circuit is open", last);
            }
            try {
                Answer answer = attempt(method, path, query, body, idempotencyKey);
                if (answer.status() < 500 && answer.status() != 429) {
                    breaker.onSuccess();
                    return answer;
                }
                last = new IOException("status " + answer.status());
            } catch (IOException e) {
                last = e;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new NationalUnavailableException("interrupted while calling the national database", e);
            }
            breaker.onFailure();
            if (attempt < properties.maxAttempts()) {
                pause(attempt);
            }
        }
        throw new NationalUnavailableException("the national database failed " + properties.maxAttempts()
                + " attempts", last);
    }

    private Answer attempt(String method, String path, String query, byte[] body, String idempotencyKey)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path + query))
                .timeout(properties.requestTimeout())
                .method(method, body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        if (body.length > 0) {
            request.header("Content-Type", "application/json");
        }
        request.header("Idempotency-Key", idempotencyKey);
        signer.sign(Map.of("@method", method, "@path", URI.create(base + path).getRawPath(),
                "idempotency-key", idempotencyKey), body).forEach(request::header);
        HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        return new Answer(response.statusCode(), response.body());
    }

    private void pause(int attempt) {
        long ceiling = Math.min(MAX_BACKOFF_MILLIS, properties.backoff().toMillis() << (attempt - 1));
        long millis = ceiling / 2 + ThreadLocalRandom.current().nextLong(ceiling / 2 + 1);
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NationalUnavailableException("interrupted while waiting to retry", e);
        }
    }
}
