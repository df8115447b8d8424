package org.dancu.payments.reconciliation;

import java.time.Duration;
import java.util.List;

import org.dancu.jobs.ScheduledWork;
import org.dancu.jobs.Timetable;
import org.dancu.payments.PaymentRefusedException;
import org.dancu.payments.bank.Bank;
import org.dancu.payments.bank.BankMessage;
import org.dancu.payments.bank.BankUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Pulls what the banks sent back, every {@code dancu.payments.bank-poll-interval} on one instance: for
 * each bank a pain.001 went to, the messages after its cursor, in the bank's order, each received by
 * {@link Reconciliation} and the cursor moved past it, applied or refused (a refusal is on the ledger and
 * an officer reads it there; the bank sends a corrected message under a new id). A message received twice
 * after a crash between the two steps is refused as a replay, so nothing is applied twice.
 */
@Component
class BankPolling implements ScheduledWork {

    private static final Logger LOG = LoggerFactory.getLogger(BankPolling.class);
    private static final int BATCH = 20;

    private final ObjectProvider<Bank> bank;
    private final Reconciliation reconciliation;
    private final JdbcClient jdbc;
    private final Duration interval;

    BankPolling(ObjectProvider<Bank> bank, Reconciliation reconciliation, JdbcClient jdbc,
                @Value("${dancu.payments.bank-poll-interval:PT1M}") Duration interval) {
        this.bank = bank;
        this.reconciliation = reconciliation;
        this.jdbc = jdbc;
        this.interval = interval;
    }

    @Override
    public String name() {
        return "payments.bank-messages";
    }

    @Override
    public Timetable timetable() {
        return Timetable.every(interval);
    }

    @Override
    public void run() {
        bank.ifAvailable(this::pollAll);
    }

    void pollAll(Bank banks) {
        for (String bankBin : jdbc.sql("SELECT DISTINCT bank_bin FROM payments.message WHERE direction = 'OUT' ORDER BY 1")
                .query(String.class).list()) {
            try {
                poll(banks, bankBin);
            } catch (BankUnavailableException e) {
                LOG.warn("bank {} not read, next try at the next interval: {}", bankBin, e.getMessage());
            }
        }
    }

    private void poll(Bank banks, String bankBin) {
        long after = cursor(bankBin);
        for (List<BankMessage> batch = banks.messagesAfter(bankBin, after, BATCH); !batch.isEmpty();
             batch = banks.messagesAfter(bankBin, after, BATCH)) {
            for (BankMessage message : batch) {
                try {
                    reconciliation.receive(bankBin, message);
                } catch (PaymentRefusedException refused) {
                    LOG.warn("bank {} message {} ({}) refused: {}", bankBin, message.sequence(), message.type(),
                            refused.messageKey());
                }
                after = message.sequence();
                advance(bankBin, after);
            }
        }
    }

    private long cursor(String bankBin) {
        return jdbc.sql("SELECT last_sequence FROM payments.bank_cursor WHERE bank_bin = :bank").param("bank", bankBin)
                .query(Long.class).optional().orElse(0L);
    }

    private void advance(String bankBin, long sequence) {
        jdbc.sql("""
                        INSERT INTO payments.bank_cursor (bank_bin, last_sequence, read_at) VALUES (:bank, :sequence, now())
                        ON CONFLICT (bank_bin) DO UPDATE SET last_sequence = excluded.last_sequence, read_at = now()""")
                .param("bank", bankBin).param("sequence", sequence).update();
    }
}
