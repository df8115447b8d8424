package org.dancu.eidsim;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.dancu.civil.Pin;

/**
 * A person's browser at the simulated e-ID provider, over real HTTP with its own cookies: it follows an
 * authorization request to the sign-in page, types the ID and password, reads the one-time code from the
 * box marked as a simulated SMS, types it, and returns where the provider sends the browser back. Each
 * step is public so that tests can go wrong on purpose.
 */
public final class EidSimBrowser {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    private static final Pattern CODE = Pattern.compile("id=\"simulated-code\">(\\d{6})<");
    private static final Pattern ERROR = Pattern.compile("id=\"(?:signin|code)-error\">([^<]+)<");

    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    /** One page: its status, its address, where it redirects to, its body. */
    public record Page(int status, URI uri, String location, String body) {

        public String csrf() {
            return find(CSRF, "a CSRF token");
        }

        public String simulatedCode() {
            return find(CODE, "the simulated SMS's code");
        }

        /** The refusal the page shows, or empty. */
        public String error() {
            Matcher error = ERROR.matcher(body);
            return error.find() ? error.group(1).strip() : "";
        }

        public URI next() {
            if (location == null) {
                throw new AssertionError("no redirect from " + uri + " (" + status + "): " + error());
            }
            return uri.resolve(location);
        }

        private String find(Pattern pattern, String what) {
            Matcher found = pattern.matcher(body);
            if (!found.find()) {
                throw new AssertionError("no " + what + " on " + uri + " (" + status + "): " + error());
            }
            return found.group(1);
        }
    }

    /**
     * The whole sign-in, from the provider's authorization address to the address it sends the browser back
     * to (the relying party's redirect address with {@code code} and {@code state}).
     */
    public URI signIn(URI authorization, Pin pin, String password, int level) {
        Page signInPage = get(get(authorization).next());
        Page codePage = get(submitPassword(signInPage, pin, password, level).next());
        Page authorizationAgain = get(submitCode(codePage, codePage.simulatedCode()).next());
        return authorizationAgain.next();
    }

    public Page submitPassword(Page signInPage, Pin pin, String password, int level) {
        return post(signInPage.uri().resolve("/signin"), Map.of("pin", pin.value(), "password", password,
                "level", String.valueOf(level), "_csrf", signInPage.csrf()));
    }

    public Page submitCode(Page codePage, String code) {
        return post(codePage.uri().resolve("/signin/code"), Map.of("code", code, "_csrf", codePage.csrf()));
    }

    public Page get(URI uri) {
        return page(HttpRequest.newBuilder(uri).header("Accept", "text/html").GET().build());
    }

    public Page post(URI uri, Map<String, String> form) {
        String body = new LinkedHashMap<>(form).entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        return page(HttpRequest.newBuilder(uri).header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** A machine's request (the token endpoint, JWKS, discovery), with this browser's cookies. */
    public HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Page page(HttpRequest request) {
        HttpResponse<String> response = send(request);
        return new Page(response.statusCode(), request.uri(), response.headers().firstValue("Location").orElse(null),
                response.body());
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
