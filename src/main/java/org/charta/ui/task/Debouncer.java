package org.charta.ui.task;

import javafx.animation.PauseTransition;
import javafx.util.Duration;

/**
 * Runs an action once, a fixed delay after the last {@link #trigger()}. Lives on the JavaFX thread.
 */
public final class Debouncer {

    private final PauseTransition pause;
    private final Runnable action;
    private boolean pending;

    public Debouncer(Duration delay, Runnable action) {
        this.action = action;
        this.pause = new PauseTransition(delay);
        this.pause.setOnFinished(event -> fire());
    }

    /** Schedules the action, pushing back a run that is already scheduled. */
    public void trigger() {
        pending = true;
        pause.playFromStart();
    }

    /** Runs a scheduled action now instead of waiting, and does nothing when none is scheduled. */
    public void flush() {
        if (pending) {
            pause.stop();
            fire();
        }
    }

    public void cancel() {
        pending = false;
        pause.stop();
    }

    public boolean isPending() {
        return pending;
    }

    private void fire() {
        pending = false;
        action.run();
    }
}
