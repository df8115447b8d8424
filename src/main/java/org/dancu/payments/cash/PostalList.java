package org.dancu.payments.cash;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.dancu.audit.Actor;
import org.dancu.audit.AuditEntry;
import org.dancu.audit.AuditLedger;
import org.dancu.audit.Outcome;
import org.dancu.civil.Pin;
import org.dancu.register.RegisteredPerson;
import org.dancu.register.RegisteredPersons;
import org.dancu.security.Scope;
import org.dancu.tabular.Column;
import org.dancu.tabular.Tabular;
import org.dancu.tabular.TabularFormat;
import org.dancu.tabular.TabularWriter;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The postal operator's list of the payments it is to make in cash, within the officer's communes: a CSV
 * file for the operator's system (codes kept: the channel {@code POST_CASH} at a payment point or
 * {@code POST_HOME} at home, dates as {@code yyyy-MM-dd}, amounts in whole dong), written through tabular's
 * writer so that no cell becomes a formula. Each line carries the reference the receipt must quote. Every
 * person on the list is in the ledger: their data leaves for the operator.
 */
@Component
class PostalList {

    static final List<String> COLUMNS = List.of("line_ref", "pin", "full_name", "birth_date", "address",
            "commune_code", "programme", "period", "amount_vnd", "channel", "pay_date");
    private static final int PAGE = 1_000;

    private final CashLinesQuery lines;
    private final RegisteredPersons persons;
    private final AuditLedger ledger;

    PostalList(CashLinesQuery lines, RegisteredPersons persons, AuditLedger ledger) {
        this.lines = lines;
        this.persons = persons;
        this.ledger = ledger;
    }

    /** Writes the list; returns the number of lines on it. */
    @Transactional(readOnly = true)
    public long write(Scope scope, Actor officer, String origin, OutputStream out) {
        long written = 0;
        try (Stream<CashLinesQuery.DueLine> due = lines.due(scope);
             TabularWriter writer = Tabular.writer(out, TabularFormat.CSV, COLUMNS.stream().map(Column::text).toList(),
                     "cash")) {
            Iterator<CashLinesQuery.DueLine> rows = due.iterator();
            List<CashLinesQuery.DueLine> page = new ArrayList<>(PAGE);
            while (rows.hasNext()) {
                page.add(rows.next());
                if (page.size() == PAGE || !rows.hasNext()) {
                    written += writePage(page, writer, officer, origin);
                    page.clear();
                }
            }
        }
        return written;
    }

    private int writePage(List<CashLinesQuery.DueLine> page, TabularWriter writer, Actor officer, String origin) {
        Map<String, RegisteredPerson> found = persons.byPins(page.stream().map(line -> Pin.of(line.pin())).toList())
                .stream().collect(Collectors.toMap(person -> person.pin().value(), Function.identity()));
        for (CashLinesQuery.DueLine line : page) {
            RegisteredPerson person = found.get(line.pin());
            writer.row(List.of(line.reference(), line.pin(), person == null ? "" : person.name().fullName(),
                    person == null || person.birthDate() == null ? "" : person.birthDate().toString(),
                    person == null || person.address() == null ? "" : person.address(), line.communeCode(),
                    line.programme(), line.period(), String.valueOf(line.amount()), line.channel().name(),
                    line.paysOn().toString()));
        }
        ledger.recordAll(page.stream().map(line -> new AuditEntry(officer, "payments.cash.list", "person", line.pin(),
                null, origin, Outcome.SUCCESS, line.reference())).toList());
        return page.size();
    }
}
