package org.dancu.national;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.dancu.national.internal.TestNation;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * For other modules' tests: a connector to the test nation ({@link TestNation}, without injected
 * failures), and the nation's tables as their owner reads them.
 */
public final class TestNationConnector {

    private static final String BEAN = "testNation";

    private TestNationConnector() {
    }

    public static NationalDatabase connect(ApplicationContext context) {
        try {
            return TestNation.connector(TestNation.simulator(context, 0), 1, 1_000);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JdbcClient nationTables(ApplicationContext context) {
        return TestNation.owner(context);
    }

    /** Makes the connector a bean of the running (shared) context; {@link #detach} takes it out again. */
    static void attach(ApplicationContext context) {
        ((ConfigurableApplicationContext) context).getBeanFactory().registerSingleton(BEAN, connect(context));
    }

    static void detach(ApplicationContext context) {
        ((DefaultListableBeanFactory) ((ConfigurableApplicationContext) context).getBeanFactory())
                .destroySingleton(BEAN);
        stop();
    }

    /** Stops the simulators a test class started. */
    public static void stop() {
        TestNation.closeAll();
    }
}
