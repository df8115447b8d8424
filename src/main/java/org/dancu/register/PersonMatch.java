package org.dancu.register;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.dancu.civil.Pin;
import org.dancu.linkage.Decision;
import org.dancu.linkage.Explanation;

/**
 * What {@link PersonMatching} found for one {@link PersonClaim}: linked to a register person, sent
 * to a person's review with the candidates the engine proposes, or not found. Carries register ids
 * and personal IDs: the caller writes its ledger entry before any of it leaves the system.
 */
public sealed interface PersonMatch {

    /** The engine's decision, as the caller may store it. */
    Decision decision();

    /** The best-scoring register person, whatever the decision; empty when no one was even a candidate. */
    Optional<Candidate> candidate();

    /**
     * A register person as a candidate for a claim.
     *
     * @param personId    the register's id of the person
     * @param pin         the person's personal ID, null when they hold none (yet)
     * @param probability the engine's probability that claim and person are the same person
     * @param explanation the engine's waterfall of weights behind the probability
     */
    record Candidate(long personId, Pin pin, double probability, Explanation explanation) {

        public Candidate {
            Objects.requireNonNull(explanation, "explanation");
        }
    }

    /** The claim is this register person: the engine is sure enough to link without a person looking. */
    record Linked(Candidate person) implements PersonMatch {

        public Linked {
            Objects.requireNonNull(person, "person");
        }

        @Override
        public Decision decision() {
            return Decision.MATCH;
        }

        @Override
        public Optional<Candidate> candidate() {
            return Optional.of(person);
        }
    }

    /**
     * A person must look: the best candidate is probable but not sure, or another candidate scores close
     * to it.
     *
     * @param candidates       the best-scoring candidate, then the second-best when there is one
     * @param candidatesScored how many register persons the engine compared with the claim
     */
    record ToReview(List<Candidate> candidates, int candidatesScored) implements PersonMatch {

        public ToReview {
            if (candidates.isEmpty()) {
                throw new IllegalArgumentException("a review needs a candidate");
            }
            candidates = List.copyOf(candidates);
        }

        @Override
        public Decision decision() {
            return Decision.REVIEW;
        }

        @Override
        public Optional<Candidate> candidate() {
            return Optional.of(candidates.get(0));
        }
    }

    /**
     * No register person is likely enough: the person may not be in the register.
     *
     * @param nearest the best-scoring candidate, below the engine's review threshold; null when none
     */
    record NotFound(Candidate nearest) implements PersonMatch {

        @Override
        public Decision decision() {
            return Decision.NONMATCH;
        }

        @Override
        public Optional<Candidate> candidate() {
            return Optional.ofNullable(nearest);
        }
    }
}
