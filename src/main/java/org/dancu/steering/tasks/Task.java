package org.dancu.steering.tasks;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.dancu.steering.TaskCancelled;
import org.dancu.steering.TaskCompleted;
import org.dancu.steering.TaskReopened;

/**
 * A steering committee task: what it asks, of whom, by when and, optionally, which indicator reaching
 * which target means done. Its status moves only through its own methods: an open task is completed
 * or cancelled, a done or cancelled one reopened; any other move throws {@link TaskStateException}
 * and changes nothing. Each move registers a past-tense event, which {@link Tasks#save} publishes
 * with the change.
 */
public final class Task {

    public enum TaskStatus { OPEN, DONE, CANCELLED }

    private final Long id;
    private final String title;
    private final String leadAgency;
    private final List<String> coordinators;
    private final LocalDate deadline;
    private final String legalBasis;
    private final String indicatorCode;
    private final BigDecimal target;
    private final boolean demo;
    private TaskStatus status;
    private final List<Object> events = new ArrayList<>();

    /**
     * A task as stored (or, with a null id, not yet).
     *
     * @param indicatorCode the linked indicator, or null for a task followed by reports only
     * @param target        the value of the indicator that means done, with the indicator
     */
    public Task(Long id, String title, String leadAgency, List<String> coordinators, LocalDate deadline, String legalBasis,
         String indicatorCode, BigDecimal target, TaskStatus status, boolean demo) {
        this.id = id;
        this.title = title;
        this.leadAgency = leadAgency;
        this.coordinators = List.copyOf(coordinators);
        this.deadline = deadline;
        this.legalBasis = legalBasis;
        this.indicatorCode = indicatorCode;
        this.target = target;
        this.status = status;
        this.demo = demo;
    }

    /**
     * A new open task from what was submitted, every field checked: a wrong one throws
     * {@link InvalidTaskException} naming it.
     *
     * @param agencyExists    whether an agency has the code
     * @param indicatorExists whether the catalogue has the indicator
     */
    static Task open(NewTask task, Predicate<String> agencyExists, Predicate<String> indicatorExists, boolean demo) {
        String title = task.title() == null ? "" : task.title().strip();
        if (title.isEmpty() || title.length() > 500) {
            throw new InvalidTaskException("steering.task.error.title");
        }
        if (task.leadAgency() == null || !agencyExists.test(task.leadAgency())) {
            throw new InvalidTaskException("steering.task.error.agency");
        }
        List<String> coordinators = task.coordinators() == null ? List.of()
                : task.coordinators().stream().filter(c -> !c.equals(task.leadAgency())).distinct().toList();
        if (!coordinators.stream().allMatch(agencyExists)) {
            throw new InvalidTaskException("steering.task.error.agency");
        }
        if (task.deadline() == null) {
            throw new InvalidTaskException("steering.task.error.deadline");
        }
        String legalBasis = task.legalBasis() == null ? "" : task.legalBasis().strip();
        if (legalBasis.length() > 500) {
            throw new InvalidTaskException("steering.task.error.legal-basis");
        }
        String indicator = task.indicatorCode() == null || task.indicatorCode().isBlank() ? null : task.indicatorCode();
        if (indicator != null && (!indicatorExists.test(indicator) || task.target() == null)) {
            throw new InvalidTaskException("steering.task.error.indicator");
        }
        return new Task(null, title, task.leadAgency(), coordinators, task.deadline(), legalBasis, indicator,
                indicator == null ? null : task.target(), TaskStatus.OPEN, demo);
    }

    /** The committee declares the open task done. */
    void complete(String by, Instant at) {
        move(TaskStatus.OPEN, TaskStatus.DONE);
        events.add(new TaskCompleted(id, by, at));
    }

    /** The committee drops the open task. */
    void cancel(String by, Instant at) {
        move(TaskStatus.OPEN, TaskStatus.CANCELLED);
        events.add(new TaskCancelled(id, by, at));
    }

    /** A done or cancelled task is open again. */
    void reopen(String by, Instant at) {
        if (status == TaskStatus.OPEN) {
            throw new TaskStateException(status, TaskStatus.OPEN);
        }
        status = TaskStatus.OPEN;
        events.add(new TaskReopened(id, by, at));
    }

    private void move(TaskStatus from, TaskStatus to) {
        if (id == null) {
            throw new IllegalStateException("a task not yet stored has no history to move");
        }
        if (status != from) {
            throw new TaskStateException(status, to);
        }
        status = to;
    }

    /** The events registered since the task was read, in order; {@link Tasks#save} publishes and clears them. */
    List<Object> events() {
        return List.copyOf(events);
    }

    void clearEvents() {
        events.clear();
    }

    public Long id() {
        return id;
    }

    public String title() {
        return title;
    }

    public String leadAgency() {
        return leadAgency;
    }

    public List<String> coordinators() {
        return coordinators;
    }

    public LocalDate deadline() {
        return deadline;
    }

    public String legalBasis() {
        return legalBasis;
    }

    public String indicatorCode() {
        return indicatorCode;
    }

    public BigDecimal target() {
        return target;
    }

    public TaskStatus status() {
        return status;
    }

    public boolean demo() {
        return demo;
    }
}
