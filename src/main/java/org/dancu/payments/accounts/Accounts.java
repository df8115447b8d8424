package org.dancu.payments.accounts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.dancu.civil.Pin;
import org.dancu.payments.NameVerdict;
import org.dancu.payments.PaymentStateException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The accounts, as a collection: add a new one, find one, save what changed (publishing the events the
 * account registered, in the saving transaction). The review queue is read by {@link AccountReviewQuery}.
 */
@Repository
class Accounts {

    static final String COLUMNS = "a.id, a.version, a.pin, a.commune_code, a.bank_bin, a.kind, a.number_cipher,"
            + " a.number_hash, a.number_last4, a.source, a.linked_at, a.bank_name, a.name_verdict, a.name_score,"
            + " a.status, a.status_reason, a.reviewed_by, a.checked_at";
    /** The states in which an account stands for its person (one at a time, as the unique index keeps it). */
    static final String CURRENT = "a.status IN ('CHECKING', 'VERIFIED', 'TO_REVIEW')";

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    Accounts(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** Stores a new account; returns it with the id it was given. */
    @Transactional
    Account add(Account account) {
        if (account.id() != null) {
            throw new IllegalArgumentException("account " + account.id() + " is already stored");
        }
        long id = jdbc.sql("""
                        INSERT INTO payments.account (version, pin, commune_code, bank_bin, kind, number_cipher,
                               number_hash, number_last4, source, status, linked_at)
                        VALUES (0, :pin, :commune, :bin, :kind, :cipher, :hash, :last4, :source, :status, :linked)
                        RETURNING id""")
                .param("pin", account.pin().value()).param("commune", account.communeCode())
                .param("bin", account.bankBin()).param("kind", account.kind().name())
                .param("cipher", account.number().cipher()).param("hash", account.number().hash())
                .param("last4", account.number().last4()).param("source", account.source().name())
                .param("status", account.status().name()).param("linked", Timestamp.from(account.linkedAt()))
                .query(Long.class).single();
        return findById(id).orElseThrow();
    }

    Optional<Account> findById(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM payments.account a WHERE a.id = :id").param("id", id)
                .query((rs, i) -> account(rs)).optional();
    }

    /** The account that stands for the person now (checking, verified or to review). */
    Optional<Account> currentOf(Pin pin) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM payments.account a WHERE a.pin = :pin AND " + CURRENT)
                .param("pin", pin.value()).query((rs, i) -> account(rs)).optional();
    }

    /** Who else holds this account (by its hash) as their current one. */
    Optional<Pin> otherHolder(byte[] numberHash, Pin pin) {
        return jdbc.sql("SELECT a.pin FROM payments.account a WHERE a.number_hash = :hash AND a.pin <> :pin AND "
                        + CURRENT + " LIMIT 1")
                .param("hash", numberHash).param("pin", pin.value())
                .query((rs, i) -> Pin.of(rs.getString(1))).optional();
    }

    /**
     * Stores the account's check and status, and publishes the events it registered.
     *
     * @throws PaymentStateException when another decision changed the account since it was read
     */
    @Transactional
    void save(Account account) {
        int updated = jdbc.sql("""
                        UPDATE payments.account SET version = version + 1, bank_name = :bankName, name_verdict = :verdict,
                               name_score = :score, status = :status, status_reason = :reason, reviewed_by = :reviewer,
                               checked_at = :checked
                        WHERE id = :id AND version = :version""")
                .param("bankName", account.bankName())
                .param("verdict", account.verdict() == null ? null : account.verdict().name())
                .param("score", account.score()).param("status", account.status().name())
                .param("reason", account.statusReason()).param("reviewer", account.reviewedBy())
                .param("checked", account.checkedAt() == null ? null : Timestamp.from(account.checkedAt()))
                .param("id", account.id()).param("version", account.version())
                .update();
        if (updated != 1) {
            throw new PaymentStateException("payments.accounts.refused.state");
        }
        account.events().forEach(events::publishEvent);
        account.clearEvents();
    }

    static Account account(ResultSet rs) throws SQLException {
        String verdict = rs.getString("name_verdict");
        double score = rs.getDouble("name_score");
        Double storedScore = rs.wasNull() ? null : score;
        return new Account(rs.getLong("id"), rs.getLong("version"), Pin.of(rs.getString("pin")),
                rs.getString("commune_code"), rs.getString("bank_bin"), Account.Kind.valueOf(rs.getString("kind")),
                new AccountNumbers.SealedNumber(rs.getBytes("number_cipher"), rs.getBytes("number_hash"),
                        rs.getString("number_last4")),
                Account.Source.valueOf(rs.getString("source")), instant(rs, "linked_at"), rs.getString("bank_name"),
                verdict == null ? null : NameVerdict.valueOf(verdict), storedScore,
                Account.Status.valueOf(rs.getString("status")), rs.getString("status_reason"),
                rs.getString("reviewed_by"), instant(rs, "checked_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }
}
