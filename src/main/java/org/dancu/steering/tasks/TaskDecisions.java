package org.dancu.steering.tasks;

import org.dancu.security.AgencyDirectory;
import org.dancu.security.Scope;
import org.dancu.steering.IndicatorCatalogue;
import org.dancu.steering.internal.Today;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the committee decides about its tasks: a new task, and moving one the deciding officer sees
 * through its statuses. The task itself says which moves are allowed ({@link Task}).
 */
@Service
public class TaskDecisions {

    private final Tasks tasks;
    private final TaskListQuery list;
    private final AgencyDirectory agencies;
    private final IndicatorCatalogue catalogue;
    private final Today today;

    TaskDecisions(Tasks tasks, TaskListQuery list, AgencyDirectory agencies, IndicatorCatalogue catalogue,
                  Today today) {
        this.tasks = tasks;
        this.list = list;
        this.agencies = agencies;
        this.catalogue = catalogue;
        this.today = today;
    }

    /** Stores a new open task once every field checks out; returns its id. */
    public long create(NewTask task, String actor, boolean demo) {
        return tasks.add(Task.open(task, agencies::exists, code -> catalogue.find(code).isPresent(), demo), actor);
    }

    @Transactional
    void complete(Scope scope, long id, String actor) {
        Task task = visible(scope, id);
        task.complete(actor, today.now());
        tasks.save(task);
    }

    @Transactional
    void cancel(Scope scope, long id, String actor) {
        Task task = visible(scope, id);
        task.cancel(actor, today.now());
        tasks.save(task);
    }

    @Transactional
    void reopen(Scope scope, long id, String actor) {
        Task task = visible(scope, id);
        task.reopen(actor, today.now());
        tasks.save(task);
    }

    private Task visible(Scope scope, long id) {
        return list.find(scope, id).orElseThrow(() -> new InvalidTaskException("steering.task.error.not-found"));
    }
}
