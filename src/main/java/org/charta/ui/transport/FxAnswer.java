package org.charta.ui.transport;

import javafx.application.Platform;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;

/** Runs a dialog on the JavaFX thread and blocks the calling background thread until it returns its answer. */
final class FxAnswer {

    private FxAnswer() {
    }

    /**
     * Returns what {@code dialog} returns on the JavaFX thread, or {@code whenInterrupted} when the waiting thread
     * is interrupted.
     *
     * @throws IllegalStateException when called on the JavaFX thread, which the dialog would then wait for forever
     */
    static <T> T await(Supplier<T> dialog, T whenInterrupted) {
        if (Platform.isFxApplicationThread()) {
            throw new IllegalStateException("Transport dialogs must be asked for from a background thread");
        }
        CompletableFuture<T> answer = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                answer.complete(dialog.get());
            } catch (RuntimeException e) {
                answer.completeExceptionally(e);
            }
        });
        try {
            return answer.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return whenInterrupted;
        } catch (ExecutionException e) {
            throw new IllegalStateException("The transport dialog failed", e.getCause());
        }
    }
}
