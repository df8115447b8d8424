package org.dancu.jobs;

/**
 * Work done on a timetable (the steering recompute, the national change feed, upload housekeeping),
 * run by one instance at each due time however many instances share the database: a bean per kind,
 * run on the job runner's pool as a recurring execution of its table, and not at all in a process
 * that runs no jobs. A server that dies while running it hands it to another like any job.
 */
public interface ScheduledWork {

    /** Unique in the application and kept across releases: the execution's name in the runner's table. */
    String name();

    Timetable timetable();

    void run();

    /** Work of a name and timetable that runs {@code work}, for a module with several schedules. */
    static ScheduledWork of(String name, Timetable timetable, Runnable work) {
        return new ScheduledWork() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Timetable timetable() {
                return timetable;
            }

            @Override
            public void run() {
                work.run();
            }
        };
    }
}
