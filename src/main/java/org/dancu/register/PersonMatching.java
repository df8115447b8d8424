package org.dancu.register;

import java.util.List;

import org.dancu.linkage.CommuneMapping;
import org.dancu.linkage.LinkageModel;
import org.dancu.linkage.TrainingOptions;

/**
 * Links a list of people to the register with the {@code linkage} engine: for each claim, the register
 * person it is, a candidate for a person's review, or nobody. The register is held in memory for it,
 * built on first use and dropped whenever the register changes (a life event, an applied import), so
 * each call links against the register as it is. A cleansing dataset, a payment list or a service's
 * applicants all link here. No staff scope applies and nothing is audited here: the caller writes its
 * ledger entry (naming the officer, partner or purpose) before any answer leaves the system.
 */
public interface PersonMatching {

    /** Each claim's outcome, in the claims' order, scored by the engine's hand-set initial model. */
    List<PersonMatch> match(List<PersonClaim> claims);

    /**
     * Each claim's outcome, in the claims' order, scored by the caller's model: one it trained on its
     * own kind of list ({@link #train}) and whose thresholds its reviewers' decisions set.
     */
    List<PersonMatch> match(List<PersonClaim> claims, LinkageModel model);

    /** A model trained, without labels (EM), on these claims against the register as it is now. */
    LinkageModel train(List<PersonClaim> claims, TrainingOptions options);

    /** How many persons the register holds for matching: whether a model trained earlier still fits it. */
    int registerSize();

    /**
     * The current commune of a code as matching compares communes (the locality rule for today; a
     * split or unknown commune as written), for a caller that compares its own records the same way.
     */
    CommuneMapping communes();
}
