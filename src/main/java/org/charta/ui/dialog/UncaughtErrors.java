package org.charta.ui.dialog;

import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.Window;
import org.charta.ui.app.UiText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * The last line of defence: an exception that nothing caught, on any thread, is logged with its stack trace
 * and reported in a short dialog, and the window keeps running. Only one such dialog shows at a time, so a
 * failure that repeats does not bury the window.
 */
public final class UncaughtErrors {

    private static final Logger LOG = LoggerFactory.getLogger(UncaughtErrors.class);

    private static final AtomicBoolean SHOWING = new AtomicBoolean();

    private UncaughtErrors() {
    }

    public static void install(Supplier<Window> owner, Supplier<UiText> text) {
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> {
            LOG.error("Uncaught exception on thread {}", thread.getName(), error);
            if (!SHOWING.compareAndSet(false, true)) {
                return;
            }
            Runnable show = () -> {
                try {
                    UiText current = text.get();
                    Dialogs.showMessage(owner.get(), current, Alert.AlertType.ERROR,
                            current.get("ui.error.uncaught.header"), current.describe(error));
                } catch (RuntimeException dialogError) {
                    LOG.error("Could not show the error dialog", dialogError);
                } finally {
                    SHOWING.set(false);
                }
            };
            // Later, not at once: showAndWait is not allowed during layout or animation processing.
            Platform.runLater(show);
        });
    }
}
