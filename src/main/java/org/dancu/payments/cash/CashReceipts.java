package org.dancu.payments.cash;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.dancu.audit.Actor;
import org.dancu.audit.AuditEntry;
import org.dancu.audit.AuditLedger;
import org.dancu.audit.Outcome;
import org.dancu.civil.ProvinceTime;
import org.dancu.payments.PaymentsBooked;
import org.dancu.security.Scope;
import org.dancu.tabular.ColumnMapping;
import org.dancu.tabular.Intake;
import org.dancu.tabular.IntakeProblem;
import org.dancu.tabular.IntakeProgress;
import org.dancu.tabular.Tabular;
import org.dancu.tabular.TabularFormat;
import org.dancu.tabular.TabularLimits;
import org.dancu.tabular.TabularReader;
import org.dancu.tabular.TabularRow;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The postal operator's receipts back, through tabular's intake: a file of {@code line_ref}, {@code receipt}
 * and {@code paid_on} (dd/MM/yyyy or yyyy-MM-dd) rows. The dry run checks every row: the line exists within
 * the officer's communes and is due in cash, the receipt number is given, at most 40 characters and never used
 * before (in the file or on another line), the day is a day, not in the future. The load takes all rows or
 * none: each line becomes PAID_CASH with its receipt and day (counted as cash, never as non-cash), the
 * paid lines' cycles are announced ({@link PaymentsBooked}), and each person paid is in the ledger.
 */
@Component
class CashReceipts implements Intake<CashReceipts.ReceiptsFile> {

    /** Receipts per file: a commune's round of cash payments, with room. */
    static final TabularLimits LIMITS = new TabularLimits(16L << 20, 100_000, 20, 200);
    private static final DateTimeFormatter DAY_FIRST = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    /** One uploaded file of receipts, as the officer who sent it may act on it; its problems from the last pass. */
    static final class ReceiptsFile {
        private final Path file;
        private final Scope scope;
        private final Actor officer;
        private final String origin;
        private final List<IntakeProblem> problems = new ArrayList<>();

        ReceiptsFile(Path file, Scope scope, Actor officer, String origin) {
            this.file = file;
            this.scope = scope;
            this.officer = officer;
            this.origin = origin;
        }
    }

    private record Row(long line, CashLinesQuery.Target target, String receipt, LocalDate paidOn) {
    }

    private final CashLinesQuery lines;
    private final AuditLedger ledger;
    private final ApplicationEventPublisher events;
    private final ProvinceTime time;

    CashReceipts(CashLinesQuery lines, AuditLedger ledger, ApplicationEventPublisher events, ProvinceTime time) {
        this.lines = lines;
        this.ledger = ledger;
        this.events = events;
        this.time = time;
    }

    @Override
    public long dryRun(ReceiptsFile batch, IntakeProgress progress) {
        check(batch, progress);
        return batch.problems.stream().map(IntakeProblem::line).distinct().count();
    }

    @Override
    @Transactional
    public long load(ReceiptsFile batch, IntakeProgress progress) {
        List<Row> rows = check(batch, progress);
        if (!batch.problems.isEmpty()) {
            return 0;
        }
        int marked = lines.markPaid(rows.stream()
                .map(row -> new CashLinesQuery.Receipt(row.target().id(), row.receipt(), row.paidOn())).toList());
        if (marked != rows.size()) {
            throw new IllegalStateException("a line was paid by another officer meanwhile: nothing recorded");
        }
        Map<Long, List<Row>> byCycle = new TreeMap<>();
        rows.forEach(row -> byCycle.computeIfAbsent(row.target().cycleId(), id -> new ArrayList<>()).add(row));
        byCycle.forEach((cycle, paid) -> events.publishEvent(new PaymentsBooked(cycle, paid.size(),
                new TreeSet<>(paid.stream().map(row -> row.target().communeCode()).toList()))));
        ledger.recordAll(rows.stream().map(row -> new AuditEntry(batch.officer, "payments.cash.receipt", "person",
                row.target().pin(), null, batch.origin, Outcome.SUCCESS, row.target().reference())).toList());
        return rows.size();
    }

    @Override
    public List<IntakeProblem> problems(ReceiptsFile batch, int limit) {
        return batch.problems.stream().limit(limit).toList();
    }

    private List<Row> check(ReceiptsFile batch, IntakeProgress progress) {
        batch.problems.clear();
        List<Row> rows = new ArrayList<>();
        try (TabularReader reader = Tabular.open(batch.file, TabularFormat.CSV, null, LIMITS)) {
            ColumnMapping<ReceiptField> mapping = ColumnMapping.suggest(ReceiptField.SCHEMA, reader.header());
            if (!mapping.missingRequired().isEmpty()) {
                mapping.missingRequired().forEach(field -> batch.problems.add(
                        new IntakeProblem(1, field.key(), "missing-column")));
                return rows;
            }
            List<Map<ReceiptField, String>> values = new ArrayList<>();
            List<Long> lineNumbers = new ArrayList<>();
            for (TabularRow row = reader.next(); row != null; row = reader.next()) {
                values.add(mapping.values(row.cells()));
                lineNumbers.add(row.line());
            }
            Map<String, CashLinesQuery.Target> targets = lines.targets(batch.scope,
                    values.stream().map(row -> row.getOrDefault(ReceiptField.LINE_REF, "").strip()).toList());
            Set<String> usedBefore = new HashSet<>(lines.receiptsUsed(
                    values.stream().map(row -> row.getOrDefault(ReceiptField.RECEIPT, "").strip()).toList()));
            Set<String> inFile = new HashSet<>();
            for (int i = 0; i < values.size(); i++) {
                Row checked = check(batch, lineNumbers.get(i), values.get(i), targets, usedBefore, inFile);
                if (checked != null) {
                    rows.add(checked);
                }
                progress.rows(i + 1, values.size());
            }
        }
        return rows;
    }

    private Row check(ReceiptsFile batch, long line, Map<ReceiptField, String> values,
                      Map<String, CashLinesQuery.Target> targets, Set<String> usedBefore, Set<String> inFile) {
        int before = batch.problems.size();
        CashLinesQuery.Target target = targets.get(values.getOrDefault(ReceiptField.LINE_REF, "").strip());
        if (target == null) {
            batch.problems.add(new IntakeProblem(line, ReceiptField.LINE_REF.key(), "unknown-line"));
        } else if (!"CASH_DUE".equals(target.status())) {
            batch.problems.add(new IntakeProblem(line, ReceiptField.LINE_REF.key(), "not-cash-due"));
        }
        String receipt = values.getOrDefault(ReceiptField.RECEIPT, "").strip();
        if (receipt.isEmpty() || receipt.length() > 40) {
            batch.problems.add(new IntakeProblem(line, ReceiptField.RECEIPT.key(), "receipt-missing"));
        } else if (usedBefore.contains(receipt) || !inFile.add(receipt)) {
            batch.problems.add(new IntakeProblem(line, ReceiptField.RECEIPT.key(), "receipt-used"));
        }
        LocalDate paidOn = day(values.getOrDefault(ReceiptField.PAID_ON, "").strip());
        if (paidOn == null) {
            batch.problems.add(new IntakeProblem(line, ReceiptField.PAID_ON.key(), "not-a-day"));
        } else if (paidOn.isAfter(time.today())) {
            batch.problems.add(new IntakeProblem(line, ReceiptField.PAID_ON.key(), "in-the-future"));
        }
        return batch.problems.size() == before ? new Row(line, target, receipt, paidOn) : null;
    }

    private static LocalDate day(String text) {
        for (DateTimeFormatter format : List.of(DAY_FIRST, DateTimeFormatter.ISO_LOCAL_DATE)) {
            try {
                return LocalDate.parse(text, format);
            } catch (DateTimeParseException e) {
                // the other form
            }
        }
        return null;
    }
}
