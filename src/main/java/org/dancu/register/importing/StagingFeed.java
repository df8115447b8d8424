package org.dancu.register.importing;

import java.sql.SQLException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;

/**
 * Runs the reading and checking of an import's rows on a thread of its own while the caller's
 * thread (which holds the transaction's connection) streams the staging chunks into COPY, so the
 * Java work and PostgreSQL's taking in the rows use both cores. A failure on either side stops the
 * other; the producer's own exception (an unreadable file, say) reaches the caller unchanged.
 */
final class StagingFeed {

    /** Staging lines in chunks of a few dozen kilobytes; a bounded queue keeps memory flat. */
    private static final int CHUNKS_AHEAD = 16;
    private static final long POLL_MILLIS = 50;

    /** Reads and checks the rows, handing over chunks of staging lines; returns the rows with problems. */
    interface Producer {
        long produce(Sink sink) throws InterruptedException;
    }

    interface Sink {
        void put(byte[] chunk) throws InterruptedException;
    }

    interface Writer {
        void write(byte[] chunk) throws SQLException;
    }

    private StagingFeed() {
    }

    static long run(Producer producer, Writer writer) throws SQLException {
        BlockingQueue<byte[]> queue = new ArrayBlockingQueue<>(CHUNKS_AHEAD);
        FutureTask<Long> task = new FutureTask<>(() -> producer.produce(queue::put));
        Thread thread = new Thread(task, "register-import-check");
        thread.setDaemon(true);
        thread.start();
        try {
            // the producer puts its last chunk before it is done, so done and empty means all were written
            while (!(task.isDone() && queue.isEmpty())) {
                byte[] chunk = queue.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
                if (chunk != null) {
                    writer.write(chunk);
                }
            }
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while staging the import", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException("checking the import's rows failed", e.getCause());
        } finally {
            task.cancel(true);
            awaitEnd(thread);
        }
    }

    /** The reader is closed by the caller afterwards, so the producer must have let go of it. */
    private static void awaitEnd(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
