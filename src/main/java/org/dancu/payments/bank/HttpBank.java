package org.dancu.payments.bank;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.dancu.httpsig.RequestSigner;
import org.springframework.core.env.Environment;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The banks' protocol (docs/payments.md, "The bank simulator") over HTTP, every request signed with the
 * province's key (RFC 9421 over the method, path, query and body digest). A name check that fails or times
 * out answers {@code UNAVAILABLE}; a file is handed over again after a failure (the bank keeps it once by its
 * message id) up to a bounded number of attempts.
 */
final class HttpBank implements Bank {

    static final List<String> SIGNED_COMPONENTS = List.of("@method", "@path", "@query", "content-digest");
    private static final Pattern BANK_BIN = Pattern.compile("[0-9]{6}");
    private static final Pattern ACCOUNT_NUMBER = Pattern.compile("[0-9]{1,19}");
    private static final Pattern MESSAGE_ID = Pattern.compile("[A-Za-z0-9._-]{1,35}");

    private final HttpClient client;
    private final RequestSigner signer;
    private final JsonMapper json;
    private final BankProperties properties;
    private final Environment environment;

    HttpBank(HttpClient client, RequestSigner signer, JsonMapper json, BankProperties properties,
             Environment environment) {
        this.client = client;
        this.signer = signer;
        this.json = json;
        this.properties = properties;
        this.environment = environment;
    }

    private record Answer(int status, byte[] body) {
    }

    @Override
    public NameAnswer nameOf(String bankBin, String accountNumber) {
        requireBin(bankBin);
        if (accountNumber == null || !ACCOUNT_NUMBER.matcher(accountNumber).matches()) {
            return new NameAnswer(NameAnswer.Status.UNKNOWN, null);
        }
        try {
            Answer answer = attempt("GET", "/bank/v1/" + bankBin + "/accounts/" + accountNumber, "", new byte[0]);
            if (answer.status() != 200) {
                return new NameAnswer(NameAnswer.Status.UNAVAILABLE, null);
            }
            JsonNode found = json.readTree(answer.body());
            NameAnswer.Status status = NameAnswer.Status.valueOf(found.get("status").asString());
            return new NameAnswer(status, status == NameAnswer.Status.ACTIVE ? found.get("holderName").asString() : null);
        } catch (IOException | RuntimeException e) {
            return new NameAnswer(NameAnswer.Status.UNAVAILABLE, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new NameAnswer(NameAnswer.Status.UNAVAILABLE, null);
        }
    }

    @Override
    public void send(String bankBin, String messageId, byte[] pain001) {
        requireBin(bankBin);
        if (messageId == null || !MESSAGE_ID.matcher(messageId).matches()) {
            throw new IllegalArgumentException("a message id is 1 to 35 letters, digits, dots, hyphens or underscores");
        }
        Exception last = null;
        for (int attempt = 1; attempt <= properties.maxAttempts(); attempt++) {
            try {
                Answer answer = attempt("PUT", "/bank/v1/" + bankBin + "/payments/" + messageId, "", pain001);
                if (answer.status() == 200) {
                    return;
                }
                if (answer.status() < 500) {
                    throw new BankUnavailableException("bank " + bankBin + " refused file " + messageId + " with status "
                            + answer.status() + ": " + detail(answer), null);
                }
                last = new IOException("status " + answer.status());
            } catch (IOException e) {
                last = e;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new BankUnavailableException("interrupted while handing file " + messageId + " over", e);
            }
            pause(attempt);
        }
        throw new BankUnavailableException("bank " + bankBin + " could not be reached in " + properties.maxAttempts()
                + " attempts", last);
    }

    @Override
    public List<BankMessage> messagesAfter(String bankBin, long after, int limit) {
        requireBin(bankBin);
        if (after < 0 || limit < 1) {
            throw new IllegalArgumentException("after is 0 or more and limit 1 or more");
        }
        try {
            Answer answer = attempt("GET", "/bank/v1/" + bankBin + "/messages", "?after=" + after + "&limit=" + limit,
                    new byte[0]);
            if (answer.status() != 200) {
                throw new BankUnavailableException("bank " + bankBin + " answered status " + answer.status() + ": "
                        + detail(answer), null);
            }
            List<BankMessage> messages = new ArrayList<>();
            for (JsonNode message : json.readTree(answer.body()).get("messages").values()) {
                messages.add(new BankMessage(message.get("sequence").asLong(), message.get("type").asString(),
                        Base64.getDecoder().decode(message.get("content").asString())));
            }
            return messages;
        } catch (IOException e) {
            throw new BankUnavailableException("bank " + bankBin + " could not be reached", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BankUnavailableException("interrupted while reading bank " + bankBin + "'s messages", e);
        }
    }

    private static void requireBin(String bankBin) {
        if (bankBin == null || !BANK_BIN.matcher(bankBin).matches()) {
            throw new IllegalArgumentException("a bank identification number has 6 digits");
        }
    }

    private String detail(Answer answer) {
        try {
            JsonNode problem = json.readTree(answer.body());
            return problem.has("detail") ? problem.get("detail").asString() : "";
        } catch (RuntimeException e) {
            return "";
        }
    }

    private Answer attempt(String method, String path, String query, byte[] body) throws IOException, InterruptedException {
        URI base = base();
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path + query))
                .timeout(properties.requestTimeout())
                .method(method, body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        if (body.length > 0) {
            request.header("Content-Type", "application/xml");
        }
        signer.sign(Map.of("@method", method, "@path", URI.create(base + path).getRawPath(),
                "@query", query.isEmpty() ? "?" : query), body).forEach(request::header);
        HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        return new Answer(response.statusCode(), response.body());
    }

    /** Where the banks answer now; unavailable when none is configured or the simulator named does not listen yet. */
    private URI base() {
        try {
            String url = environment.resolveRequiredPlaceholders(properties.baseUrl()).replaceAll("/+$", "");
            if (url.isBlank()) {
                throw new BankUnavailableException("no bank is configured (dancu.payments.bank.base-url)", null);
            }
            return URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new BankUnavailableException("the banks' address is not known yet: " + e.getMessage(), e);
        }
    }

    private void pause(int attempt) {
        if (attempt < properties.maxAttempts()) {
            try {
                Thread.sleep(properties.backoff().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new BankUnavailableException("interrupted while waiting to hand a file over again", e);
            }
        }
    }
}
