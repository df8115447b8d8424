package org.dancu.cluster.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.dancu.cluster.ChangeSignals;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * {@link ChangeSignals} on PostgreSQL's {@code NOTIFY}: a signal is a notification on one channel with
 * the topic as its payload, sent in the changer's transaction, so PostgreSQL delivers it to every
 * listening instance only once the change is committed and readable. Each instance listens on a
 * connection of its own, apart from the application's pool; when that connection fails, it is opened
 * again and every reaction runs, since signals sent meanwhile are lost; so they do at every start.
 */
@Component
class PostgresChangeSignals implements ChangeSignals, SmartLifecycle {

    static final String CHANNEL = "dancu_changed";
    private static final Logger LOG = LoggerFactory.getLogger(PostgresChangeSignals.class);
    private static final int WAIT_MILLIS = 500;
    private static final long REOPEN_MILLIS = 2_000;

    private final JdbcClient jdbc;
    private final DataSource applicationPool;
    private final Map<String, List<Runnable>> reactions = new ConcurrentHashMap<>();
    private volatile boolean running;
    private Thread listener;

    PostgresChangeSignals(JdbcClient jdbc, DataSource applicationPool) {
        this.jdbc = jdbc;
        this.applicationPool = applicationPool;
    }

    @Override
    public void changed(String topic) {
        jdbc.sql("SELECT pg_notify('" + CHANNEL + "', :topic)").param("topic", topic).query(row -> {
        });
    }

    @Override
    public void onChange(String topic, Runnable reaction) {
        reactions.computeIfAbsent(topic, t -> new CopyOnWriteArrayList<>()).add(reaction);
    }

    /**
     * Signals sent while this instance was stopped (a restart of its lifecycle, as a paused test context
     * has) are lost, so every cache is dropped before it serves again; the listener drops them once more
     * when it listens, for the changes made in between.
     */
    @Override
    public synchronized void start() {
        dropEveryCache();
        running = true;
        listener = new Thread(this::listen, "change-signals");
        listener.setDaemon(true);
        listener.start();
    }

    @Override
    public synchronized void stop() {
        running = false;
        if (listener != null) {
            listener.interrupt();
            listener = null;
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Before any bean that sends or hears signals starts serving, after them at shutdown. */
    @Override
    public int getPhase() {
        return Integer.MIN_VALUE + 100;
    }

    private void listen() {
        boolean first = true;
        while (running) {
            try (HikariDataSource source = connectionLikeThePool(); Connection connection = source.getConnection()) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                if (!first) {
                    LOG.info("listening for other instances' changes again; every cache is dropped");
                }
                dropEveryCache();
                first = false;
                PGConnection notifications = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] received = notifications.getNotifications(WAIT_MILLIS);
                    if (received != null) {
                        for (PGNotification notification : received) {
                            reactions.getOrDefault(notification.getParameter(), List.of()).forEach(this::react);
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    first = false;
                    LOG.warn("the connection that hears other instances' changes failed, opening it again: {}",
                            e.getClass().getSimpleName());
                    pause();
                }
            }
        }
    }

    private void dropEveryCache() {
        reactions.values().forEach(list -> list.forEach(this::react));
    }

    private void react(Runnable reaction) {
        try {
            reaction.run();
        } catch (RuntimeException e) {
            LOG.warn("a reaction to another instance's change failed: {}", e.getClass().getName());
        }
    }

    /** One connection to the same database with the application's credentials and settings. */
    private HikariDataSource connectionLikeThePool() throws SQLException {
        HikariConfig config = new HikariConfig();
        applicationPool.unwrap(HikariDataSource.class).copyStateTo(config);
        config.setPoolName("change-signals");
        config.setMaximumPoolSize(1);
        config.setMinimumIdle(1);
        config.setIdleTimeout(0);
        config.setMaxLifetime(0);
        return new HikariDataSource(config);
    }

    private void pause() {
        try {
            Thread.sleep(REOPEN_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
