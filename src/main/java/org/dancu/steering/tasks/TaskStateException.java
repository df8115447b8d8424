package org.dancu.steering.tasks;

/**
 * A task asked to move to a status it cannot reach from the one it has (done twice, reopened while
 * open …); nothing changes. The message key explains it in the user's language.
 */
class TaskStateException extends InvalidTaskException {

    private final Task.TaskStatus from;
    private final Task.TaskStatus to;

    TaskStateException(Task.TaskStatus from, Task.TaskStatus to) {
        super("steering.task.error.state");
        this.from = from;
        this.to = to;
    }

    @Override
    public String getMessage() {
        return "a " + from + " task cannot become " + to;
    }
}
