package org.dancu.notify.internal;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.dancu.notify.Channel;
import org.dancu.notify.MessageId;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * SMS through an HTTP gateway: one {@code POST} per message with a JSON body {@code {"to", "text"}},
 * the gateway's bearer key, and the message id as {@code Idempotency-Key}, so a message sent again
 * after a crash (claimed, maybe accepted, not confirmed) is recognised by the gateway and not sent to
 * the phone twice. A batch goes out concurrently. 2xx is delivered; 408, 429 and 5xx or no answer may
 * pass and are retried; any other answer is a refusal.
 */
@Component
class SmsDelivery implements ChannelDelivery {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final NotifyProperties properties;
    private final Environment environment;
    private final JsonMapper json;

    SmsDelivery(NotifyProperties properties, Environment environment, JsonMapper json) {
        this.properties = properties;
        this.environment = environment;
        this.json = json;
    }

    @Override
    public Channel channel() {
        return Channel.SMS;
    }

    @Override
    public Map<MessageId, Outcome> deliver(List<Outgoing> batch) {
        Map<MessageId, Outcome> outcomes = new LinkedHashMap<>();
        URI gateway = gateway();
        if (gateway == null) {
            batch.forEach(message -> outcomes.put(message.id(), Outcome.failed("notify.failure.no-gateway")));
            return outcomes;
        }
        Map<MessageId, CompletableFuture<Outcome>> sending = new LinkedHashMap<>();
        for (Outgoing message : batch) {
            HttpRequest request = HttpRequest.newBuilder(gateway)
                    .timeout(properties.sms().timeout())
                    .header("Content-Type", "application/json")
                    .header("Authorization", "Bearer " + properties.sms().apiKey())
                    .header(IDEMPOTENCY_KEY, String.valueOf(message.id().value()))
                    .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(
                            Map.of("to", message.address(), "text", message.body()))))
                    .build();
            sending.put(message.id(), http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                    .handle((response, failure) -> failure != null
                            ? Outcome.failed("notify.failure.unreachable") : outcome(response.statusCode())));
        }
        sending.forEach((id, outcome) -> outcomes.put(id, outcome.join()));
        return outcomes;
    }

    static Outcome outcome(int status) {
        if (status >= 200 && status < 300) {
            return Outcome.DELIVERED;
        }
        if (status == 408 || status == 429 || status >= 500) {
            return Outcome.failed("notify.failure.gateway-busy");
        }
        return Outcome.refused("notify.failure.refused");
    }

    /** Read when sending, not at start-up: the demo's gateway lives on this server's port, known only once it listens. */
    private URI gateway() {
        String url = environment.getProperty("dancu.notify.sms.gateway-url", "");
        return url.isBlank() ? null : URI.create(url);
    }
}
