package org.charta.ui.sync;

import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.charta.core.transport.TaskProgress;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * The progress of the clone, fetch or sync that the status bar shows, with its Cancel flag. The worker thread
 * calls {@link #update} as often as JGit reports; the properties change on the JavaFX thread at most every
 * {@link #MIN_INTERVAL_MILLIS} ms, with the latest values. {@link #start}, {@link #stop} and {@link #cancel}
 * are called on the JavaFX thread, {@link #isCancelled} from any thread.
 */
public final class FxTaskProgress implements TaskProgress {

    /** Shortest time in milliseconds between two updates of the properties. */
    static final long MIN_INTERVAL_MILLIS = 100;

    /** The value of {@link #fractionProperty()} while the amount of work is unknown. */
    public static final double INDETERMINATE = -1;

    private final Consumer<Runnable> fxThread;
    private final LongSupplier nanoClock;
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final AtomicBoolean publishQueued = new AtomicBoolean();
    private final AtomicLong lastPublished;
    private final AtomicReference<Step> latest = new AtomicReference<>();

    private final BooleanProperty active = new SimpleBooleanProperty();
    private final BooleanProperty cancelRequested = new SimpleBooleanProperty();
    private final StringProperty phase = new SimpleStringProperty("");
    private final DoubleProperty fraction = new SimpleDoubleProperty(INDETERMINATE);

    public FxTaskProgress() {
        this(Platform::runLater, System::nanoTime);
    }

    /** Creates a progress that posts to {@code fxThread} and reads the time from {@code nanoClock}, for tests. */
    FxTaskProgress(Consumer<Runnable> fxThread, LongSupplier nanoClock) {
        this.fxThread = fxThread;
        this.nanoClock = nanoClock;
        this.lastPublished = new AtomicLong(nanoClock.getAsLong() - TimeUnit.MILLISECONDS.toNanos(MIN_INTERVAL_MILLIS));
    }

    /** Shows the bar for a new operation, with the Cancel flag cleared and the amount of work unknown. */
    public void start() {
        cancelled.set(false);
        latest.set(null);
        cancelRequested.set(false);
        phase.set("");
        fraction.set(INDETERMINATE);
        active.set(true);
    }

    /** Hides the bar once the operation has ended, whatever its outcome. */
    public void stop() {
        active.set(false);
    }

    /** Asks the running operation to stop at its next safe point. */
    public void cancel() {
        cancelled.set(true);
        cancelRequested.set(true);
    }

    @Override
    public boolean isCancelled() {
        return cancelled.get();
    }

    @Override
    public void update(String phaseName, int done, int total) {
        latest.set(new Step(phaseName == null ? "" : phaseName, done, total));
        long now = nanoClock.getAsLong();
        long last = lastPublished.get();
        if (now - last < TimeUnit.MILLISECONDS.toNanos(MIN_INTERVAL_MILLIS)) {
            return;
        }
        // One queued publish at a time: it reads the latest step when it runs, so no update is shown late.
        if (lastPublished.compareAndSet(last, now) && publishQueued.compareAndSet(false, true)) {
            fxThread.accept(this::publish);
        }
    }

    private void publish() {
        publishQueued.set(false);
        Step step = latest.get();
        if (step == null || !active.get()) {
            return;
        }
        phase.set(step.phase());
        fraction.set(step.total() <= 0 ? INDETERMINATE : Math.min(1.0, (double) step.done() / step.total()));
    }

    /** Returns whether an operation is running and the bar is shown. */
    public ReadOnlyBooleanProperty activeProperty() {
        return active;
    }

    /** True from a press of Cancel until the next {@link #start}. */
    public ReadOnlyBooleanProperty cancelRequestedProperty() {
        return cancelRequested;
    }

    /** Returns what Git is doing, as JGit names it ("Receiving objects"), or empty. */
    public StringProperty phaseProperty() {
        return phase;
    }

    /** Work done from 0 to 1, or {@link #INDETERMINATE}. */
    public DoubleProperty fractionProperty() {
        return fraction;
    }

    private record Step(String phase, int done, int total) {
    }
}
