package org.charta.ui.dialog;

import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.charta.core.git.CharterRepository;
import org.charta.core.git.RemoteSync;
import org.charta.core.transport.Authenticated;
import org.charta.core.transport.RemoteAccess;
import org.charta.core.transport.TaskProgress;
import org.charta.ui.app.FieldDirection;
import org.charta.ui.app.UiText;
import org.charta.ui.task.BackgroundExecutor;
import org.charta.ui.transport.UiRemoteAccess;
import org.eclipse.jgit.lib.ProgressMonitor;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Clones a shared charter: prompts for its URL (a local path, {@code file://} or {@code git://}) and a new
 * folder, then clones on the background executor with a progress bar. Cancel stops the clone, which then
 * removes what it wrote.
 */
public final class CloneDialog {

    private final Dialog<Path> dialog = new Dialog<>();
    private final UiText text;
    private final BackgroundExecutor executor;
    private final TextField url = new TextField();
    private final TextField folder = new TextField();
    private final ProgressBar progress = new ProgressBar(0);
    private final Label message = new Label();
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private UiRemoteAccess remote;
    private boolean running;

    private CloneDialog(Window owner, UiText text, BackgroundExecutor executor) {
        this.text = text;
        this.executor = executor;
        Dialogs.prepare(dialog, owner, text, text.get("ui.app.name"));
        dialog.setHeaderText(text.get("ui.clone.header"));

        url.setId("clone-url");
        url.setPromptText(text.get("ui.clone.url.prompt"));
        folder.setId("clone-folder");
        FieldDirection.leftToRight(url, folder);
        GridPane form = Forms.grid();
        Forms.addRow(form, 0, new Label(text.get("ui.clone.url")), url);
        Forms.addRow(form, 1, new Label(text.get("ui.clone.folder")),
                Forms.folderField(folder, text.get("ui.dialog.browse"), text.get("ui.clone.folder")));
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.setVisible(false);
        Dialogs.wrapped(message).setId("clone-message");
        dialog.getDialogPane().setContent(new VBox(10, form, progress, message));

        ButtonType start = new ButtonType(text.get("ui.clone.start"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(text.get("ui.dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(start, cancel);
        Button startButton = (Button) dialog.getDialogPane().lookupButton(start);
        startButton.setId(Dialogs.OK_BUTTON_ID);
        startButton.disableProperty().bind(url.textProperty().isEmpty()
                .or(javafx.beans.binding.Bindings.createBooleanBinding(() -> !CharterDialogs.isPath(folder.getText()),
                        folder.textProperty())));
        startButton.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            if (!running) {
                startClone(startButton);
            }
        });
        Button cancelButton = (Button) dialog.getDialogPane().lookupButton(cancel);
        cancelButton.setId(Dialogs.CANCEL_BUTTON_ID);
        cancelButton.addEventFilter(ActionEvent.ACTION, event -> {
            if (running) {
                // The dialog closes once the clone has stopped and cleaned up.
                event.consume();
                cancelled.set(true);
                message.setText(text.get("ui.clone.cancelling"));
            }
        });
        dialog.setResultConverter(button -> null);
    }

    /** Shows the dialog and returns the folder of the new clone, or empty when nothing was cloned. */
    public static Optional<Path> show(Window owner, UiText text, BackgroundExecutor executor) {
        return new CloneDialog(owner, text, executor).dialog.showAndWait();
    }

    /** Shows the dialog and clones with credentials and host keys asked through {@code remote}. */
    public static Optional<Path> show(Window owner, UiText text, BackgroundExecutor executor,
                                      UiRemoteAccess remote) {
        CloneDialog clone = new CloneDialog(owner, text, executor);
        clone.remote = remote;
        return clone.dialog.showAndWait();
    }

    private void startClone(Button startButton) {
        running = true;
        cancelled.set(false);
        url.setDisable(true);
        folder.setDisable(true);
        startButton.setVisible(false);
        progress.setVisible(true);
        progress.setProgress(ProgressBar.INDETERMINATE_PROGRESS);
        message.setText(text.get("ui.clone.running"));
        String source = url.getText().strip();
        Path target = Path.of(folder.getText().strip());

        executor.submit("clone " + source, () -> {
            if (remote == null) {
                try (CharterRepository ignored = RemoteSync.cloneCharter(source, target, new Monitor())) {
                    return target.toAbsolutePath().normalize();
                }
            }
            Monitor monitor = new Monitor();
            try (RemoteAccess access = remote.create(monitor.asTaskProgress());
                 CharterRepository ignored = Authenticated.run(access,
                         attempt -> RemoteSync.cloneCharter(attempt, source, target))) {
                return target.toAbsolutePath().normalize();
            }
        }, cloned -> {
            running = false;
            dialog.setResult(cloned);
            dialog.close();
        }, error -> {
            running = false;
            if (cancelled.get()) {
                dialog.setResult(null);
                dialog.close();
                return;
            }
            url.setDisable(false);
            folder.setDisable(false);
            startButton.setVisible(true);
            progress.setVisible(false);
            showMessage(text.describe(error));
        });
    }

    /** Shows a message under the form and grows the dialog to fit every line of it. */
    private void showMessage(String value) {
        message.setText(value);
        Dialogs.fitToContent(dialog);
    }

    /** Passes JGit's progress to the bar and the person's Cancel back to JGit. */
    private final class Monitor implements ProgressMonitor {

        /** Returns the same progress as {@link org.charta.core.transport.TaskProgress}, for a RemoteAccess. */
        TaskProgress asTaskProgress() {
            return new TaskProgress() {
                @Override
                public void update(String phase, int doneUnits, int totalUnits) {
                    task = phase;
                    total = totalUnits;
                    done = doneUnits;
                    publish();
                }

                @Override
                public boolean isCancelled() {
                    return cancelled.get();
                }
            };
        }

        private volatile int total;
        private volatile int done;
        private volatile String task = "";
        private volatile long lastPublished;

        @Override
        public void start(int totalTasks) {
            // Each task reports its own total.
        }

        @Override
        public void beginTask(String title, int totalWork) {
            task = title;
            total = totalWork;
            done = 0;
            publish();
        }

        @Override
        public void update(int completed) {
            done += completed;
            // JGit reports every object, but a few updates per second are enough for the bar.
            if (System.nanoTime() - lastPublished > 100_000_000L) {
                publish();
            }
        }

        @Override
        public void endTask() {
            done = total;
            publish();
        }

        @Override
        public boolean isCancelled() {
            return cancelled.get();
        }

        @Override
        public void showDuration(boolean enabled) {
            // The dialog shows no durations.
        }

        private void publish() {
            lastPublished = System.nanoTime();
            int workTotal = total;
            int workDone = done;
            String title = task;
            Platform.runLater(() -> {
                if (cancelled.get()) {
                    return;
                }
                progress.setProgress(workTotal <= 0 ? ProgressBar.INDETERMINATE_PROGRESS
                        : Math.min(1.0, (double) workDone / workTotal));
                message.setText(text.get("ui.clone.progress", title));
            });
        }
    }
}
