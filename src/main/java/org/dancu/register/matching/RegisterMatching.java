package org.dancu.register.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.dancu.linkage.CommuneMapping;
import org.dancu.linkage.Explanation;
import org.dancu.linkage.LinkResult;
import org.dancu.linkage.LinkageModel;
import org.dancu.linkage.PersonRecord;
import org.dancu.linkage.RegisterIndex;
import org.dancu.linkage.TrainingOptions;
import org.dancu.register.PersonClaim;
import org.dancu.register.PersonMatch;
import org.dancu.register.PersonMatching;
import org.dancu.register.RegisteredPerson;
import org.dancu.register.RegisteredPersons;
import org.dancu.cluster.ChangeSignals;
import org.springframework.stereotype.Service;

/**
 * The register held in memory for linking, built once from {@link RegisteredPersons} and kept until
 * the register changes on any instance ({@link RegisterChanges} drops it and tells the others), then
 * built again on the next use.
 */
@Service
class RegisterMatching implements PersonMatching {

    private final RegisteredPersons persons;
    private final LocalityCommunes communes;
    private RegisterIndex index;

    RegisterMatching(RegisteredPersons persons, LocalityCommunes communes, ChangeSignals signals) {
        this.persons = persons;
        this.communes = communes;
        signals.onChange(RegisterChanges.TOPIC, this::invalidate);
    }

    @Override
    public List<PersonMatch> match(List<PersonClaim> claims) {
        return match(claims, LinkageModel.initial());
    }

    @Override
    public List<PersonMatch> match(List<PersonClaim> claims, LinkageModel model) {
        List<LinkResult> results = index().withModel(model).link(records(claims), true);
        Map<Long, RegisteredPerson> candidates = persons.byIds(results.stream()
                        .flatMap(result -> Stream.of(result.personId(), result.runnerUpId())).filter(Objects::nonNull)
                        .map(Long::valueOf).collect(Collectors.toSet()))
                .stream().collect(Collectors.toMap(RegisteredPerson::personId, Function.identity()));
        return results.stream().map(result -> outcome(result, candidates)).toList();
    }

    @Override
    public LinkageModel train(List<PersonClaim> claims, TrainingOptions options) {
        return index().train(records(claims), options).model();
    }

    @Override
    public int registerSize() {
        return index().size();
    }

    @Override
    public CommuneMapping communes() {
        return communes;
    }

    synchronized void invalidate() {
        index = null;
    }

    /** Whether the register is held in memory now (it is built again on the next use after a change). */
    synchronized boolean holdsIndex() {
        return index != null;
    }

    private synchronized RegisterIndex index() {
        if (index == null) {
            List<PersonRecord> register = new ArrayList<>();
            persons.forEach(person -> register.add(record(person)));
            index = RegisterIndex.build(register, communes);
        }
        return index;
    }

    private static List<PersonRecord> records(List<PersonClaim> claims) {
        return IntStream.range(0, claims.size()).mapToObj(i -> claims.get(i).toRecord(String.valueOf(i))).toList();
    }

    private static PersonRecord record(RegisteredPerson person) {
        return new PersonRecord(String.valueOf(person.personId()), person.name().fullName(),
                person.pin() == null ? null : person.pin().value(), person.oldId(),
                person.birthDate() == null ? null : person.birthDate().toString(), person.sex().code(),
                person.communeCode(), person.address());
    }

    private static PersonMatch outcome(LinkResult result, Map<Long, RegisteredPerson> persons) {
        PersonMatch.Candidate best = candidate(result.personId(), result.probability(), result.explanation(), persons);
        return switch (result.decision()) {
            case MATCH -> new PersonMatch.Linked(best);
            case REVIEW -> new PersonMatch.ToReview(result.runnerUpExplanation() == null ? List.of(best)
                    : List.of(best, candidate(result.runnerUpId(), result.runnerUpProbability(),
                            result.runnerUpExplanation(), persons)), result.candidates());
            case NONMATCH -> new PersonMatch.NotFound(best);
        };
    }

    /**
     * The register person the engine named, null when it named none. One removed from the register since the
     * index was built (without an event) reads as holding no ID.
     */
    private static PersonMatch.Candidate candidate(String personId, double probability, Explanation explanation,
                                                   Map<Long, RegisteredPerson> persons) {
        if (personId == null) {
            return null;
        }
        RegisteredPerson person = persons.get(Long.valueOf(personId));
        return new PersonMatch.Candidate(Long.parseLong(personId), person == null ? null : person.pin(), probability,
                explanation);
    }
}
