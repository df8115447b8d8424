package org.dancu.cleansing.evaluation;

import java.util.List;
import java.util.Optional;

import org.dancu.linkage.LinkageModel;
import org.dancu.linkage.TrainingOptions;
import org.dancu.register.PersonClaim;
import org.dancu.register.PersonMatching;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The model a dataset is linked with: the last saved one while the register's size stays within a
 * fifth of what it was trained on; otherwise one is trained by EM on the dataset at hand and saved.
 * Officers' labels then set its thresholds ({@link LabelCalibration}). The register does the linking
 * ({@link PersonMatching}); the models and the labels are cleansing's.
 */
@Component
class LinkingModels {

    /** Fewer records than this are too few for EM: the hand-set initial model links them. */
    static final int MINIMUM_TRAINING_RECORDS = 200;

    private final PersonMatching matching;
    private final JdbcClient jdbc;

    LinkingModels(PersonMatching matching, JdbcClient jdbc) {
        this.matching = matching;
        this.jdbc = jdbc;
    }

    /** The model to link these claims of a dataset with (saved, or trained now and saved), calibrated. */
    LinkageModel forDataset(List<PersonClaim> claims, Long datasetId) {
        int registerSize = matching.registerSize();
        LinkageModel model = savedModel(registerSize).orElseGet(() -> train(claims, datasetId, registerSize));
        return model.withThresholds(LabelCalibration.calibrate(model.thresholds(), labels()));
    }

    private Optional<LinkageModel> savedModel(int registerSize) {
        return jdbc.sql("""
                        SELECT model_json FROM cleansing.model
                        WHERE register_size BETWEEN :low AND :high ORDER BY model_id DESC LIMIT 1""")
                .param("low", registerSize * 4 / 5).param("high", registerSize * 5 / 4)
                .query(String.class).optional().map(LinkageModel::fromJson);
    }

    private LinkageModel train(List<PersonClaim> claims, Long datasetId, int registerSize) {
        if (claims.size() < MINIMUM_TRAINING_RECORDS) {
            return LinkageModel.initial();
        }
        TrainingOptions defaults = TrainingOptions.defaults();
        LinkageModel model = matching.train(claims, new TrainingOptions(defaults.seed(),
                Math.min(claims.size(), defaults.emRecords()), 200_000, defaults.thresholds()));
        jdbc.sql("INSERT INTO cleansing.model (model_json, trained_on, register_size) VALUES (:json, :dataset, :size)")
                .param("json", model.toJson()).param("dataset", datasetId).param("size", registerSize).update();
        return model;
    }

    /** Every review decision on a candidate: confirmed when accepted, not when rejected or another person was picked. */
    List<LabelCalibration.Label> labels() {
        return jdbc.sql("""
                        SELECT probability, action = 'ACCEPT' AS confirmed FROM cleansing.review_decision
                        WHERE probability IS NOT NULL AND candidate_id IS NOT NULL""")
                .query((row, n) -> new LabelCalibration.Label(row.getDouble("probability"), row.getBoolean("confirmed")))
                .list();
    }
}
