package org.dancu.nationalsim.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import com.sun.net.httpserver.HttpServer;
import com.zaxxer.hikari.HikariDataSource;
import org.dancu.nationalsim.NationalSimulator;
import org.dancu.synth.ProvinceLayout;
import org.dancu.synth.SyntheticPopulation;
import tools.jackson.databind.json.JsonMapper;

/** The running simulator: its connection pool, HTTP server and change generator. */
public final class Simulator implements NationalSimulator {

    private final HikariDataSource pool;
    private final SimulatorStore store;
    private final HttpServer server;
    private final ExecutorService handlers;
    private final ScheduledExecutorService ticker;

    private Simulator(HikariDataSource pool, SimulatorStore store, HttpServer server, ExecutorService handlers,
                      ScheduledExecutorService ticker) {
        this.pool = pool;
        this.store = store;
        this.server = server;
        this.handlers = handlers;
        this.ticker = ticker;
    }

    public static Simulator start(Settings settings, Database database, ProvinceLayout layout,
                                  Consumer<String> progress) {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(database.url());
        pool.setUsername(database.user());
        pool.setPassword(database.password());
        pool.setMaximumPoolSize(8);
        pool.setPoolName("national-sim");
        try {
            JsonMapper json = JsonMapper.builder().build();
            SimulatorStore store = new SimulatorStore(pool, json);
            store.create();
            if (store.isEmpty()) {
                load(settings, layout, store, progress);
            }
            SimulatedChanges changes = new SimulatedChanges(store, store.communes());
            ExecutorService handlers = Executors.newFixedThreadPool(16);
            HttpServer server = HttpServer.create(
                    new InetSocketAddress(InetAddress.getLoopbackAddress(), settings.port()), 64);
            server.createContext("/national/", new SimulatorEndpoints(store,
                    new SignatureCheck(settings.keyId(), settings.provinceKey()),
                    new FailureInjection(settings.failureRate(), settings.seed()), settings.latencyMillis(), json));
            server.setExecutor(handlers);
            server.start();
            ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
            if (settings.changesPerMinute() > 0) {
                Random random = new Random(settings.seed());
                ticker.scheduleAtFixedRate(() -> changes.next(random, LocalDate.now()),
                        60_000 / settings.changesPerMinute(), 60_000 / settings.changesPerMinute(),
                        TimeUnit.MILLISECONDS);
            }
            return new Simulator(pool, store, server, handlers, ticker);
        } catch (IOException e) {
            pool.close();
            throw new UncheckedIOException("the national simulator could not start", e);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    private static void load(Settings settings, ProvinceLayout layout, SimulatorStore store,
                             Consumer<String> progress) throws IOException {
        Path directory = settings.dataDirectory().resolve("synth");
        Files.createDirectories(directory);
        progress.accept("generating " + settings.people() + " synthetic persons (seed " + settings.seed() + ")");
        SyntheticPopulation.generate(layout, settings.people(), settings.seed(), directory, written -> { });
        progress.accept("loading the nation with " + Math.round(settings.disagreementShare() * 1000) / 10.0
                + " % deliberate disagreements");
        try {
            store.load(directory.resolve(SyntheticPopulation.PERSONS), settings.seed(), settings.disagreementShare());
        } catch (SQLException e) {
            throw new IllegalStateException("could not load the simulated nation", e);
        }
        int seeded = new SimulatedChanges(store, store.communes()).seed(settings.seed(), settings.seededChangeShare());
        progress.accept(seeded + " changes in the feed from the start");
    }

    @Override
    public URI baseUrl() {
        return URI.create("http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort());
    }

    @Override
    public long persons() {
        return store.count();
    }

    @Override
    public Map<String, Long> disagreements() {
        return store.disagreements();
    }

    @Override
    public void close() {
        ticker.shutdownNow();
        server.stop(0);
        handlers.shutdownNow();
        pool.close();
    }
}
