package org.dancu.eidsim.internal;

import java.util.Map;

import org.dancu.eidsim.EidSimSettings;
import org.dancu.eidsim.EidSimulator;
import org.dancu.eidsim.Identities;
import org.dancu.eidsim.Misbehaviour;
import org.springframework.boot.web.server.servlet.context.AnnotationConfigServletWebServerApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.web.context.support.StandardServletEnvironment;

/**
 * The simulator's own application context and embedded server, apart from the application's: no
 * database, no property files, neither the environment's variables nor the JVM's properties (a
 * {@code SERVER_PORT} meant for the application must not move it), a session cookie of its own (browsers
 * do not separate cookies by port, so its session would otherwise replace the application's).
 */
public final class SimulatorServer implements EidSimulator {

    static final String SESSION_COOKIE = "DANCU_EIDSIM_SESSION";

    private final AnnotationConfigServletWebServerApplicationContext context;
    private final SimulatorState state;

    private SimulatorServer(AnnotationConfigServletWebServerApplicationContext context, SimulatorState state) {
        this.context = context;
        this.state = state;
    }

    public static EidSimulator start(EidSimSettings settings, Identities identities) {
        StandardServletEnvironment environment = new StandardServletEnvironment();
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
        environment.getPropertySources().addFirst(new MapPropertySource("eid-sim", Map.of(
                "server.port", settings.port(),
                "server.address", "127.0.0.1",
                "server.servlet.session.cookie.name", SESSION_COOKIE,
                "server.servlet.session.cookie.same-site", "lax",
                "spring.thymeleaf.prefix", "classpath:/templates/",
                "spring.mvc.static-path-pattern", "/static/**",
                "spring.web.resources.static-locations", "classpath:/static/")));
        SimulatorState state = new SimulatorState(settings, identities);
        AnnotationConfigServletWebServerApplicationContext context = new AnnotationConfigServletWebServerApplicationContext();
        context.setEnvironment(environment);
        context.setClassLoader(SimulatorServer.class.getClassLoader());
        context.registerBean(SimulatorState.class, () -> state);
        context.register(SimulatorConfiguration.class);
        context.refresh();
        state.listeningOn(context.getWebServer().getPort());
        return new SimulatorServer(context, state);
    }

    @Override
    public int port() {
        return state.port();
    }

    @Override
    public void misbehave(Misbehaviour misbehaviour) {
        state.misbehave(misbehaviour);
    }

    @Override
    public void close() {
        context.close();
    }
}
