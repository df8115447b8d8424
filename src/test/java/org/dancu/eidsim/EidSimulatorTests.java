package org.dancu.eidsim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.nimbusds.jose.util.JSONObjectUtils;

import org.dancu.civil.PartialDate;
import org.dancu.civil.PersonName;
import org.dancu.civil.Pin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The simulated e-ID provider alone, over plain HTTP as a relying party and a person's browser use it:
 * discovery, JWKS, the authorization code flow with PKCE to a signed ID token with the person's claims,
 * and its refusals (an unknown or malformed ID, a wrong password, a wrong or expired code, a code used
 * twice, a token request without the PKCE verifier).
 */
class EidSimulatorTests {

    private static final String CLIENT = "test-portal";
    private static final String SECRET = "test-portal-secret";
    private static final String PASSWORD = "demo-password";
    private static final String REDIRECT = "http://127.0.0.1:9/citizen/login/oauth2/code/vneid";
    /** A synthetic person (the ID has the shape of one born in Điện Biên in 1985). */
    private static final Identity PERSON = new Identity(Pin.of("011085000123"), PersonName.of("Lò", "Văn", "Thử"),
            PartialDate.of(1985, 10, 9), "0912345678");

    private EidSimulator simulator;
    private final EidSimBrowser browser = new EidSimBrowser();

    @BeforeEach
    void start() {
        simulator = start(EidSimSettings.CODE_LIFETIME);
    }

    @AfterEach
    void stop() {
        simulator.close();
    }

    private static EidSimulator start(Duration codeLifetime) {
        return EidSimulator.start(new EidSimSettings(0, CLIENT, SECRET, () -> List.of(REDIRECT), PASSWORD, codeLifetime),
                pin -> pin.equals(PERSON.pin()) ? Optional.of(PERSON) : Optional.empty());
    }

    @Test
    void discoveryNamesTheEndpointsPkceAndRs256() throws Exception {
        Map<String, Object> discovery = json(get(simulator.issuer() + "/.well-known/openid-configuration"));

        assertThat(discovery.get("issuer")).isEqualTo(simulator.issuer());
        assertThat((String) discovery.get("authorization_endpoint")).startsWith(simulator.issuer());
        assertThat((String) discovery.get("token_endpoint")).startsWith(simulator.issuer());
        assertThat(JSONObjectUtils.getStringList(discovery, "code_challenge_methods_supported")).contains("S256");
        assertThat(JSONObjectUtils.getStringList(discovery, "id_token_signing_alg_values_supported")).contains("RS256");

        Map<String, Object> jwks = json(get((String) discovery.get("jwks_uri")));
        List<Object> keys = JSONObjectUtils.getJSONArray(jwks, "keys");
        assertThat(keys).hasSize(1);
        @SuppressWarnings("unchecked")
        Map<String, Object> key = (Map<String, Object>) keys.get(0);
        assertThat(key).containsEntry("kty", "RSA").containsKeys("n", "e", "kid").doesNotContainKeys("d", "p", "q");
    }

    @Test
    void aPersonSignsInAndTheRelyingPartyGetsASignedIdTokenWithTheirClaims() throws Exception {
        Login login = new Login();
        URI back = browser.signIn(login.authorization(), PERSON.pin(), PASSWORD, 1);

        Map<String, String> returned = UriComponentsBuilder.fromUri(back).build().getQueryParams().toSingleValueMap();
        assertThat(back.toString()).startsWith(REDIRECT);
        assertThat(returned.get("state")).isEqualTo(login.state);
        HttpResponse<String> tokens = login.redeem(returned.get("code"), login.verifier);
        assertThat(tokens.statusCode()).isEqualTo(200);

        Jwt idToken = decoder().decode((String) json(tokens.body()).get("id_token"));
        assertThat(idToken.getIssuer().toString()).isEqualTo(simulator.issuer());
        assertThat(idToken.getAudience()).containsExactly(CLIENT);
        assertThat(idToken.getClaimAsString("nonce")).isEqualTo(login.nonce);
        assertThat(idToken.getClaimAsString("citizen_id")).isEqualTo("011085000123");
        assertThat(idToken.getClaimAsString("name")).isEqualTo("Lò Văn Thử");
        assertThat(idToken.getClaimAsString("birthdate")).isEqualTo("1985-10-09");
        assertThat(idToken.getClaimAsString("identification_level")).isEqualTo("1");
    }

    @Test
    void aCodeIsRedeemedOnceAndOnlyWithItsPkceVerifier() throws Exception {
        Login login = new Login();
        String code = code(browser.signIn(login.authorization(), PERSON.pin(), PASSWORD, 2));

        HttpResponse<String> withoutVerifier = login.redeem(code, null);
        assertThat(withoutVerifier.statusCode()).isEqualTo(400);
        assertThat(json(withoutVerifier.body())).containsEntry("error", "invalid_grant");

        // the browser is signed in at the provider now: a new login gets a code without asking again
        Login again = new Login();
        URI back = browser.get(again.authorization()).next();
        assertThat(back.toString()).startsWith(REDIRECT);
        String second = code(back);
        assertThat(again.redeem(second, again.verifier).statusCode()).isEqualTo(200);
        HttpResponse<String> replayed = again.redeem(second, again.verifier);
        assertThat(replayed.statusCode()).isEqualTo(400);
        assertThat(json(replayed.body())).containsEntry("error", "invalid_grant");
    }

    @Test
    void unknownMalformedIdsAndAWrongPasswordAreRefusedInWords() {
        EidSimBrowser.Page signIn = browser.get(browser.get(new Login().authorization()).next());

        EidSimBrowser.Page unknown = browser.submitPassword(signIn, Pin.of("011085000124"), PASSWORD, 2);
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.error()).isEqualTo("Không có tài khoản định danh điện tử nào với số định danh này.");

        EidSimBrowser.Page wrongPassword = browser.submitPassword(unknown, PERSON.pin(), "guess", 2);
        assertThat(wrongPassword.status()).isEqualTo(400);
        assertThat(wrongPassword.error()).isEqualTo("Mật khẩu không đúng.");

        EidSimBrowser.Page malformed = browser.post(signIn.uri(), Map.of("pin", "01108500012", "password", PASSWORD,
                "level", "2", "_csrf", wrongPassword.csrf()));
        assertThat(malformed.error()).isEqualTo("Số định danh cá nhân phải gồm đúng 12 chữ số hợp lệ.");
    }

    @Test
    void theCodeGoesToTheMaskedPhoneAndAWrongOneIsRefusedThenStartsOver() {
        EidSimBrowser.Page signIn = browser.get(browser.get(new Login().authorization()).next());
        EidSimBrowser.Page code = browser.get(browser.submitPassword(signIn, PERSON.pin(), PASSWORD, 2).next());
        assertThat(code.body()).contains("TIN NHẮN SMS GIẢ LẬP gửi đến số 091*****78").doesNotContain("0912345678");
        String right = code.simulatedCode();
        String wrong = right.equals("000000") ? "111111" : "000000";

        EidSimBrowser.Page once = browser.submitCode(code, wrong);
        assertThat(once.status()).isEqualTo(400);
        assertThat(once.error()).isEqualTo("Mã xác thực không đúng.");
        EidSimBrowser.Page twice = browser.submitCode(once, wrong);
        EidSimBrowser.Page thrice = browser.submitCode(twice, wrong);
        assertThat(thrice.error()).isEqualTo("Đã nhập sai mã xác thực quá nhiều lần. Hãy đăng nhập lại để nhận mã mới.");
        EidSimBrowser.Page late = browser.submitCode(thrice, right);
        assertThat(late.next().getPath()).as("the right code after the attempts ran out signs nobody in")
                .isEqualTo("/signin");
    }

    @Test
    void anExpiredCodeIsRefused() {
        try (EidSimulator hasty = start(Duration.ZERO)) {
            EidSimBrowser.Page signIn = browser.get(browser.get(new Login(hasty).authorization()).next());
            EidSimBrowser.Page code = browser.get(browser.submitPassword(signIn, PERSON.pin(), PASSWORD, 2).next());

            EidSimBrowser.Page refused = browser.submitCode(code, code.simulatedCode());

            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.error()).isEqualTo("Mã xác thực đã hết hạn. Hãy đăng nhập lại để nhận mã mới.");
        }
    }

    @Test
    void toldToMisbehaveItSignsWithAKeyItsJwksDoesNotPublish() throws Exception {
        simulator.misbehave(Misbehaviour.FOREIGN_KEY);
        Login login = new Login();
        HttpResponse<String> tokens = login.redeem(code(browser.signIn(login.authorization(), PERSON.pin(), PASSWORD, 2)),
                login.verifier);

        String idToken = (String) json(tokens.body()).get("id_token");
        assertThatThrownBy(() -> decoder().decode(idToken)).isInstanceOf(BadJwtException.class);
    }

    private NimbusJwtDecoder decoder() {
        return NimbusJwtDecoder.withJwkSetUri(simulator.issuer() + "/oauth2/jwks").build();
    }

    private static String code(URI back) {
        return UriComponentsBuilder.fromUri(back).build().getQueryParams().getFirst("code");
    }

    private String get(String address) {
        HttpResponse<String> response = browser.send(HttpRequest.newBuilder(URI.create(address)).build());
        assertThat(response.statusCode()).as(address).isEqualTo(200);
        return response.body();
    }

    private static Map<String, Object> json(String body) throws Exception {
        return JSONObjectUtils.parse(body);
    }

    /** One relying party's login: its state, nonce and PKCE verifier. */
    private final class Login {

        private final EidSimulator provider;
        final String state = random();
        final String nonce = random();
        final String verifier = random() + random();

        Login() {
            this(simulator);
        }

        Login(EidSimulator provider) {
            this.provider = provider;
        }

        URI authorization() {
            return UriComponentsBuilder.fromUriString(provider.issuer() + "/oauth2/authorize")
                    .queryParam("response_type", "code").queryParam("client_id", CLIENT)
                    .queryParam("scope", "openid profile").queryParam("redirect_uri", REDIRECT)
                    .queryParam("state", state).queryParam("nonce", nonce)
                    .queryParam("code_challenge", challenge(verifier)).queryParam("code_challenge_method", "S256")
                    .encode().build().toUri();
        }

        HttpResponse<String> redeem(String code, String codeVerifier) {
            String form = "grant_type=authorization_code&code=" + encode(code) + "&redirect_uri=" + encode(REDIRECT)
                    + (codeVerifier == null ? "" : "&code_verifier=" + encode(codeVerifier));
            return browser.send(HttpRequest.newBuilder(URI.create(provider.issuer() + "/oauth2/token"))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                            (CLIENT + ":" + SECRET).getBytes(StandardCharsets.UTF_8)))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        }
    }

    private static String random() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String challenge(String verifier) {
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(MessageDigest.getInstance("SHA-256")
                    .digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
