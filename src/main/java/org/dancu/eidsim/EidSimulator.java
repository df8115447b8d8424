package org.dancu.eidsim;

import org.dancu.eidsim.internal.SimulatorServer;

/**
 * A running simulated e-ID provider. Its discovery document is at
 * {@code <issuer>/.well-known/openid-configuration}, where the issuer is {@code http://127.0.0.1:<port>}.
 */
public interface EidSimulator extends AutoCloseable {

    /** The port it listens on (the one asked for, or the free one it got for 0). */
    int port();

    /** {@code http://127.0.0.1:<port>}. */
    default String issuer() {
        return "http://127.0.0.1:" + port();
    }

    /** From now on, issue ID tokens as {@code misbehaviour} says ({@link Misbehaviour#NONE}: faithfully again). */
    void misbehave(Misbehaviour misbehaviour);

    /** Stops its server. */
    @Override
    void close();

    /** Starts a simulator on its own embedded server, in an application context of its own. */
    static EidSimulator start(EidSimSettings settings, Identities identities) {
        return SimulatorServer.start(settings, identities);
    }
}
