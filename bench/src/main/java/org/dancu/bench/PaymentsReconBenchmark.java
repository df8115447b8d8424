package org.dancu.bench;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.dancu.DancuApplication;
import org.dancu.payments.PaymentLines;
import org.dancu.payments.bank.BankMessage;
import org.dancu.payments.iso.IsoMessageType;
import org.dancu.payments.reconciliation.BankReplies;
import org.dancu.payments.reconciliation.BankReplies.Entry;
import org.dancu.payments.reconciliation.Reconciliation;
import org.postgresql.PGConnection;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reconciliation of a whole province's one-off cycle: {@code payments.recon.entries} (650,000) sent lines,
 * spread over five banks, answered by camt.054 notifications of {@code payments.recon.per-message} entries
 * (one in {@code payments.recon.return-every} a return with its reason), each received by
 * {@code Reconciliation.receive}: checked against the schema, read with pw-iso20022's model, staged, checked
 * against the lines and applied, with its exceptions, events and ledger entry. The peer, in the same run: the
 * same rows (EndToEndId, amount, booking date) copied into a table and applied to as many other lines by one
 * plain {@code UPDATE … FROM} join, no XML, no checks. The citizens' notices the application then writes
 * (after commit, through the event outbox) are waited for and timed apart. Runs alternate; medians, every run printed.
 */
final class PaymentsReconBenchmark {

    private static final int ENTRIES = Integer.getInteger("payments.recon.entries", 650_000);
    private static final int PER_MESSAGE = Integer.getInteger("payments.recon.per-message", 50_000);
    private static final int RETURN_EVERY = Integer.getInteger("payments.recon.return-every", 40);
    private static final int RUNS = Integer.getInteger("payments.recon.runs", 3);
    /** Whether to wait for (and time) the citizens' notices between runs; without, they are written meanwhile. */
    private static final boolean NOTICES = Boolean.parseBoolean(System.getProperty("payments.recon.notices", "true"));
    private static final String[] BANKS = {"970436", "970415", "970418", "970405", "970449"};

    /** A message as one bank sent it. */
    private record Delivery(String bank, BankMessage message) {
    }

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final Reconciliation reconciliation;
    private final TransactionTemplate transactions;

    private PaymentsReconBenchmark(ConfigurableApplicationContext context) {
        jdbc = context.getBean(JdbcClient.class);
        dataSource = context.getBean(DataSource.class);
        reconciliation = context.getBean(Reconciliation.class);
        transactions = context.getBean(TransactionTemplate.class);
    }

    static void run() {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(DancuApplication.class)
                .web(WebApplicationType.NONE)
                .properties("dancu.database.embedded-directory=", "logging.level.root=WARN",
                        "spring.main.log-startup-info=false")
                .run()) {
            new PaymentsReconBenchmark(context).measure();
        }
    }

    private void measure() {
        System.out.println("payments reconciliation benchmark; " + Measure.machine() + "; load average "
                + Measure.loadAverage());
        System.out.printf("%,d camt.054 entries a run (%,d a message, 1 in %d a return) over %d banks; median of %d runs%n%n",
                ENTRIES, PER_MESSAGE, RETURN_EVERY, BANKS.length, RUNS);
        beneficiaries();
        double[] recon = new double[RUNS];
        double[] peer = new double[RUNS];
        double[] notices = new double[RUNS];
        for (int run = 0; run < RUNS; run++) {
            long cycle = sentCycle();
            int applied = 0;
            // the messages are written before the clock starts, as a bank's files arrive whole
            for (Delivery delivery : messages(cycle)) {
                long start = System.nanoTime();
                applied += reconciliation.receive(delivery.bank(), delivery.message()).paid();
                recon[run] += (System.nanoTime() - start) / 1e9;
            }
            long waitFrom = System.nanoTime();
            if (NOTICES) {
                awaitNotices();
            }
            notices[run] = (System.nanoTime() - waitFrom) / 1e9;
            long peerCycle = sentCycle();
            peer[run] = plainJoin(peerCycle);
            System.out.printf("run %d: reconciled %,d paid in %.1f s; peer join %.1f s; notices after commit %.1f s%n",
                    run + 1, applied, recon[run], peer[run], notices[run]);
            clear(cycle);
            clear(peerCycle);
        }
        System.out.println();
        System.out.println("| path | s for " + String.format("%,d", ENTRIES) + " entries | entries/s |");
        System.out.println("|---|--:|--:|");
        System.out.printf("| Reconciliation.receive (schema, pw-iso20022 model, staging, checks, UPDATE … FROM, exceptions,"
                + " events, ledger) | %.1f | %,.0f |%n", Measure.median(recon), ENTRIES / Measure.median(recon));
        System.out.printf("| peer: the same rows by COPY and one plain UPDATE … FROM | %.1f | %,.0f |%n",
                Measure.median(peer), ENTRIES / Measure.median(peer));
        System.out.printf("| citizens' notices written after commit (outbox listener) | %.1f | %,.0f |%n",
                Measure.median(notices), ENTRIES / Measure.median(notices));
        System.out.printf("%nreconciliation ÷ peer: %.1f; each run s: reconciliation %s; peer %s; load average now %s%n",
                Measure.median(recon) / Measure.median(peer), Measure.eachRun(recon, "%.1f"),
                Measure.eachRun(peer, "%.1f"), Measure.loadAverage());
    }

    /** One beneficiary per entry, set-wise, once: each run's cycles pay all of them. */
    private void beneficiaries() {
        PaymentLines.programme(jdbc);
        jdbc.sql("""
                        INSERT INTO payments.beneficiary (version, programme_code, pin, claimed_pin, claimed_name, commune_code,
                               coefficient, decision_ref, decision_date, starts_on, status, entered_by, entered_at)
                        SELECT 0, :programme, '011150' || lpad(n::text, 6, '0'), '011150' || lpad(n::text, 6, '0'),
                               'Người thử ' || n, '03334',
                               1.0, 'QĐ bench', DATE '2026-01-10', DATE '2026-02-01', 'ACTIVE', 'bench', now()
                        FROM generate_series(1, :n) n""")
                .param("programme", PaymentLines.PROGRAMME).param("n", ENTRIES).update();
    }

    /** A sent cycle with a line per beneficiary, each to one of the banks; returns its id. */
    private long sentCycle() {
        long cycle = PaymentLines.cycle(jdbc, "SENT");
        jdbc.sql("""
                        INSERT INTO payments.line (cycle_id, beneficiary_id, pin, commune_code, amount, channel, bank_bin,
                                                   end_to_end_id, status)
                        SELECT :cycle, b.id, b.pin, b.commune_code, :amount, 'BANK_ACCOUNT',
                               (:banks::text[])[1 + b.id % 5], 'B' || :cycle || '-' || b.id, 'SENT'
                        FROM payments.beneficiary b WHERE b.programme_code = :programme AND b.entered_by = 'bench'""")
                .param("cycle", cycle).param("amount", PaymentLines.AMOUNT).param("banks", BANKS)
                .param("programme", PaymentLines.PROGRAMME).update();
        jdbc.sql("ANALYZE payments.line").update();
        return cycle;
    }

    /** The banks' camt.054 messages answering the cycle's lines, a bank's lines in messages of PER_MESSAGE entries. */
    private List<Delivery> messages(long cycle) {
        List<Delivery> messages = new ArrayList<>();
        for (String bank : BANKS) {
            List<long[]> lines = jdbc.sql("SELECT beneficiary_id, id FROM payments.line WHERE cycle_id = :cycle"
                            + " AND bank_bin = :bank ORDER BY id")
                    .param("cycle", cycle).param("bank", bank)
                    .query((rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)}).list();
            for (int from = 0; from < lines.size(); from += PER_MESSAGE) {
                List<long[]> chunk = lines.subList(from, Math.min(lines.size(), from + PER_MESSAGE));
                ByteArrayOutputStream out = new ByteArrayOutputStream(chunk.size() * 800);
                BankReplies.notification(IsoMessageType.CAMT_054, bank + "-" + cycle + "-" + from, out, chunk.size(),
                        BigDecimal.valueOf(PaymentLines.AMOUNT * chunk.size()), sink -> chunk.forEach(line -> {
                            String endToEndId = "B" + cycle + "-" + line[0];
                            sink.accept(line[1] % RETURN_EVERY == 0
                                    ? Entry.returned(endToEndId, PaymentLines.AMOUNT, "AC04")
                                    : Entry.paid(endToEndId, PaymentLines.AMOUNT));
                        }));
                messages.add(new Delivery(bank, new BankMessage(messages.size() + 1, "camt.054", out.toByteArray())));
            }
        }
        return messages;
    }

    /** The peer: the same rows copied into a table and applied by one join, in one transaction; seconds. */
    private double plainJoin(long cycle) {
        StringBuilder rows = new StringBuilder(ENTRIES * 40);
        jdbc.sql("SELECT beneficiary_id, id FROM payments.line WHERE cycle_id = :cycle").param("cycle", cycle)
                .query((rs, i) -> rows.append('B').append(cycle).append('-').append(rs.getLong(1)).append('\t')
                        .append(rs.getLong(2) % RETURN_EVERY == 0 ? "RETURNED" : "PAID").append('\t')
                        .append(PaymentLines.AMOUNT).append("\t2026-12-05\n")).list();
        long start = System.nanoTime();
        transactions.executeWithoutResult(status -> {
            Connection connection = DataSourceUtils.getConnection(dataSource);
            try {
                jdbc.sql("CREATE TEMP TABLE peer_entry (end_to_end_id text, outcome text, amount bigint, booked_on date)"
                        + " ON COMMIT DROP").update();
                connection.unwrap(PGConnection.class).getCopyAPI()
                        .copyIn("COPY peer_entry FROM STDIN", new StringReader(rows.toString()));
                jdbc.sql("ANALYZE peer_entry").update();
                jdbc.sql("""
                        UPDATE payments.line l SET status = CASE e.outcome WHEN 'PAID' THEN 'PAID' ELSE 'RETURNED' END,
                               paid_on = e.booked_on
                        FROM peer_entry e WHERE l.end_to_end_id = e.end_to_end_id AND l.status IN ('SENT', 'ACCEPTED')""")
                        .update();
            } catch (SQLException | java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        });
        return (System.nanoTime() - start) / 1e9;
    }

    /** Waits until the outbox delivered every reconciled message's event (the notices are written then). */
    private void awaitNotices() {
        while (jdbc.sql("SELECT count(*) FROM event_publication WHERE completion_date IS NULL"
                        + " AND event_type LIKE '%BankMessageReconciled'")
                .query(Long.class).single() > 0) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void clear(long cycle) {
        jdbc.sql("DELETE FROM payments.exception WHERE line_id IN (SELECT id FROM payments.line WHERE cycle_id = :cycle)")
                .param("cycle", cycle).update();
        jdbc.sql("DELETE FROM payments.line WHERE cycle_id = :cycle").param("cycle", cycle).update();
    }
}
