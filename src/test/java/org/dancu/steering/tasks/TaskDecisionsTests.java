package org.dancu.steering.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.dancu.security.Scope;
import org.dancu.steering.TaskCancelled;
import org.dancu.steering.TaskCompleted;
import org.dancu.steering.TaskReopened;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

/**
 * The committee's decisions on a task publish one event each, with the change, and a decision from
 * the wrong status, or on a task the officer does not see, is refused and stores nothing.
 */
@SpringBootTest
@EnableScenarios
class TaskDecisionsTests {

    private static final Scope PROVINCE = new Scope("11", null);
    private static final Scope TAX_AGENCY_ONLY = new Scope(null, "THUE");

    @Autowired TaskDecisions decisions;
    @Autowired Tasks tasks;

    private long newTask(String title) {
        return decisions.create(new NewTask(title, "SO_XD", List.of("SO_NNMT"), LocalDate.of(2027, 6, 30),
                "Quyết định số 06/QĐ-TTg", null, BigDecimal.ONE), "test", false);
    }

    @Test
    void completingATaskPublishesTaskCompleted(Scenario scenario) {
        long id = newTask("Cấp phép xây dựng trực tuyến (hoàn thành)");
        scenario.stimulate(() -> decisions.complete(PROVINCE, id, "tinh.lanhdao"))
                .andWaitForEventOfType(TaskCompleted.class).matching(e -> e.taskId() == id)
                .toArriveAndVerify(e -> {
                    assertThat(e.by()).isEqualTo("tinh.lanhdao");
                    assertThat(tasks.findById(id).orElseThrow().status()).isEqualTo(Task.TaskStatus.DONE);
                });
    }

    @Test
    void cancellingATaskPublishesTaskCancelled(Scenario scenario) {
        long id = newTask("Cấp phép xây dựng trực tuyến (huỷ)");
        scenario.stimulate(() -> decisions.cancel(PROVINCE, id, "tinh.lanhdao"))
                .andWaitForEventOfType(TaskCancelled.class).matching(e -> e.taskId() == id)
                .toArriveAndVerify(e -> assertThat(tasks.findById(id).orElseThrow().status())
                        .isEqualTo(Task.TaskStatus.CANCELLED));
    }

    @Test
    void reopeningATaskPublishesTaskReopened(Scenario scenario) {
        long id = newTask("Cấp phép xây dựng trực tuyến (mở lại)");
        decisions.complete(PROVINCE, id, "tinh.lanhdao");
        scenario.stimulate(() -> decisions.reopen(PROVINCE, id, "tinh.lanhdao"))
                .andWaitForEventOfType(TaskReopened.class).matching(e -> e.taskId() == id)
                .toArriveAndVerify(e -> assertThat(tasks.findById(id).orElseThrow().status())
                        .isEqualTo(Task.TaskStatus.OPEN));
    }

    @Test
    void aDecisionFromTheWrongStatusOrOnATaskNotSeenChangesNothing() {
        long id = newTask("Cấp phép xây dựng trực tuyến (từ chối)");
        decisions.cancel(PROVINCE, id, "tinh.lanhdao");
        assertThatThrownBy(() -> decisions.complete(PROVINCE, id, "tinh.lanhdao"))
                .isInstanceOf(TaskStateException.class);
        assertThatThrownBy(() -> decisions.reopen(TAX_AGENCY_ONLY, id, "thue.canbo"))
                .isInstanceOf(InvalidTaskException.class)
                .satisfies(e -> assertThat(((InvalidTaskException) e).messageKey())
                        .isEqualTo("steering.task.error.not-found"));
        assertThat(tasks.findById(id).orElseThrow().status()).isEqualTo(Task.TaskStatus.CANCELLED);
    }
}
