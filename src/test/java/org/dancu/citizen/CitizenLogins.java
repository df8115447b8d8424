package org.dancu.citizen;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.net.URI;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.dancu.civil.Pin;
import org.dancu.eidsim.EidSimBrowser;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * A citizen logged in through the real flow: the portal's button, the application's authorization request
 * (with PKCE), the simulated e-ID provider over real HTTP (ID, password, the code from its simulated SMS, the
 * level), and the application's callback, which exchanges the code at the provider's token endpoint and
 * checks the signed ID token. For MockMvc tests ({@link #logIn(MockMvc, Pin, EidLevel)}) and for browser
 * tests ({@link #logIn(Page, ApplicationContext, Pin, EidLevel)}). The person must be in the register.
 */
public final class CitizenLogins {

    private static final String PASSWORD = "dancu.eid-sim.password";

    private CitizenLogins() {
    }

    /** A session signed in as this citizen at this level, after landing on the portal. */
    public static MockHttpSession logIn(MockMvc mvc, Pin pin, EidLevel level) {
        MockHttpSession session = new MockHttpSession();
        MvcResult landed = callback(mvc, session, signInAtProvider(mvc, session, pin, level));
        if (!"/citizen".equals(landed.getResponse().getRedirectedUrl())) {
            throw new AssertionError("the login did not land on the portal but on "
                    + landed.getResponse().getRedirectedUrl());
        }
        return session;
    }

    /**
     * The application's side up to the provider, and the provider's sign-in: returns the address the provider
     * sends the browser back to, with the authorization code and the state of this session's login.
     */
    public static URI signInAtProvider(MockMvc mvc, MockHttpSession session, Pin pin, EidLevel level) {
        String password = mvc.getDispatcherServlet().getWebApplicationContext().getEnvironment()
                .getRequiredProperty(PASSWORD);
        URI authorization = URI.create(redirect(mvc, session, redirect(mvc, session, "/citizen/login/eid")));
        return new EidSimBrowser().signIn(authorization, pin, password, level == EidLevel.LEVEL_2 ? 2 : 1);
    }

    /** The browser's return to the application with the provider's code: the application's answer. */
    public static MvcResult callback(MockMvc mvc, MockHttpSession session, URI callback) {
        try {
            return mvc.perform(get(callback).session(session)).andReturn();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Logs in in a real browser, from the portal's sign-in page to the portal, typing at the provider's pages. */
    public static void logIn(Page page, ApplicationContext context, Pin pin, EidLevel level) {
        page.navigate("/citizen/login");
        page.locator("#eid-login").click();
        page.waitForURL(Pattern.compile(".*/signin$"));
        page.locator("#pin").fill(pin.value());
        page.locator("#password").fill(context.getEnvironment().getRequiredProperty(PASSWORD));
        page.locator("input[name=level][value='" + (level == EidLevel.LEVEL_2 ? 2 : 1) + "']").check();
        page.getByRole(AriaRole.BUTTON).click();
        page.waitForURL(Pattern.compile(".*/signin/code$"));
        page.locator("#code").fill(page.locator("#simulated-code").textContent().strip());
        page.getByRole(AriaRole.BUTTON).click();
        page.waitForURL(Pattern.compile(".*/citizen$"));
    }

    private static String redirect(MockMvc mvc, MockHttpSession session, String address) {
        try {
            String location = mvc.perform(get(address).session(session)).andReturn().getResponse().getRedirectedUrl();
            if (location == null) {
                throw new AssertionError(address + " did not redirect");
            }
            return location;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
