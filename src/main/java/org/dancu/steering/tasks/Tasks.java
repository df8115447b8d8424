package org.dancu.steering.tasks;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.dancu.steering.internal.Today;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steering committee's tasks, as a collection: add a new one, find one, save what changed. Saving
 * publishes the events the task registered, in the saving transaction. Lists for the pages are read by
 * {@link TaskListQuery}.
 */
@Repository
class Tasks {

    static final String SELECT = "SELECT t.task_id, t.title, t.lead_agency, t.deadline, t.legal_basis,"
            + " t.indicator_code, t.target, t.status, t.demo,"
            + " ARRAY(SELECT c.agency_code FROM steering.task_coordinator c WHERE c.task_id = t.task_id"
            + " ORDER BY c.agency_code) FROM steering.task t";

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Today today;

    Tasks(JdbcClient jdbc, ApplicationEventPublisher events, Today today) {
        this.jdbc = jdbc;
        this.events = events;
        this.today = today;
    }

    /** Stores a new task, created by the account given; returns its id. */
    @Transactional
    long add(Task task, String createdBy) {
        if (task.id() != null) {
            throw new IllegalArgumentException("task " + task.id() + " is already stored");
        }
        long id = jdbc.sql("""
                        INSERT INTO steering.task (title, lead_agency, deadline, legal_basis, indicator_code, target,
                               status, demo, created_at, created_by)
                        VALUES (:title, :lead, :deadline, :basis, :indicator, :target, :status, :demo, :now, :actor)
                        RETURNING task_id""")
                .param("title", task.title()).param("lead", task.leadAgency()).param("deadline", task.deadline())
                .param("basis", task.legalBasis()).param("indicator", task.indicatorCode())
                .param("target", task.target()).param("status", task.status().name())
                .param("demo", task.demo()).param("now", Timestamp.from(today.now())).param("actor", createdBy)
                .query(Long.class).single();
        for (String coordinator : task.coordinators()) {
            jdbc.sql("INSERT INTO steering.task_coordinator (task_id, agency_code) VALUES (:id, :agency)")
                    .param("id", id).param("agency", coordinator).update();
        }
        return id;
    }

    Optional<Task> findById(long id) {
        return jdbc.sql(SELECT + " WHERE t.task_id = :id").param("id", id).query((rs, i) -> task(rs)).optional();
    }

    /** Stores the task's status and publishes the events it registered. */
    @Transactional
    void save(Task task) {
        jdbc.sql("UPDATE steering.task SET status = :status WHERE task_id = :id")
                .param("status", task.status().name()).param("id", task.id()).update();
        task.events().forEach(events::publishEvent);
        task.clearEvents();
    }

    static Task task(ResultSet rs) throws SQLException {
        String[] coordinators = (String[]) rs.getArray(10).getArray();
        return new Task(rs.getLong(1), rs.getString(2), rs.getString(3), List.of(coordinators),
                rs.getObject(4, LocalDate.class), rs.getString(5), rs.getString(6), rs.getBigDecimal(7),
                Task.TaskStatus.valueOf(rs.getString(8)), rs.getBoolean(9));
    }
}
