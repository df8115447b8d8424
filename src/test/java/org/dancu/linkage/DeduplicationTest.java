package org.dancu.linkage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dancu.linkage.People.person;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

class DeduplicationTest {

    private static List<PersonRecord> dataset() {
        List<PersonRecord> register = TrainingFixture.register(1_000);
        List<PersonRecord> records = new ArrayList<>(register);
        for (int i = 0; i < 100; i++) {
            PersonRecord p = register.get(i * 7);
            records.add(person(Integer.toString(5_000 + i), p.fullName().toUpperCase(java.util.Locale.ROOT), p.pin(),
                    p.birthDate(), p.sex(), p.communeCode()));
        }
        return records;
    }

    private static Map<String, String> clusters(List<PersonRecord> records) {
        Deduplication deduplication = Deduplication.of(records, CommuneMapping.none());
        return deduplication.clusters(deduplication.train(new TrainingOptions(1, 5_000, 100_000,
                LinkageModel.Thresholds.defaults())).model());
    }

    @Test
    void duplicatesShareTheSmallestRecordIdOfTheirCluster() {
        Map<String, String> clusters = clusters(dataset());
        assertThat(clusters).hasSize(1_100);
        for (int i = 0; i < 100; i++) {
            assertThat(clusters.get(Integer.toString(5_000 + i))).isEqualTo(Integer.toString(i * 7 + 1));
        }
        assertThat(clusters.get("2")).isEqualTo("2");
    }

    @Test
    void clustersAreTheSameAcrossRerunsAndInputOrders() {
        List<PersonRecord> records = dataset();
        Map<String, String> first = clusters(records);
        List<PersonRecord> shuffled = new ArrayList<>(records);
        Collections.shuffle(shuffled, new Random(5));
        assertThat(clusters(records)).isEqualTo(first);
        assertThat(clusters(shuffled)).isEqualTo(first);
    }

    @Test
    void idsOrderNumericallyThenAsText() {
        List<String> ids = new ArrayList<>(List.of("b", "10", "9", "a", "010", "2"));
        ids.sort(Deduplication.ID_ORDER);
        assertThat(ids.subList(0, 3)).containsExactly("2", "9", "10");
        assertThat(ids.subList(4, 6)).containsExactly("a", "b");
    }

    @Test
    void aRepeatedRecordIdIsRefused() {
        assertThatThrownBy(() -> Deduplication.of(List.of(PersonRecord.of("1", "An"), PersonRecord.of("1", "Bình")),
                CommuneMapping.none())).hasMessageContaining("duplicate record id 1");
    }
}
