package org.dancu.payments.beneficiaries;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.dancu.payments.PaymentRefusedException;
import org.dancu.tabular.Intake;
import org.dancu.tabular.IntakeProblem;
import org.dancu.tabular.IntakeProgress;
import org.dancu.tabular.Tabular;
import org.dancu.tabular.TabularLimits;
import org.dancu.tabular.TabularReader;
import org.dancu.tabular.TabularRow;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A decision's list of beneficiaries through the one intake pipeline: each row read as a typed line is
 * ({@link DecisionLineReader}), all rows linked to the register at once ({@link DecisionLinker}: one query for
 * the IDs, one engine call for the rest), each checked as an entered line is ({@link DecisionEntry#checked}).
 * The dry run keeps every row's problem; the load stores every row in one transaction, or none when any row has
 * a problem.
 */
@Component
class DecisionImport implements Intake<DecisionList> {

    static final String WHOLE_FILE = "payments.beneficiaries.import.refused.problems";

    /** A row with nothing wrong, ready to store. */
    private record Ready(DecisionLine line, DecisionLinker.Link link) {
    }

    private final DecisionLineReader reader;
    private final DecisionLinker linker;
    private final DecisionEntry entry;

    DecisionImport(DecisionLineReader reader, DecisionLinker linker, DecisionEntry entry) {
        this.reader = reader;
        this.linker = linker;
        this.entry = entry;
    }

    @Override
    public long dryRun(DecisionList list, IntakeProgress progress) {
        check(list, progress);
        return list.problems().stream().map(IntakeProblem::line).distinct().count();
    }

    @Override
    @Transactional
    public long load(DecisionList list, IntakeProgress progress) {
        List<Ready> ready = check(list, progress);
        if (!list.problems().isEmpty()) {
            throw new PaymentRefusedException(WHOLE_FILE);
        }
        ready.forEach(row -> entry.store(row.line(), row.link(), list.officer(), list.origin()));
        return ready.size();
    }

    @Override
    public List<IntakeProblem> problems(DecisionList list, int limit) {
        return list.problems().stream().limit(limit).toList();
    }

    private List<Ready> check(DecisionList list, IntakeProgress progress) {
        List<IntakeProblem> problems = new ArrayList<>();
        List<Long> numbers = new ArrayList<>();
        List<DecisionLine> lines = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        try (TabularReader rows = Tabular.open(list.file(), list.format(), null, TabularLimits.DEFAULT)) {
            rows.header();
            for (TabularRow row = rows.next(); row != null; row = rows.next()) {
                try {
                    DecisionLine line = reader.read(input(list.mapping().values(row.cells())));
                    if (!seen.add(line.programme() + "|" + line.decisionRef() + "|" + line.claimedName())) {
                        throw new PaymentRefusedException("payments.beneficiaries.refused.duplicate");
                    }
                    numbers.add(row.line());
                    lines.add(line);
                } catch (PaymentRefusedException refused) {
                    problems.add(new IntakeProblem(row.line(), IntakeProblem.WHOLE_ROW, refused.messageKey()));
                }
                progress.rows(rows.rowsRead(), -1);
            }
        }
        List<DecisionLinker.Link> links = linker.link(lines);
        List<Ready> ready = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            try {
                ready.add(new Ready(entry.checked(lines.get(i), links.get(i), list.scope()), links.get(i)));
            } catch (PaymentRefusedException refused) {
                problems.add(new IntakeProblem(numbers.get(i), IntakeProblem.WHOLE_ROW, refused.messageKey()));
            }
        }
        problems.sort(Comparator.comparingLong(IntakeProblem::line));
        list.keep(problems);
        return ready;
    }

    private static DecisionInput input(Map<DecisionField, String> cells) {
        return new DecisionInput(cells.get(DecisionField.PROGRAMME), cells.get(DecisionField.PIN),
                cells.get(DecisionField.FULL_NAME), cells.get(DecisionField.BIRTH_DATE),
                cells.get(DecisionField.COMMUNE_CODE), cells.get(DecisionField.COEFFICIENT),
                cells.get(DecisionField.MONTHS), cells.get(DecisionField.AMOUNT), cells.get(DecisionField.DECISION_REF),
                cells.get(DecisionField.DECISION_DATE), cells.get(DecisionField.STARTS_ON),
                cells.get(DecisionField.CHANNEL));
    }
}
