package org.charta.ui.app;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.charta.ui.dialog.Dialogs;
import org.charta.ui.task.BackgroundExecutor;

/**
 * The services every part of the window shares: the background executor, the texts, the settings, the
 * main stage and the open charter.
 */
public final class AppContext {

    private final BackgroundExecutor executor;
    private final UiText text;
    private final Settings settings;
    private final Stage stage;
    private final ObjectProperty<CharterSession> session = new SimpleObjectProperty<>();

    public AppContext(BackgroundExecutor executor, UiText text, Settings settings, Stage stage) {
        this.executor = executor;
        this.text = text;
        this.settings = settings;
        this.stage = stage;
    }

    public BackgroundExecutor executor() {
        return executor;
    }

    public UiText text() {
        return text;
    }

    public Settings settings() {
        return settings;
    }

    public Stage stage() {
        return stage;
    }

    public Window owner() {
        return stage;
    }

    /**
     * Returns the open charter, or null. Read it on the JavaFX thread and hand the value to a background
     * task, because the session's own methods run on the serial lane only.
     */
    public ReadOnlyObjectProperty<CharterSession> sessionProperty() {
        return session;
    }

    public CharterSession session() {
        return session.get();
    }

    void setSession(CharterSession value) {
        session.set(value);
    }

    /** Writes the settings on the serial lane; a failure is only logged, as nothing of the charter is at stake. */
    public void saveSettings() {
        executor.submit("save settings", () -> {
            settings.save();
            return Boolean.TRUE;
        }, saved -> { }, error -> { });
    }

    public void showError(String header, Throwable error) {
        Dialogs.showError(stage, text, header, error);
    }
}
