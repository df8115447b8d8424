package org.dancu.exchange.gateway;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataAccessResourceFailureException;

/**
 * Calls of concurrent requests served together: each request hands its item to one thread of its own
 * and waits; the thread takes whatever has gathered (up to {@code maxBatch}) and serves it with one
 * call of {@code serve}, which answers every item in order, so under load many requests share one
 * database round trip, as audit entries share one commit. Idle, a call waits for its own round trip
 * only. Before the thread starts and after it stops, each call is served alone on its own thread.
 * Started before the web server and stopped after it, so no request waits on a stopped thread.
 */
final class GroupedCalls<T, R> implements SmartLifecycle {

    private static final long WAIT_SECONDS = 10;

    private record Call<T, R>(T item, CompletableFuture<R> answer) {
    }

    private final String name;
    private final int maxBatch;
    private final Function<List<T>, List<R>> serve;
    private final BlockingQueue<Call<T, R>> waiting = new LinkedBlockingQueue<>();
    private volatile Thread server;

    GroupedCalls(String name, int maxBatch, Function<List<T>, List<R>> serve) {
        this.name = name;
        this.maxBatch = maxBatch;
        this.serve = serve;
    }

    /** The item's answer; a failure of its batch is thrown to every caller of the batch. */
    R call(T item) {
        Call<T, R> call = new Call<>(item, new CompletableFuture<>());
        if (server == null) {
            serveAll(List.of(call));
        } else {
            waiting.add(call);
        }
        try {
            return call.answer().get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure
                    : new DataAccessResourceFailureException(name + " failed", e.getCause());
        } catch (TimeoutException e) {
            throw new DataAccessResourceFailureException(name + " did not answer in time", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DataAccessResourceFailureException("interrupted while waiting for " + name, e);
        }
    }

    private void drain() {
        List<Call<T, R>> batch = new ArrayList<>();
        while (server == Thread.currentThread() || !waiting.isEmpty()) {
            try {
                Call<T, R> first = waiting.poll(200, TimeUnit.MILLISECONDS);
                if (first != null) {
                    batch.add(first);
                    waiting.drainTo(batch, maxBatch - 1);
                    serveAll(batch);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } finally {
                batch.clear();
            }
        }
    }

    private void serveAll(List<Call<T, R>> batch) {
        try {
            List<R> answers = serve.apply(batch.stream().map(Call::item).toList());
            for (int i = 0; i < batch.size(); i++) {
                batch.get(i).answer().complete(answers.get(i));
            }
        } catch (RuntimeException e) {
            batch.forEach(call -> call.answer().completeExceptionally(e));
        }
    }

    @Override
    public synchronized void start() {
        Thread thread = new Thread(this::drain, name);
        thread.setDaemon(true);
        server = thread;
        thread.start();
    }

    /** The calls still waiting are served before the thread ends. */
    @Override
    public synchronized void stop() {
        Thread thread = server;
        server = null;
        if (thread != null) {
            try {
                thread.join(TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return server != null;
    }

    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 4096;
    }
}
