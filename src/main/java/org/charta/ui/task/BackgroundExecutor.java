package org.charta.ui.task;

import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * The application's executor for work that must stay off the JavaFX thread. Callbacks always run on the
 * JavaFX thread, so a task's result reaches the controls only there.
 *
 * <p>It has two lanes, each one named daemon thread. The <em>serial</em> lane runs disk and Git work in
 * submission order, because {@code Charter} and JGit's repository objects are not thread-safe and a save
 * must land before the commit that records it. The <em>compute</em> lane runs pure functions of immutable
 * input (highlighting, preview HTML, word diffs, re-anchoring), so that a sync over a slow network never
 * delays the styling of what a person types. The <em>network</em> lane runs background fetches, which may wait
 * for a slow remote for as long as its time-out: on the serial lane that would hold up every autosave, and on the
 * compute lane every restyle. A network task opens its own JGit repository instead of using the session's.
 */
public final class BackgroundExecutor {

    private static final Logger LOG = LoggerFactory.getLogger(BackgroundExecutor.class);

    private final ExecutorService serial;
    private final ExecutorService compute;
    private final ExecutorService network;

    public BackgroundExecutor() {
        this.serial = Executors.newSingleThreadExecutor(daemonThreads("charta-background"));
        this.compute = Executors.newSingleThreadExecutor(daemonThreads("charta-compute"));
        this.network = Executors.newSingleThreadExecutor(daemonThreads("charta-network"));
    }

    /**
     * Runs a disk or Git task on the serial lane and hands its result or failure to the JavaFX thread.
     *
     * @param name      what the task does, for the log
     * @param onFailure receives the exception the task threw, which is also logged here
     */
    public <T> Future<T> submit(String name, Callable<T> task, Consumer<? super T> onSuccess,
                                Consumer<? super Throwable> onFailure) {
        try {
            return serial.submit(() -> run(name, task, onSuccess, onFailure));
        } catch (RejectedExecutionException e) {
            // Closing waits for pending saves before shutting down, so a task submitted later is not a save.
            LOG.warn("Dropped task '{}' submitted after the executor shut down", name);
            return CompletableFuture.failedFuture(e);
        }
    }

    /** Runs a pure computation on the compute lane, with the same callback rules as {@link #submit}. */
    public <T> Future<T> compute(String name, Callable<T> task, Consumer<? super T> onSuccess,
                                 Consumer<? super Throwable> onFailure) {
        try {
            return compute.submit(() -> run(name, task, onSuccess, onFailure));
        } catch (RejectedExecutionException e) {
            // A debounced restyle or re-anchoring that fires while the window closes has nothing left to show.
            LOG.debug("Dropped computation '{}' submitted after the executor shut down", name);
            return CompletableFuture.failedFuture(e);
        }
    }

    /**
     * Runs a background fetch on the network lane, with the same callback rules as {@link #submit}. The task must
     * not touch the session's {@code Charter} or repository objects, which belong to the serial lane.
     */
    public <T> Future<T> network(String name, Callable<T> task, Consumer<? super T> onSuccess,
                                 Consumer<? super Throwable> onFailure) {
        try {
            return network.submit(() -> run(name, task, onSuccess, onFailure));
        } catch (RejectedExecutionException e) {
            // A fetch that a timer starts while the window closes has nobody left to inform.
            LOG.debug("Dropped network task '{}' submitted after the executor shut down", name);
            return CompletableFuture.failedFuture(e);
        }
    }

    /**
     * Blocks until every serial task submitted before this call has finished. Never call it on the JavaFX
     * thread while a task's callback is needed to continue.
     */
    public void awaitSerialIdle(Duration timeout) throws InterruptedException, TimeoutException {
        try {
            serial.submit(() -> { }).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException("An empty task failed", e);
        }
    }

    /** Lets queued serial tasks finish, up to the timeout, then stops both lanes. */
    public void shutdown(Duration timeout) {
        LOG.info("Stopping the background executor");
        serial.shutdown();
        compute.shutdownNow();
        network.shutdownNow();
        try {
            if (!serial.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warn("Background tasks still running after {} ms; stopping them", timeout.toMillis());
                serial.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            serial.shutdownNow();
        }
    }

    private <T> T run(String name, Callable<T> task, Consumer<? super T> onSuccess,
                      Consumer<? super Throwable> onFailure) {
        LOG.debug("Task started: {}", name);
        try {
            T result = task.call();
            if (onSuccess != null) {
                Platform.runLater(() -> onSuccess.accept(result));
            }
            return result;
        } catch (Exception | Error e) {
            LOG.warn("Task failed: {}", name, e);
            if (onFailure != null) {
                Platform.runLater(() -> onFailure.accept(e));
            }
            return null;
        }
    }

    private static ThreadFactory daemonThreads(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
