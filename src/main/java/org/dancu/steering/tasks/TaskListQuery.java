package org.dancu.steering.tasks;

import java.util.List;
import java.util.Optional;

import org.dancu.security.Scope;
import org.dancu.security.SqlCondition;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The tasks a scope sees, for the pages, the risk reports and the review. An agency officer sees the
 * tasks their agency leads or coordinates; officers with a locality scope see all tasks (they are the
 * province's tasks, carried out in every commune); nobody else sees any.
 */
@Component
public class TaskListQuery {

    private final JdbcClient jdbc;

    TaskListQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static SqlCondition visible(Scope scope) {
        SqlCondition lead = scope.agency("t.lead_agency");
        SqlCondition coordinates = scope.agency("c.agency_code");
        return new SqlCondition("(" + lead.sql() + " OR t.task_id IN (SELECT c.task_id FROM steering.task_coordinator c"
                + " WHERE " + coordinates.sql() + "))", lead.and(coordinates).parameters());
    }

    /** The tasks the scope sees, by deadline. */
    public List<Task> visibleTo(Scope scope) {
        SqlCondition visible = visible(scope);
        return visible.bind(jdbc.sql(Tasks.SELECT + " WHERE " + visible.sql() + " ORDER BY t.deadline, t.task_id"))
                .query((rs, i) -> Tasks.task(rs)).list();
    }

    /** The task, when the scope sees it. */
    Optional<Task> find(Scope scope, long id) {
        SqlCondition visible = visible(scope);
        return visible.bind(jdbc.sql(Tasks.SELECT + " WHERE t.task_id = :id AND " + visible.sql()))
                .param("id", id).query((rs, i) -> Tasks.task(rs)).optional();
    }
}
