package org.dancu.bench;

import java.nio.file.Path;
import java.util.List;

import org.dancu.DancuApplication;
import org.dancu.notify.Channel;
import org.dancu.notify.Notifications;
import org.dancu.notify.Recipient;
import org.dancu.notify.Template;
import org.dancu.civil.Pin;
import org.dancu.smssim.SimulatedSmsGateway;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The server the notifications benchmark starts as a process of its own, so it can be killed with
 * {@code kill -9}: the demo on a data and a secrets directory (under the first argument) that outlive
 * it, SMS to its simulated gateway.
 * {@code send N} queues N messages, while it prints what the gateway received every 100 ms, until the
 * outbox is empty; {@code drain} only waits for the outbox to empty. Lines start with a word the
 * harness reads ({@code queued}, {@code received}, {@code done}).
 */
final class NotifyServer {

    private static final int PER_TRANSACTION = 500;

    private NotifyServer() {
    }

    public static void main(String[] args) throws InterruptedException {
        Path base = Path.of(args[0]);
        int count = args[1].equals("send") ? Integer.parseInt(args[2]) : 0;
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(DancuApplication.class)
                .properties("logging.level.root=WARN", "spring.main.log-startup-info=false")
                .run("--server.port=0", "--dancu.demo.enabled=true", "--dancu.demo.people=" + NotifyBenchmark.PEOPLE,
                        "--dancu.data-dir=" + base.resolve("data"), "--dancu.secrets-dir=" + base.resolve("secrets"),
                        // the database and the keys kept on disk: the test configuration on the bench's class path keeps them in memory
                        "--dancu.database.embedded-directory=" + base.resolve("data").resolve("postgres"),
                        "--dancu.register.keyset-file=" + base.resolve("secrets").resolve("register-keyset.json"),
                        "--dancu.audit.signing-key-file=" + base.resolve("secrets").resolve("audit-signing-key"),
                        "--dancu.jobs.heartbeat=1s", "--dancu.jobs.polling-interval=1s",
                        // 20,000 SMS to the demo's thousand phones: the hourly limit would hold most back
                        "--dancu.notify.rate.per-recipient=1000")) {
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            SimulatedSmsGateway gateway = context.getBean(SimulatedSmsGateway.class);
            Thread progress = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    System.out.println("received " + gateway.received());
                    try {
                        Thread.sleep(100);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            progress.setDaemon(true);
            progress.start();
            if (count > 0) {
                send(context, jdbc, count);
            }
            while (unfinished(jdbc) > 0) {
                Thread.sleep(100);
            }
            progress.interrupt();
            progress.join();
            System.out.println("done " + gateway.received() + " " + gateway.repeats() + " " + lost(jdbc) + " "
                    + stranger(jdbc) + " " + sent(jdbc) + " " + queued(jdbc));
        }
    }

    private static void send(ConfigurableApplicationContext context, JdbcClient jdbc, int count) {
        List<Pin> citizens = jdbc.sql("SELECT pin FROM register.person WHERE phone_cipher IS NOT NULL AND pin IS NOT NULL")
                .query((rs, n) -> Pin.of(rs.getString(1))).list();
        Notifications notifications = context.getBean(Notifications.class);
        TransactionTemplate transactions = context.getBean(TransactionTemplate.class);
        long started = System.nanoTime();
        for (int from = 0; from < count; from += PER_TRANSACTION) {
            int first = from;
            transactions.executeWithoutResult(status -> {
                for (int i = first; i < Math.min(first + PER_TRANSACTION, count); i++) {
                    notifications.send(Recipient.citizen(citizens.get(i % citizens.size())), Channel.SMS,
                            Template.ONE_TIME_CODE, String.format("%06d", i));
                }
            });
        }
        System.out.printf("queued %d %d %d%n", count, (System.nanoTime() - started) / 1_000_000, citizens.size());
    }

    private static long unfinished(JdbcClient jdbc) {
        return jdbc.sql("SELECT count(*) FROM notify.message WHERE state IN ('QUEUED', 'RETRYING', 'SENDING')")
                .query(Long.class).single();
    }

    /** SMS the outbox counts as sent that the gateway never received. */
    private static long lost(JdbcClient jdbc) {
        return jdbc.sql("""
                        SELECT count(*) FROM notify.message m WHERE m.channel = 'SMS' AND m.state = 'SENT'
                           AND NOT EXISTS (SELECT 1 FROM sms_sim.received r WHERE r.idempotency_key = m.id::text)""")
                .query(Long.class).single();
    }

    /** What the gateway received that the outbox does not count as sent. */
    private static long stranger(JdbcClient jdbc) {
        return jdbc.sql("""
                        SELECT count(*) FROM sms_sim.received r WHERE NOT EXISTS (SELECT 1 FROM notify.message m
                         WHERE m.id::text = r.idempotency_key AND m.state = 'SENT')""")
                .query(Long.class).single();
    }

    private static long queued(JdbcClient jdbc) {
        return jdbc.sql("SELECT count(*) FROM notify.message WHERE channel = 'SMS'").query(Long.class).single();
    }

    private static long sent(JdbcClient jdbc) {
        return jdbc.sql("SELECT count(*) FROM notify.message WHERE channel = 'SMS' AND state = 'SENT'")
                .query(Long.class).single();
    }
}
