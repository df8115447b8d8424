package org.dancu.eidsim.internal;

import java.util.Objects;

import org.dancu.eidsim.EidSimSettings;
import org.dancu.eidsim.Identities;
import org.dancu.eidsim.Misbehaviour;

/** What the simulator's beans share: its settings, whom it knows, its port once known and how it misbehaves. */
final class SimulatorState {

    private final EidSimSettings settings;
    private final Identities identities;
    private volatile int port;
    private volatile Misbehaviour misbehaviour = Misbehaviour.NONE;

    SimulatorState(EidSimSettings settings, Identities identities) {
        this.settings = settings;
        this.identities = identities;
    }

    EidSimSettings settings() {
        return settings;
    }

    Identities identities() {
        return identities;
    }

    void listeningOn(int port) {
        this.port = port;
    }

    int port() {
        return port;
    }

    String issuer() {
        return "http://127.0.0.1:" + port;
    }

    Misbehaviour misbehaviour() {
        return misbehaviour;
    }

    void misbehave(Misbehaviour misbehaviour) {
        this.misbehaviour = Objects.requireNonNull(misbehaviour, "misbehaviour");
    }
}
