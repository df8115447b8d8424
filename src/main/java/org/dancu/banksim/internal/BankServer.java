package org.dancu.banksim.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpServer;
import org.dancu.banksim.BankSimulator;
import org.dancu.banksim.Holders;
import org.dancu.civil.ProvinceTime;
import tools.jackson.databind.json.JsonMapper;

/**
 * The running simulator: its ledger, its HTTP server on loopback, and the hourly close of the day before (the
 * bookings of a day not yet in a statement are stated within the first hour after it ended).
 */
public final class BankServer implements BankSimulator {

    /** The banks' day is the province's. */
    private static final Clock CLOCK = Clock.system(ProvinceTime.VIETNAM);

    private final HttpServer server;
    private final ExecutorService handlers;
    private final ScheduledExecutorService dayCloser;
    private final PaymentRun payments;

    private BankServer(HttpServer server, ExecutorService handlers, ScheduledExecutorService dayCloser,
                       PaymentRun payments) {
        this.server = server;
        this.handlers = handlers;
        this.dayCloser = dayCloser;
        this.payments = payments;
    }

    public static BankServer start(Settings settings, Holders holders) {
        Ledger ledger = new Ledger(settings.directory());
        Accounts accounts = new Accounts(holders, settings.rates(), settings.seed());
        PaymentRun payments = new PaymentRun(ledger, accounts, settings.rates(), settings.seed(), CLOCK);
        ExecutorService handlers = Executors.newFixedThreadPool(8);
        try {
            HttpServer server = HttpServer.create(
                    new InetSocketAddress(InetAddress.getLoopbackAddress(), settings.port()), 64);
            server.createContext("/bank/", new BankEndpoints(accounts, payments, ledger, new SignatureCheck(settings.keyId(), settings.provinceKey()),
                    JsonMapper.builder().build()));
            server.setExecutor(handlers);
            server.start();
            ScheduledExecutorService dayCloser = Executors.newSingleThreadScheduledExecutor();
            dayCloser.scheduleAtFixedRate(() -> payments.closeDay(LocalDate.now(CLOCK).minusDays(1)), 1, 60,
                    TimeUnit.MINUTES);
            return new BankServer(server, handlers, dayCloser, payments);
        } catch (IOException e) {
            handlers.shutdownNow();
            throw new UncheckedIOException("the bank simulator could not listen on port " + settings.port(), e);
        }
    }

    @Override
    public URI baseUrl() {
        return URI.create("http://" + server.getAddress().getHostString() + ":" + port());
    }

    @Override
    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void closeDay(LocalDate day) {
        payments.closeDay(day);
    }

    @Override
    public void close() {
        dayCloser.shutdownNow();
        server.stop(0);
        handlers.shutdownNow();
    }
}
