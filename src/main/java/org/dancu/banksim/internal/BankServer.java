package org.dancu.banksim.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.LocalDate;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpServer;
import org.dancu.banksim.BankSimulator;
import org.dancu.banksim.Holders;
import tools.jackson.databind.json.JsonMapper;

/** The running simulator: its ledger and its HTTP server on loopback. */
public final class BankServer implements BankSimulator {

    private final HttpServer server;
    private final ExecutorService handlers;
    private final PaymentRun payments;

    private BankServer(HttpServer server, ExecutorService handlers, PaymentRun payments) {
        this.server = server;
        this.handlers = handlers;
        this.payments = payments;
    }

    public static BankServer start(Settings settings, Holders holders) {
        Ledger ledger = new Ledger(settings.directory());
        PaymentRun payments = new PaymentRun(ledger);
        ExecutorService handlers = Executors.newFixedThreadPool(8);
        try {
            HttpServer server = HttpServer.create(
                    new InetSocketAddress(InetAddress.getLoopbackAddress(), settings.port()), 64);
            server.createContext("/bank/", new BankEndpoints(new Accounts(holders, settings.rates(), settings.seed()),
                    payments, ledger, new SignatureCheck(settings.keyId(), settings.provinceKey()),
                    JsonMapper.builder().build()));
            server.setExecutor(handlers);
            server.start();
            return new BankServer(server, handlers, payments);
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
        server.stop(0);
        handlers.shutdownNow();
    }
}
