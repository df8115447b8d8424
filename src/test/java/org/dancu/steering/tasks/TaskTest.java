package org.dancu.steering.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiConsumer;

import org.dancu.steering.TaskCancelled;
import org.dancu.steering.TaskCompleted;
import org.dancu.steering.TaskReopened;
import org.junit.jupiter.api.Test;

/** A task moves only through its own methods, and a move from the wrong status changes nothing. */
class TaskTest {

    private static final Instant AT = Instant.parse("2026-12-07T03:00:00Z");

    private static Task task(Task.TaskStatus status) {
        return new Task(7L, "Làm sạch dữ liệu thuế", "THUE", List.of("CONG_AN"), LocalDate.of(2026, 12, 31), "",
                "CLEAN_TAX", BigDecimal.valueOf(95), status, false);
    }

    @Test
    void anOpenTaskIsCompletedOrCancelledAndEachMoveIsAnEvent() {
        Task done = task(Task.TaskStatus.OPEN);
        done.complete("tinh.lanhdao", AT);
        assertThat(done.status()).isEqualTo(Task.TaskStatus.DONE);
        assertThat(done.events()).containsExactly(new TaskCompleted(7, "tinh.lanhdao", AT));

        Task cancelled = task(Task.TaskStatus.OPEN);
        cancelled.cancel("tinh.lanhdao", AT);
        assertThat(cancelled.status()).isEqualTo(Task.TaskStatus.CANCELLED);
        assertThat(cancelled.events()).containsExactly(new TaskCancelled(7, "tinh.lanhdao", AT));
    }

    @Test
    void aDoneOrCancelledTaskIsReopened() {
        for (Task.TaskStatus status : List.of(Task.TaskStatus.DONE, Task.TaskStatus.CANCELLED)) {
            Task task = task(status);
            task.reopen("tinh.lanhdao", AT);
            assertThat(task.status()).isEqualTo(Task.TaskStatus.OPEN);
            assertThat(task.events()).containsExactly(new TaskReopened(7, "tinh.lanhdao", AT));
        }
    }

    @Test
    void aDoneTaskCannotBeCompletedAgainNorCancelled() {
        assertRefused(Task.TaskStatus.DONE, (task, by) -> task.complete(by, AT));
        assertRefused(Task.TaskStatus.DONE, (task, by) -> task.cancel(by, AT));
    }

    @Test
    void aCancelledTaskCannotBeCompletedNorCancelledAgain() {
        assertRefused(Task.TaskStatus.CANCELLED, (task, by) -> task.complete(by, AT));
        assertRefused(Task.TaskStatus.CANCELLED, (task, by) -> task.cancel(by, AT));
    }

    @Test
    void anOpenTaskCannotBeReopened() {
        assertRefused(Task.TaskStatus.OPEN, (task, by) -> task.reopen(by, AT));
    }

    @Test
    void aTaskNotYetStoredCannotMove() {
        Task unsaved = Task.open(new NewTask("Nhiệm vụ mới", "THUE", List.of(), LocalDate.of(2026, 12, 31), "", null,
                null), code -> true, code -> true, false);
        assertThatThrownBy(() -> unsaved.complete("tinh.lanhdao", AT)).isInstanceOf(IllegalStateException.class);
        assertThat(unsaved.status()).isEqualTo(Task.TaskStatus.OPEN);
        assertThat(unsaved.events()).isEmpty();
    }

    @Test
    void savingClearsTheRegisteredEvents() {
        Task task = task(Task.TaskStatus.OPEN);
        task.complete("tinh.lanhdao", AT);
        task.clearEvents();
        assertThat(task.events()).isEmpty();
    }

    private static void assertRefused(Task.TaskStatus status, BiConsumer<Task, String> move) {
        Task task = task(status);
        assertThatThrownBy(() -> move.accept(task, "tinh.lanhdao")).isInstanceOf(TaskStateException.class)
                .isInstanceOf(InvalidTaskException.class)
                .satisfies(e -> assertThat(((InvalidTaskException) e).messageKey()).isEqualTo("steering.task.error.state"));
        assertThat(task.status()).isEqualTo(status);
        assertThat(task.events()).isEmpty();
    }
}
