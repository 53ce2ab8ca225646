package org.charta.ui.translation;

import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.charta.core.AppFolders;
import org.charta.core.Identity;
import org.charta.core.charter.Charter;
import org.charta.core.charter.CharterSetup;
import org.charta.core.translation.Translations;
import org.charta.testing.TestGit;
import org.charta.ui.app.AppContext;
import org.charta.ui.app.MainWindow;
import org.charta.ui.app.Settings;
import org.charta.ui.app.UiText;
import org.charta.ui.task.BackgroundExecutor;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Opens the window on a charter made of the first articles of the Universal Declaration in English, with French
 * and Arabic versions imported and the English Article 3 changed since, to look at the translation views under a
 * real display: {@code java ... TranslationDemo fr|ar|outline|add|import [interface language]}. It reads the texts
 * from {@code ../shared/realdata} (or the folder the {@code charta.realdata} property names).
 */
public final class TranslationDemo {

    private static final Identity AUTHOR = TestGit.ALICE;

    private TranslationDemo() {
    }

    public static void main(String[] arguments) {
        Application.launch(DemoApplication.class, arguments);
    }

    /** The application, apart from the main class, because JavaFX refuses to start a main class on the class path. */
    public static final class DemoApplication extends Application {

        @Override
        public void start(Stage stage) throws Exception {
            List<String> parameters = getParameters().getUnnamed();
            String view = parameters.isEmpty() ? "fr" : parameters.get(0);
            String language = parameters.size() < 2 ? "en" : parameters.get(1);
            Path temp = Files.createTempDirectory("charta-translation-demo");
            System.setProperty(AppFolders.HOME_PROPERTY, temp.resolve("home").toString());
            TestGit.isolate(temp.resolve("git-config"));
            Path folder = prepare(temp.resolve("charter"));

            Settings settings = Settings.load();
            settings.setLastCharter(folder);
            settings.setLastSection("article-03");
            MainWindow window = new MainWindow(new AppContext(new BackgroundExecutor(),
                    new UiText(Locale.forLanguageTag(language)), settings, stage));
            window.show();
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(1280);
            stage.setHeight(800);
            later(4, () -> Platform.runLater(() -> show(window, view, temp)));
        }

        private static void show(MainWindow window, String view, Path temp) {
            TranslationController translations = window.translations();
            switch (view) {
                case "fr", "ar", "es", "preamble" -> {
                    TranslationWindow side = view.equals("preamble") ? translations.openWindow("preamble", "fr")
                            : translations.openWindow("article-03", view);
                    side.stage().setX(60);
                    side.stage().setY(60);
                    if (view.equals("preamble")) {
                        // The merged row is near the end of the preamble.
                        later(2, () -> side.stage().getScene().getRoot().lookupAll(".scroll-pane")
                                .forEach(node -> ((javafx.scene.control.ScrollPane) node).setVvalue(1)));
                    }
                }
                case "add" -> translations.addTranslation();
                case "import" -> translations.importTranslation(realdata("es").resolve("article-03.md"));
                default -> window.charters().openSection("article-03@ar");
            }
        }
    }

    /** Builds the charter: English preamble and articles 1 to 5, French and Arabic imported, Article 3 changed. */
    private static Path prepare(Path folder) throws Exception {
        Charter charter = CharterSetup.create(folder, "Universal Declaration", List.of("en", "fr", "ar", "es"),
                AUTHOR);
        charter.writeSection("preamble", Files.readString(realdata("en").resolve("00-preamble.md")));
        for (int article = 1; article <= 5; article++) {
            String file = String.format("article-%02d.md", article);
            Files.writeString(folder.resolve("sections/" + file), Files.readString(realdata("en").resolve(file)));
        }
        // The sections keep the Declaration's file names, so the folder import matches them by name.
        charter = listSections(folder);
        for (String language : List.of("fr", "ar")) {
            Translations.importFolder(charter, language, realdata(language), AUTHOR);
        }
        commit(folder, "Import the Declaration");
        String english = charter.readSection("article-03");
        charter.writeSection("article-03", english.replace("liberty", "freedom of movement")
                .replaceFirst("Article 3", "Article 3 (life)"));

        // A translation added as a copy, a French preamble that merges paragraphs 7 and 8, and a damaged record.
        Translations.add(charter, "article-03", "es", AUTHOR);
        String preamble = charter.readSection("preamble@fr");
        List<String> paragraphs = new java.util.ArrayList<>(List.of(preamble.split("\n\n")));
        if (paragraphs.size() > 8) {
            paragraphs.set(7, paragraphs.get(7).strip() + " " + paragraphs.remove(8).strip());
            Translations.importAligned(charter, "preamble", "fr", String.join("\n\n", paragraphs), AUTHOR, true);
        }
        Files.writeString(folder.resolve(".charta/translations/article-03/fr/20300101T000000000Z-0000000a.json"),
                "{ \"id\" : ");
        return folder;
    }

    private static Charter listSections(Path folder) throws Exception {
        String manifest = Files.readString(folder.resolve("charter.json"));
        StringBuilder sections = new StringBuilder("\"sections\" : [ { \"id\" : \"preamble\", \"path\" : "
                + "\"sections/preamble.md\" }");
        for (int article = 1; article <= 5; article++) {
            String id = String.format("article-%02d", article);
            sections.append(", { \"id\" : \"").append(id).append("\", \"path\" : \"sections/").append(id)
                    .append(".md\" }");
        }
        sections.append(" ]");
        Files.writeString(folder.resolve("charter.json"),
                manifest.replaceFirst("(?s)\"sections\"\\s*:\\s*\\[.*?\\]", sections.toString()));
        return Charter.open(folder);
    }

    private static void commit(Path folder, String message) throws Exception {
        try (Git git = Git.open(folder.toFile())) {
            git.add().addFilepattern(".").call();
            PersonIdent person = new PersonIdent(AUTHOR.name(), AUTHOR.email());
            git.commit().setMessage(message).setAuthor(person).setCommitter(person).call();
        }
    }

    private static Path realdata(String language) {
        return Path.of(System.getProperty("charta.realdata", "../shared/realdata"), "udhr", language);
    }

    private static void later(double seconds, Runnable action) {
        PauseTransition pause = new PauseTransition(Duration.seconds(seconds));
        pause.setOnFinished(event -> action.run());
        pause.play();
    }
}
