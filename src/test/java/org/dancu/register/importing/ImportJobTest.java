package org.dancu.register.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.dancu.register.PersonsImported;
import org.dancu.tabular.ColumnMapping;
import org.dancu.tabular.Confidence;
import org.dancu.tabular.Decoding;
import org.dancu.tabular.TabularFormat;
import org.dancu.tabular.TextEncoding;
import org.junit.jupiter.api.Test;

/** An import job moves only along its steps, and says so when asked to jump. */
class ImportJobTest {

    private static final List<String> HEADER = List.of("Số định danh", "Họ và tên", "Ngày sinh", "Giới tính", "Mã xã");
    private static final ImportJob.Counts COUNTS = new ImportJob.Counts(3, 1, 0, 2, Map.of(ImportProblem.INVALID_PIN, 1L));
    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-12-07T10:00:00+07:00");

    private static ImportJob stored(ImportJob.Status status) {
        return new ImportJob(7L, "dan-cu.csv", "0".repeat(64), TabularFormat.CSV, null,
                new Decoding(TextEncoding.UTF_8, false, null, false, Confidence.HIGH), HEADER,
                ColumnMapping.suggest(ImportField.SCHEMA, HEADER), true, status, false, "xa.import", "03334", "127.0.0.1", 0, null, null, List.of(),
                NOW, null, null);
    }

    @Test
    void aCheckedJobIsAppliedAndNamesTheCommunesOfItsPersons() {
        ImportJob job = stored(ImportJob.Status.UPLOADED);
        job.startCheck(ColumnMapping.suggest(ImportField.SCHEMA, HEADER), true, "127.0.0.1");
        job.markChecked(COUNTS, NOW);
        job.startApply(true, "127.0.0.1");
        job.markApplied(COUNTS, Set.of("03328"), NOW);

        assertThat(job.status()).isEqualTo(ImportJob.Status.APPLIED);
        assertThat(job.passReference()).as("the check and the apply are two runner jobs").isEqualTo("7/2");
        assertThat(ImportJob.jobOf(job.passReference())).isEqualTo(7);
        assertThat(job.takeEvents()).containsExactly(new PersonsImported(7, 2, Set.of("03328")));
        assertThat(job.takeEvents()).as("handed over once").isEmpty();
    }

    @Test
    void aJobIsNeitherAppliedBeforeItsCheckNorCheckedWhileItRunsOrAfterItsApply() {
        assertThatThrownBy(() -> stored(ImportJob.Status.UPLOADED).startApply(false, "127.0.0.1"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("UPLOADED");
        assertThatThrownBy(() -> stored(ImportJob.Status.APPLYING).startCheck(ColumnMapping.suggest(ImportField.SCHEMA, HEADER), true,
                "127.0.0.1")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> stored(ImportJob.Status.APPLIED).startApply(false, "127.0.0.1"))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> stored(ImportJob.Status.EXPIRED).startCheck(ColumnMapping.suggest(ImportField.SCHEMA, HEADER), true,
                "127.0.0.1")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> stored(ImportJob.Status.CHECKING).markApplied(COUNTS, Set.of(), NOW))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> stored(ImportJob.Status.CHECKED).markFailed("register.import.error.failed"))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aMappingWithoutARequiredFieldStartsNothing() {
        ImportJob job = stored(ImportJob.Status.UPLOADED);
        assertThatThrownBy(() -> job.startCheck(new ColumnMapping<>(ImportField.SCHEMA, Map.of(ImportField.PIN, 0)), true, "127.0.0.1"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("FULL_NAME");
        assertThat(job.status()).isEqualTo(ImportJob.Status.UPLOADED);
    }

    @Test
    void aFailedDryRunWaitsForAnotherAndAFailedApplyStaysChecked() {
        ImportJob checking = stored(ImportJob.Status.CHECKING);
        checking.markFailed("tabular.error.unreadable");
        assertThat(checking.status()).isEqualTo(ImportJob.Status.FAILED);

        ImportJob applying = stored(ImportJob.Status.APPLYING);
        applying.markBlocked(COUNTS, NOW);
        assertThat(applying.status()).isEqualTo(ImportJob.Status.CHECKED);
        assertThat(applying.failure()).isEqualTo(ImportJob.BLOCKED);
        assertThat(applying.takeEvents()).as("nothing was imported").isEmpty();
    }
}
