package org.dancu.banksim.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import org.dancu.banksim.SimulatedAccounts;
import tools.jackson.databind.json.JsonMapper;

/**
 * The banks' protocol over the JDK's HTTP server, each request's signature checked first:
 * {@code GET /bank/v1/{bin}/accounts/{number}} (the name check), {@code PUT /bank/v1/{bin}/payments/{messageId}}
 * (a pain.001 file) and {@code GET /bank/v1/{bin}/messages?after=N&limit=M} (what the bank sent back).
 */
final class BankEndpoints implements HttpHandler {

    static final int MAX_MESSAGES = 100;
    private static final Pattern CALL = Pattern.compile(
            "/bank/v1/([0-9]{6})/(accounts/([0-9]{1,19})|payments/([A-Za-z0-9._-]{1,35})|messages)");
    private static final Pattern AFTER = Pattern.compile("after=([0-9]{1,18})");
    private static final Pattern LIMIT = Pattern.compile("limit=([0-9]{1,4})");

    private final Accounts accounts;
    private final PaymentRun payments;
    private final Ledger ledger;
    private final SignatureCheck signatures;
    private final JsonMapper json;

    BankEndpoints(Accounts accounts, PaymentRun payments, Ledger ledger, SignatureCheck signatures, JsonMapper json) {
        this.accounts = accounts;
        this.payments = payments;
        this.ledger = ledger;
        this.signatures = signatures;
        this.json = json;
    }

    /** A request answered with a 4xx status and a reason. */
    static final class Refused extends RuntimeException {
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
            try {
                send(exchange, 200, answer(exchange, body));
            } catch (Refused refused) {
                send(exchange, refused.status, Map.of("title", "Refused", "detail", refused.getMessage()));
            } catch (RuntimeException e) {
                send(exchange, 500, Map.of("title", "Internal Server Error", "detail", "the bank could not answer"));
            }
        }
    }

    private Object answer(HttpExchange exchange, byte[] body) {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getRawPath();
        String query = exchange.getRequestURI().getRawQuery();
        Map<String, String> headers = new HashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), String.join(", ", values)));
        signatures.refusal(component -> switch (component) {
            case "@method" -> method;
            case "@path" -> path;
            case "@query" -> "?" + (query == null ? "" : query);
            default -> headers.get(component);
        }, body).ifPresent(reason -> {
            throw new Refused(401, reason);
        });
        Matcher call = CALL.matcher(path);
        if (!call.matches()) {
            throw new Refused(404, "no such call");
        }
        String bankBin = call.group(1);
        if (!SimulatedAccounts.BANK_BINS.contains(bankBin)) {
            throw new Refused(404, "no such bank");
        }
        if (method.equals("GET") && call.group(3) != null) {
            return nameCheck(bankBin, call.group(3));
        }
        if (method.equals("PUT") && call.group(4) != null) {
            payments.receive(bankBin, call.group(4), body);
            return Map.of("messageId", call.group(4), "received", true);
        }
        if (method.equals("GET") && call.group(2).equals("messages")) {
            return messages(bankBin, query == null ? "" : query);
        }
        throw new Refused(405, "no such call");
    }

    private Map<String, Object> nameCheck(String bankBin, String number) {
        Map<String, Object> answer = new LinkedHashMap<>();
        accounts.find(bankBin, number).ifPresentOrElse(account -> {
            answer.put("status", account.state().name());
            if (account.state() == Account.State.ACTIVE) {
                answer.put("holderName", account.holderName());
            }
        }, () -> answer.put("status", "UNKNOWN"));
        return answer;
    }

    private Map<String, Object> messages(String bankBin, String query) {
        Matcher after = AFTER.matcher(query);
        Matcher limit = LIMIT.matcher(query);
        long from = after.find() ? Long.parseLong(after.group(1)) : 0;
        int count = limit.find() ? Integer.parseInt(limit.group(1)) : MAX_MESSAGES;
        if (count < 1 || count > MAX_MESSAGES) {
            throw new Refused(400, "limit is 1 to " + MAX_MESSAGES);
        }
        List<Map<String, Object>> messages = new ArrayList<>();
        for (Ledger.Sent sent : ledger.sentAfter(bankBin, from, count)) {
            messages.add(Map.of("sequence", sent.sequence(), "type", sent.type(),
                    "content", Base64.getEncoder().encodeToString(sent.content())));
        }
        return Map.of("messages", messages);
    }

    private void send(HttpExchange exchange, int status, Object answer) throws IOException {
        byte[] bytes = json.writeValueAsBytes(answer);
        exchange.getResponseHeaders().set("Content-Type",
                status == 200 ? "application/json" : "application/problem+json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }
}
