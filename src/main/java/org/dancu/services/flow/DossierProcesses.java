package org.dancu.services.flow;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.dancu.services.DossierCode;
import org.dancu.services.DossierStateException;
import org.dancu.services.DossierView;
import org.dancu.services.LegStatus;
import org.dancu.services.LegView;
import org.dancu.services.ProcedureFamily;
import org.flowable.engine.ManagementService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.runtime.Execution;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.job.api.Job;
import org.flowable.task.api.Task;
import org.springframework.stereotype.Component;

/**
 * The workflow engine's side of a dossier, called in the transaction that changes the dossier: the
 * process of its procedure's family started, each leg's process (business key {@code <code>:<leg>})
 * moved on by the officer's decision, stopped and resumed by its messages, its deadline timer moved by
 * an extension, its task given to an officer.
 */
@Component
class DossierProcesses {

    /** The officer's decision on a step, the process variable its gateway reads. */
    enum Decision { NEXT_STEP, COMPLETED, REFUSED }

    static final Map<ProcedureFamily, String> PROCESS = Map.of(
            ProcedureFamily.SINGLE_AGENCY, "singleAgency",
            ProcedureFamily.BIRTH_BUNDLE, "birthBundle",
            ProcedureFamily.DEATH_BUNDLE, "deathBundle");

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final ManagementService management;

    DossierProcesses(RuntimeService runtime, TaskService tasks, ManagementService management) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.management = management;
    }

    /** Starts the dossier's process: its started legs at once, a bundle's others after its first; returns its id. */
    String start(DossierView dossier, ProcedureFamily family) {
        List<String> starting = dossier.legs().stream().filter(l -> l.status() == LegStatus.IN_PROGRESS)
                .map(LegView::key).toList();
        Map<String, Object> variables = new HashMap<>();
        variables.put("dossierCode", dossier.code().value());
        variables.put("startingLegs", starting);
        variables.put("firstLeg", starting.get(0));
        variables.put("followingLegs", dossier.legs().stream().filter(l -> l.status() == LegStatus.WAITING)
                .map(LegView::key).toList());
        ProcessInstance instance = runtime.startProcessInstanceByKey(PROCESS.get(family), dossier.code().value(),
                variables);
        return instance.getId();
    }

    /** The officer decided the leg's current step. */
    void decide(DossierCode code, String legKey, Decision decision) {
        tasks.complete(task(code, legKey).getId(), Map.of("decision", decision.name()));
    }

    /** The officer refused a leg: its task ends refused, or, while suspended, its wait does. */
    void refuse(DossierCode code, String legKey) {
        Task task = tasks.createTaskQuery().processInstanceBusinessKey(key(code, legKey)).singleResult();
        if (task != null) {
            tasks.complete(task.getId(), Map.of("decision", Decision.REFUSED.name()));
        } else {
            signal(code, legKey, "legRefusedWhileSuspended");
        }
    }

    void suspend(DossierCode code, String legKey) {
        signal(code, legKey, "legSuspended");
    }

    void resume(DossierCode code, String legKey) {
        signal(code, legKey, "legResumed");
    }

    /** The leg's deadline moved (an extension): its running "Legal deadline" timer with it. */
    void moveDeadline(DossierCode code, String legKey, Instant due) {
        String instance = legProcess(code, legKey);
        if (instance == null) {
            return;
        }
        for (Job timer : management.createTimerJobQuery().processInstanceId(instance).elementId("deadline").list()) {
            management.rescheduleTimeDateJob(timer.getId(), due.toString());
        }
    }

    /** The leg's task is the officer's (or, with null, back in its handlers' common queue). */
    void assign(DossierCode code, String legKey, String username) {
        tasks.setAssignee(task(code, legKey).getId(), username);
    }

    private Task task(DossierCode code, String legKey) {
        Task task = tasks.createTaskQuery().processInstanceBusinessKey(key(code, legKey)).singleResult();
        if (task == null) {
            throw new DossierStateException("services.dossier.state.no-task", code, legKey);
        }
        return task;
    }

    private void signal(DossierCode code, String legKey, String message) {
        String instance = legProcess(code, legKey);
        Execution execution = instance == null ? null : runtime.createExecutionQuery().processInstanceId(instance)
                .messageEventSubscriptionName(message).singleResult();
        if (execution == null) {
            throw new DossierStateException("services.dossier.state.no-task", code, legKey);
        }
        runtime.messageEventReceived(message, execution.getId());
    }

    private String legProcess(DossierCode code, String legKey) {
        ProcessInstance instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(key(code, legKey))
                .singleResult();
        return instance == null ? null : instance.getId();
    }

    static String key(DossierCode code, String legKey) {
        return code.value() + ":" + legKey;
    }
}
