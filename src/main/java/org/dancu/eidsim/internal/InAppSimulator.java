package org.dancu.eidsim.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.dancu.civil.Pin;
import org.dancu.eidsim.EidSimSettings;
import org.dancu.eidsim.EidSimulator;
import org.dancu.eidsim.Identity;
import org.dancu.eidsim.Misbehaviour;
import org.dancu.register.ContactAddress;
import org.dancu.register.PersonContacts;
import org.dancu.register.RegisteredPersons;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.stereotype.Component;

/**
 * The simulated provider inside the demo and the tests' application, on its own port, knowing the
 * register's persons (their phone from the register's contacts). Once it listens, its port is in the
 * environment as {@code local.eid-sim.port}, as the web server's is in {@code local.server.port}, so
 * that the citizen login's issuer can name it. Stopped and started again (a test context paused while
 * another runs), it listens on the same port. Nothing of the register leaves the application through
 * it: the ID token it signs goes to this application's own citizen login.
 */
@Component
@ConditionalOnProperty(name = "dancu.eid-sim.enabled", havingValue = "true")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class InAppSimulator implements EidSimulator, SmartLifecycle {

    static final String PORT_PROPERTY = "local.eid-sim.port";
    private static final ContactAddress NO_CONTACT = new ContactAddress(Optional.empty(), Optional.empty());

    private final EidSimProperties properties;
    private final RegisteredPersons persons;
    private final PersonContacts contacts;
    private final ConfigurableEnvironment environment;
    private volatile EidSimulator running;
    /** The port it first listened on, kept for a restart, since the citizen login already names it. */
    private volatile int boundPort;

    InAppSimulator(EidSimProperties properties, RegisteredPersons persons, PersonContacts contacts,
                   ConfigurableEnvironment environment) {
        this.properties = properties;
        this.persons = persons;
        this.contacts = contacts;
        this.environment = environment;
    }

    @Override
    public void start() {
        EidSimSettings settings = new EidSimSettings(boundPort != 0 ? boundPort : properties.port(), properties.clientId(),
                properties.clientSecret(), this::redirectUris, properties.password(), EidSimSettings.CODE_LIFETIME);
        running = EidSimulator.start(settings, this::find);
        boundPort = running.port();
        environment.getPropertySources().addFirst(new MapPropertySource("eid-sim.port",
                Map.of(PORT_PROPERTY, running.port())));
    }

    /** The redirect addresses as they read now; one naming a port not known (yet) is left out. */
    private List<String> redirectUris() {
        return properties.redirectUris() == null ? List.of() : properties.redirectUris().stream()
                .map(environment::resolvePlaceholders).filter(uri -> !uri.contains("${")).toList();
    }

    private Optional<Identity> find(Pin pin) {
        return persons.byPin(pin).filter(person -> person.alive()).map(person -> new Identity(pin, person.name(),
                person.birthDate(), contacts.addressesOf(List.of(pin)).getOrDefault(pin, NO_CONTACT).phone().orElse(null)));
    }

    @Override
    public void stop() {
        if (running != null) {
            running.close();
            running = null;
        }
    }

    @Override
    public boolean isRunning() {
        return running != null;
    }

    @Override
    public int port() {
        return running().port();
    }

    @Override
    public void misbehave(Misbehaviour misbehaviour) {
        running().misbehave(misbehaviour);
    }

    @Override
    public void close() {
        stop();
    }

    private EidSimulator running() {
        if (running == null) {
            throw new IllegalStateException("the simulated e-ID provider is not running");
        }
        return running;
    }
}
