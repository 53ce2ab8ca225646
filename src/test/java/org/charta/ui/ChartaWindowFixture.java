package org.charta.ui;

import javafx.application.Platform;
import javafx.stage.Stage;
import org.charta.core.AppFolders;
import org.charta.core.Identity;
import org.charta.ui.app.AppContext;
import org.charta.ui.app.CharterSession;
import org.charta.ui.app.MainWindow;
import org.charta.ui.app.Settings;
import org.charta.ui.app.UiText;
import org.charta.ui.task.BackgroundExecutor;
import org.charta.testing.TestGit;
import org.eclipse.jgit.lib.StoredConfig;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

/**
 * The main window on the demo charter, in a per-test home folder ({@code charta.home}) and with JGit reading
 * an empty global Git configuration that contains only the test author. Nothing touches the real user folders.
 */
public final class ChartaWindowFixture {

    /** The author that the isolated global Git configuration names. */
    public static final Identity AUTHOR = TestGit.ALICE;

    private static final long TIMEOUT_SECONDS = 20;

    private final Path home;
    private final boolean globalIdentity;
    private Locale locale = Locale.ENGLISH;
    private BackgroundExecutor executor;
    private MainWindow window;
    private Stage stage;

    public ChartaWindowFixture(Path home) {
        this(home, true);
    }

    /**
     * @param globalIdentity whether the isolated global Git configuration names {@link #AUTHOR}. Without it,
     *                       the window has to prompt for who is writing
     */
    public ChartaWindowFixture(Path home, boolean globalIdentity) {
        this.home = home;
        this.globalIdentity = globalIdentity;
    }

    /** Sets the UI language of the window that {@link #start} opens; English unless set. */
    public ChartaWindowFixture inLanguage(Locale locale) {
        this.locale = locale;
        return this;
    }

    /** Opens the window on the stage; call from the TestFX {@code @Start} method (on the JavaFX thread). */
    public MainWindow start(Stage stage) throws Exception {
        System.setProperty(AppFolders.HOME_PROPERTY, home.toString());
        StoredConfig userConfig = TestGit.isolate(home.resolve("git-config"));
        if (globalIdentity) {
            userConfig.setString("user", null, "name", AUTHOR.name());
            userConfig.setString("user", null, "email", AUTHOR.email());
            userConfig.save();
        }

        this.stage = stage;
        executor = new BackgroundExecutor();
        window = new MainWindow(new AppContext(executor, new UiText(locale), Settings.load(), stage));
        window.setOnExit(() -> { });
        window.show();
        // TestFX reuses one stage for every test class, and a showing stage keeps its size when its scene
        // changes: give the window the same size whatever ran before. That size is Monocle's headless screen,
        // and the window goes to its corner, because a window reaching past the screen's edge makes Monocle's
        // painter throw a BufferOverflowException on every frame.
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(1280);
        stage.setHeight(800);
        return window;
    }

    /** Waits until the outline lists the demo's sections and the editor shows the first one. */
    public void awaitCharterOpen() throws Exception {
        waitFor(() -> window.outlineModel().sections().size() >= 5
                && window.editorModel().sectionIdProperty().get() != null
                && !window.editor().text().isEmpty());
        awaitIdle();
    }

    /** Waits for queued disk and Git work, then for the JavaFX events it posted. */
    public void awaitIdle() throws Exception {
        executor.awaitSerialIdle(Duration.ofSeconds(TIMEOUT_SECONDS));
        WaitForAsyncUtils.waitForFxEvents();
        executor.awaitSerialIdle(Duration.ofSeconds(TIMEOUT_SECONDS));
        WaitForAsyncUtils.waitForFxEvents();
    }

    public void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> onFx(condition));
    }

    /** Evaluates a condition on the JavaFX thread, where the view models live. */
    public static <T> T onFx(Callable<T> callable) throws Exception {
        return WaitForAsyncUtils.asyncFx(callable).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    public static void runFx(Runnable runnable) throws Exception {
        WaitForAsyncUtils.asyncFx(runnable).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    public MainWindow window() {
        return window;
    }

    public Path charterFolder() throws Exception {
        CharterSession session = onFx(() -> window.context().session());
        return session.folder();
    }

    public String readFile(String relativePath) throws Exception {
        return Files.readString(charterFolder().resolve(relativePath));
    }

    /**
     * Closes the charter, stops the executor, hides the windows, lifts the minimum size the main window put on
     * the shared stage and restores JGit's configuration.
     */
    public void close() throws Exception {
        if (window != null) {
            java.util.concurrent.CompletableFuture<Boolean> closed = new java.util.concurrent.CompletableFuture<>();
            runFx(() -> window.charters().closeCharter(closed::complete));
            closed.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            executor.awaitSerialIdle(Duration.ofSeconds(TIMEOUT_SECONDS));
            runFx(window::dispose);
            executor.shutdown(Duration.ofSeconds(TIMEOUT_SECONDS));
            // The next test class reuses this stage, and the main window's minimum size would clamp its width.
            runFx(() -> {
                stage.setMinWidth(0);
                stage.setMinHeight(0);
            });
        }
        FxToolkit.cleanupStages();
        Platform.runLater(() -> { });
        TestGit.restore();
        System.clearProperty(AppFolders.HOME_PROPERTY);
    }
}
