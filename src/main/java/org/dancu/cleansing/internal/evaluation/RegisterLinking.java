package org.dancu.cleansing.internal.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.dancu.cleansing.evaluation.LocalityCommunes;
import org.dancu.linkage.LinkageModel;
import org.dancu.linkage.PersonRecord;
import org.dancu.linkage.RegisterIndex;
import org.dancu.linkage.Training;
import org.dancu.linkage.TrainingOptions;
import org.dancu.register.RegisteredPerson;
import org.dancu.register.RegisteredPersons;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The register in memory for linking, built once and kept until the register changes: a life event or
 * an applied import (the register's events, through {@link #invalidate()}) drops it.
 * The model is the last saved one while the register's size stays within a fifth of what it was
 * trained on; otherwise one is trained by EM on the dataset at hand and saved. Officers' labels then
 * set its thresholds ({@link LabelCalibration}).
 */
@Component
public class RegisterLinking {

    /** Fewer records than this are too few for EM: the hand-set initial model links them. */
    static final int MINIMUM_TRAINING_RECORDS = 200;

    private final RegisteredPersons persons;
    private final LocalityCommunes communes;
    private final JdbcClient jdbc;
    private RegisterIndex index;

    RegisterLinking(RegisteredPersons persons, LocalityCommunes communes, JdbcClient jdbc) {
        this.persons = persons;
        this.communes = communes;
        this.jdbc = jdbc;
    }

    synchronized void invalidate() {
        index = null;
    }

    /** Whether the register is held in memory now (it is built again on the next use after a change). */
    synchronized boolean holdsIndex() {
        return index != null;
    }

    /** The index scoring by the model to use for these records (saved, or trained now and saved). */
    public synchronized RegisterIndex index(List<PersonRecord> records, Long datasetId) {
        if (index == null) {
            List<PersonRecord> register = new ArrayList<>();
            persons.forEach(person -> register.add(record(person)));
            index = RegisterIndex.build(register, communes);
        }
        LinkageModel model = savedModel(index.size()).orElseGet(() -> train(records, datasetId));
        return index.withModel(model.withThresholds(LabelCalibration.calibrate(model.thresholds(), labels())));
    }

    static PersonRecord record(RegisteredPerson person) {
        return new PersonRecord(String.valueOf(person.personId()), person.name().fullName(),
                person.pin() == null ? null : person.pin().value(), person.oldId(),
                person.birthDate() == null ? null : person.birthDate().toString(), person.sex().code(),
                person.communeCode(), person.address());
    }

    private Optional<LinkageModel> savedModel(int registerSize) {
        return jdbc.sql("""
                        SELECT model_json FROM cleansing.model
                        WHERE register_size BETWEEN :low AND :high ORDER BY model_id DESC LIMIT 1""")
                .param("low", registerSize * 4 / 5).param("high", registerSize * 5 / 4)
                .query(String.class).optional().map(LinkageModel::fromJson);
    }

    private LinkageModel train(List<PersonRecord> records, Long datasetId) {
        if (records.size() < MINIMUM_TRAINING_RECORDS) {
            return LinkageModel.initial();
        }
        TrainingOptions defaults = TrainingOptions.defaults();
        Training training = index.train(records, new TrainingOptions(defaults.seed(),
                Math.min(records.size(), defaults.emRecords()), 200_000, defaults.thresholds()));
        jdbc.sql("INSERT INTO cleansing.model (model_json, trained_on, register_size) VALUES (:json, :dataset, :size)")
                .param("json", training.model().toJson()).param("dataset", datasetId).param("size", index.size())
                .update();
        return training.model();
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
