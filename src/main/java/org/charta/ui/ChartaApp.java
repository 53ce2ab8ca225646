package org.charta.ui;

import javafx.application.Application;
import javafx.stage.Stage;
import org.charta.ui.app.AppContext;
import org.charta.ui.app.MainWindow;
import org.charta.ui.app.Settings;
import org.charta.ui.app.UiText;
import org.charta.ui.dialog.UncaughtErrors;
import org.charta.ui.task.BackgroundExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Locale;

/**
 * The desktop application. It reads the settings before the window exists, installs the handler for
 * uncaught exceptions, and opens the main window on the last charter (the demo charter on first run).
 *
 * <p>The UI language is, in order: the system property {@value #LOCALE_PROPERTY}, the language chosen in
 * View, Language, the system locale.
 */
public final class ChartaApp extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(ChartaApp.class);

    /** System property that forces the UI language, such as {@code -Dcharta.locale=fr}. */
    public static final String LOCALE_PROPERTY = "charta.locale";

    private Settings settings;
    private BackgroundExecutor executor;
    private volatile UiText text = new UiText(Locale.getDefault());

    public static void main(String[] args) {
        launch(ChartaApp.class, args);
    }

    @Override
    public void init() {
        settings = Settings.load();
    }

    @Override
    public void start(Stage stage) {
        LOG.info("Charta starting");
        executor = new BackgroundExecutor();
        UncaughtErrors.install(() -> stage, () -> text);
        openWindow(stage);
    }

    @Override
    public void stop() {
        LOG.info("Charta stopping");
        if (executor != null) {
            executor.shutdown(Duration.ofSeconds(10));
        }
    }

    private void openWindow(Stage stage) {
        text = new UiText(uiLocale(settings));
        MainWindow window = new MainWindow(new AppContext(executor, text, settings, stage));
        window.setOnLanguageChange(language -> openWindow(stage));
        window.show();
    }

    /** Returns the UI locale: the system property, else the chosen language, else the system locale. */
    public static Locale uiLocale(Settings settings) {
        String forced = System.getProperty(LOCALE_PROPERTY);
        if (forced != null && !forced.isBlank()) {
            return Locale.forLanguageTag(forced.strip().replace('_', '-'));
        }
        return settings.language().map(Locale::forLanguageTag).orElse(Locale.getDefault());
    }
}
