package org.dancu.payments.cycles;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

import org.dancu.civil.Pin;
import org.dancu.payments.Programme;
import org.dancu.payments.Programmes;
import org.dancu.payments.accounts.PayeeAccounts;
import org.dancu.payments.iso.IsoMessageType;
import org.dancu.payments.iso.IsoValidator;
import org.dancu.security.AgencyDirectory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An approved cycle's pain.001 files: one per paying bank (more when a bank has more than
 * {@link PaymentFileQuery#MAX_LINES} lines), each written as a stream to a temporary file, checked against
 * the schema, its count and sum checked against the lines it was cut from, and stored whole in
 * {@code payments.message} with its lines tied to it, all in one transaction per file.
 */
@Component
class CycleFiles {

    private final PaymentFileQuery query;
    private final Programmes programmes;
    private final PayeeAccounts accounts;
    private final AgencyDirectory agencies;
    private final IsoValidator validator;
    private final TransactionTemplate transactions;

    CycleFiles(PaymentFileQuery query, Programmes programmes, PayeeAccounts accounts, AgencyDirectory agencies,
               IsoValidator validator, TransactionTemplate transactions) {
        this.query = query;
        this.programmes = programmes;
        this.accounts = accounts;
        this.agencies = agencies;
        this.validator = validator;
        this.transactions = transactions;
    }

    /** Writes and stores the files of the cycle's lines not yet in a file; returns every file of the cycle. */
    List<PaymentFileQuery.Stored> write(Cycle cycle) {
        Programme programme = programmes.find(cycle.programme(), cycle.paysOn()).orElseThrow();
        String debtor = agencies.name(programme.payingAgency(), Locale.forLanguageTag("vi"))
                .orElse(programme.payingAgency());
        List<String> remittance = List.of(programme.nameVi() + " - " + cycle.period(), programme.rule().legalBasis());
        for (PaymentFileQuery.Part part : query.parts(cycle.id())) {
            String messageId = "DB" + cycle.id() + "-" + part.bankBin() + "-" + part.firstId();
            transactions.executeWithoutResult(status -> writeOne(cycle, part, messageId, debtor,
                    programme.payingAgency(), remittance));
        }
        return query.stored(cycle.id());
    }

    private void writeOne(Cycle cycle, PaymentFileQuery.Part part, String messageId, String debtor, String debtorAccount,
                          List<String> remittance) {
        Path file = null;
        try {
            file = Files.createTempFile("pain001-", ".xml");
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            Pain001Writer.Header header = new Pain001Writer.Header(messageId, OffsetDateTime.now(), cycle.paysOn(),
                    debtor, debtorAccount, part.count(), part.sum());
            Pain001Writer.Written written;
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(file), sha256)) {
                written = Pain001Writer.write(header, remittance, out, payment -> query.lines(cycle.id(), part,
                        line -> payment.accept(new Pain001Writer.Payment(line.endToEndId(), line.amount(), line.pin(),
                                line.name(), part.bankBin(), accounts.number(Pin.of(line.pin()), line.sealedAccount())))));
            }
            if (written.count() != part.count() || !written.sum().equals(part.sum())) {
                throw new IllegalStateException("file " + messageId + " holds " + written + ", its lines " + part);
            }
            validator.validate(IsoMessageType.PAIN_001, file);
            PaymentFileQuery.Stored stored = query.store(cycle.id(), part, messageId, sha256.digest(), file);
            query.assign(cycle.id(), part, stored.id());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } finally {
            delete(file);
        }
    }

    private static void delete(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                file.toFile().deleteOnExit();
            }
        }
    }
}
