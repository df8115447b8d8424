package org.dancu.linkage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinkageModelTest {

    @Test
    void theModelFileRoundTrips(@TempDir Path directory) throws Exception {
        LinkageModel model = TrainingFixture.trained().withThresholds(new LinkageModel.Thresholds(0.995, 0.4, 3));
        Path file = directory.resolve("model.json");
        model.save(file);
        LinkageModel read = LinkageModel.load(file);
        assertThat(read.toJson()).isEqualTo(model.toJson());
        assertThat(read.prior()).isEqualTo(model.prior());
        assertThat(read.thresholds()).isEqualTo(model.thresholds());
        for (Comparison c : Comparison.values()) {
            for (int l = 0; l < c.levels().size(); l++) {
                assertThat(read.m(c, l)).isEqualTo(model.m(c, l));
                assertThat(read.u(c, l)).isEqualTo(model.u(c, l));
            }
        }
    }

    @Test
    void theModelFileIsReadableByPeople() {
        String json = LinkageModel.initial().toJson();
        assertThat(json).contains("\"format\": \"dancu-linkage-model/1\"").contains("\"level\": \"day_month_swap\"")
                .contains("\"weight\"").contains("\n");
        assertThat(LinkageModel.initial().describe()).contains("name").contains("bits");
    }

    @Test
    void aModelFileSavedBeforeEthnicityAndParentsWereComparedIsReadWithThemWeighingNothing() {
        LinkageModel model = TrainingFixture.trained();
        String json = model.toJson();
        String older = json.substring(0, json.indexOf(",\n    \"ethnicity\":")) + "\n  }\n}\n";
        LinkageModel read = LinkageModel.fromJson(older);
        for (Comparison c : Comparison.values()) {
            for (int l = 0; l < c.levels().size(); l++) {
                boolean later = c == Comparison.ETHNICITY || c == Comparison.FATHER_NAME || c == Comparison.MOTHER_NAME;
                assertThat(read.weight(c, l)).as(c.key() + " " + c.level(l))
                        .isEqualTo(later ? 0 : model.weight(c, l));
            }
        }
        String withoutAddress = json.replace("\"address\":", "\"place\":");
        assertThatThrownBy(() -> LinkageModel.fromJson(withoutAddress)).as("only the later comparisons may be absent")
                .hasMessageContaining("\"address\"");
    }

    @Test
    void aBrokenModelFileIsRefusedWithItsReason() {
        assertThatThrownBy(() -> LinkageModel.fromJson("{\"format\": \"other\"}"))
                .hasMessageContaining("format");
        assertThatThrownBy(() -> LinkageModel.fromJson("{\"format\": "))
                .isInstanceOf(IllegalArgumentException.class);
        String withoutSex = LinkageModel.initial().toJson().replace("\"sex\":", "\"gender\":");
        assertThatThrownBy(() -> LinkageModel.fromJson(withoutSex)).hasMessageContaining("\"sex\"");
        String badPrior = LinkageModel.initial().toJson().replaceFirst("\"prior\": [0-9.E-]+", "\"prior\": 2");
        assertThatThrownBy(() -> LinkageModel.fromJson(badPrior)).hasMessageContaining("prior");
    }
}
