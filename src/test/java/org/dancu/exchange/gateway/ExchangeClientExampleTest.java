package org.dancu.exchange.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.util.Map;

import javax.tools.ToolProvider;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

/** The client example in docs/exchange, compiled as a partner would compile it, is accepted by the server. */
class ExchangeClientExampleTest extends ExchangeApiTestBase {

    @Test
    void theDocumentedClientSignsRequestsTheServerAccepts() throws Exception {
        Path classes = Files.createTempDirectory("exchange-client");
        int compiled = ToolProvider.getSystemJavaCompiler().run(null, null, null, "--release", "17", "-d",
                classes.toString(), Path.of("docs/exchange/ExchangeClientExample.java").toString());
        assertThat(compiled).isZero();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()})) {
            Method sign = loader.loadClass("ExchangeClientExample").getMethod("sign", String.class, String.class,
                    byte[].class, String.class, PrivateKey.class);
            String json = verifyBody(pin, "{\"fullName\":\"" + person(pin).get("full_name") + "\"}");
            @SuppressWarnings("unchecked")
            Map<String, String> headers = (Map<String, String>) sign.invoke(null, "POST", VERIFY, utf8(json),
                    partner.keyId, partner.privateKey());
            send(HttpMethod.POST, VERIFY, utf8(json), headers).andExpect(status().isOk())
                    .andExpect(jsonPath("$.results.fullName").value("MATCH"));
        }
    }
}
