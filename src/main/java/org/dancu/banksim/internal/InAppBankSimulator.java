package org.dancu.banksim.internal;

import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.dancu.banksim.BankSimulator;
import org.dancu.banksim.Holder;
import org.dancu.banksim.Holders;
import org.dancu.civil.Pin;
import org.dancu.httpsig.VerificationKey;
import org.dancu.register.RegisteredPerson;
import org.dancu.register.RegisteredPersons;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.stereotype.Component;

/**
 * The simulated banks inside the demo and the tests' application, on their own port, holding accounts for
 * the register's persons (a death in the register is known to the bank). Once listening, the port is in the
 * environment as {@code local.bank-sim.port}, which the payments' bank address names by default; stopped and
 * started again (a test context paused while another runs), it listens on the same port.
 */
@Component
@ConditionalOnProperty(name = "dancu.bank-sim.enabled", havingValue = "true")
class InAppBankSimulator implements BankSimulator, SmartLifecycle {

    static final String PORT_PROPERTY = "local.bank-sim.port";

    private final BankSimProperties properties;
    private final RegisteredPersons persons;
    private final ConfigurableEnvironment environment;
    private volatile BankSimulator running;
    private volatile int boundPort;

    InAppBankSimulator(BankSimProperties properties, RegisteredPersons persons, ConfigurableEnvironment environment) {
        this.properties = properties;
        this.persons = persons;
        this.environment = environment;
    }

    @Override
    public void start() {
        Settings settings = new Settings(boundPort != 0 ? boundPort : properties.port(), properties.keyId(),
                VerificationKey.of(VerificationKey.parse(
                        environment.resolveRequiredPlaceholders(properties.provinceKey()))), properties.seed(),
                new Rates(properties.closedAccounts(), properties.blockedAccounts(), properties.wrongAccount(),
                        properties.maskedNames()),
                properties.directory().isBlank() ? null : Path.of(properties.directory()));
        running = BankSimulator.start(settings, new RegisterHolders());
        boundPort = running.port();
        environment.getPropertySources().addFirst(new MapPropertySource("bank-sim.port",
                Map.of(PORT_PROPERTY, running.port())));
    }

    /** The register's persons, a death there known to the bank. */
    private final class RegisterHolders implements Holders {

        @Override
        public Optional<Holder> find(Pin pin) {
            return persons.byPin(pin).map(InAppBankSimulator::holder);
        }

        @Override
        public Map<Pin, Holder> findAll(Collection<Pin> pins) {
            return persons.byPins(pins).stream().collect(Collectors.toMap(RegisteredPerson::pin, InAppBankSimulator::holder));
        }
    }

    private static Holder holder(RegisteredPerson person) {
        return new Holder(person.pin(), person.name(), person.alive());
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
    public URI baseUrl() {
        return running().baseUrl();
    }

    @Override
    public int port() {
        return running().port();
    }

    @Override
    public void closeDay(LocalDate day) {
        running().closeDay(day);
    }

    @Override
    public void close() {
        stop();
    }

    private BankSimulator running() {
        if (running == null) {
            throw new IllegalStateException("the bank simulator is not running");
        }
        return running;
    }
}
