package org.dancu.national.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.dancu.national.NationalDatabase;
import org.dancu.national.NationalField;
import org.dancu.national.NationalUnavailableException;
import org.dancu.national.ReconciliationRun;
import org.dancu.register.RegisteredPerson;
import org.dancu.register.RegisteredPersons;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Verifies the register against the national database batch by batch, in person-id order. Each
 * batch's results and the run's cursor are stored in one transaction, so a run stopped anywhere
 * (failure, restart) resumes after the last stored batch and checks nobody twice.
 */
final class Reconciler {

    static final List<NationalField> COMPARED = List.of(NationalField.FULL_NAME, NationalField.BIRTH_DATE,
            NationalField.SEX, NationalField.COMMUNE_CODE, NationalField.ALIVE);

    private final NationalDatabase national;
    private final RegisteredPersons register;
    private final ReconciliationRuns runs;
    private final PersonChecks checks;
    private final TransactionTemplate transactions;
    private final int batchSize;

    Reconciler(NationalDatabase national, RegisteredPersons register, ReconciliationRuns runs, PersonChecks checks,
               TransactionTemplate transactions, int batchSize) {
        this.national = national;
        this.register = register;
        this.runs = runs;
        this.checks = checks;
        this.transactions = transactions;
        this.batchSize = batchSize;
    }

    ReconciliationRun run(String startedBy, Consumer<ReconciliationRun> progress) {
        ReconciliationRuns.Open open = runs.open().orElseGet(() -> runs.start(startedBy, register.countWithPin()));
        long runId = open.run().runId();
        long cursor = open.cursor();
        List<RegisteredPerson> batch;
        while (!(batch = register.withPinAfter(cursor, batchSize)).isEmpty()) {
            Map<String, Map<NationalField, Boolean>> answers;
            try {
                answers = national.verifyBatch(NationalDatabase.claims(batch));
            } catch (NationalUnavailableException e) {
                runs.interrupted(runId, e.getMessage());
                throw e;
            }
            List<PersonCheck> results = new ArrayList<>(batch.size());
            for (RegisteredPerson person : batch) {
                results.add(check(person, answers.getOrDefault(person.pin().value(), Map.of())));
            }
            long next = batch.get(batch.size() - 1).personId();
            transactions.executeWithoutResult(status -> {
                checks.save(runId, results);
                runs.advance(runId, next, tally(results));
            });
            cursor = next;
            progress.accept(runs.get(runId).run());
        }
        transactions.executeWithoutResult(status -> runs.finish(runId));
        return runs.get(runId).run();
    }

    private static PersonCheck check(RegisteredPerson person, Map<NationalField, Boolean> answer) {
        List<NationalField> disagreeing = COMPARED.stream().filter(f -> !answer.getOrDefault(f, false)).toList();
        return PersonCheck.of(person, COMPARED, disagreeing);
    }

    private static Tally tally(List<PersonCheck> results) {
        long matched = results.stream().filter(c -> c.status().equals("MATCH")).count();
        long unknown = results.stream().filter(c -> c.status().equals("UNKNOWN")).count();
        return new Tally(results.size(), matched, results.size() - matched - unknown, unknown);
    }
}
