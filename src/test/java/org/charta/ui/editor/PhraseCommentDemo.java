package org.charta.ui.editor;

import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.scene.control.Button;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.charta.core.AppFolders;
import org.charta.core.markdown.Block;
import org.charta.testing.TestGit;
import org.charta.ui.app.AppContext;
import org.charta.ui.app.MainWindow;
import org.charta.ui.app.Settings;
import org.charta.ui.app.UiText;
import org.charta.ui.task.BackgroundExecutor;
import org.eclipse.jgit.lib.StoredConfig;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;

/**
 * Opens the main window on the demo charter, comments on a phrase of the first paragraph and then opens the
 * composer on a phrase of the third, to look at the highlights: {@code java ... PhraseCommentDemo HOME [language]
 * [file]}. With a Markdown file, its text replaces the first section first, such as an Arabic article.
 * It prints {@code COMMENTED} and {@code COMPOSING} when each state is on screen.
 */
public final class PhraseCommentDemo {

    private PhraseCommentDemo() {
    }

    public static void main(String[] arguments) {
        Application.launch(DemoApplication.class, arguments);
    }

    /** The application, apart from the main class, because JavaFX refuses to start a main class on the class path. */
    public static final class DemoApplication extends Application {

        private MainWindow window;
        private Stage stage;

        @Override
        public void start(Stage primary) throws Exception {
            List<String> parameters = getParameters().getUnnamed();
            Path home = Path.of(parameters.get(0));
            String language = parameters.size() > 1 ? parameters.get(1) : "en";
            String replacement = parameters.size() > 2 ? Files.readString(Path.of(parameters.get(2))) : null;
            System.setProperty(AppFolders.HOME_PROPERTY, home.toString());
            StoredConfig config = TestGit.isolate(home.resolve("git-config"));
            config.setString("user", null, "name", TestGit.ALICE.name());
            config.setString("user", null, "email", TestGit.ALICE.email());
            config.save();

            stage = primary;
            UiText text = new UiText(Locale.forLanguageTag(language));
            window = new MainWindow(new AppContext(new BackgroundExecutor(), text, Settings.load(), stage));
            window.show();
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(1280);
            stage.setHeight(800);
            when(() -> window.editorModel().sectionIdProperty().get() != null
                    && window.editor().paragraphsProperty().getValue().size() > 1, () -> {
                if (replacement == null) {
                    commentOnPhrase();
                    return;
                }
                RichTextSectionEditor editor = (RichTextSectionEditor) window.editor();
                editor.selectRange(0, editor.text().length());
                editor.replaceSelection(replacement);
                after(1, this::commentOnPhrase);
            });
        }

        private void commentOnPhrase() {
            select(0, 3, 8);
            window.newComment();
            ((TextArea) stage.getScene().lookup("#comment-new-text"))
                    .setText("Could this name the assembly, so that readers know who decides?");
            ((Button) stage.getScene().lookup("#comment-new-post")).fire();
            when(() -> !window.editor().commentHighlights().isEmpty()
                    && window.commentsModel().threads().stream().anyMatch(item -> item.location().end()
                    - item.location().start() < 80), () -> {
                System.out.println("COMMENTED");
                after(6, this::composeOnPhrase);
            });
        }

        private void composeOnPhrase() {
            select(Math.min(2, window.editor().paragraphsProperty().getValue().size() - 1), 3, 8);
            window.newComment();
            ((TextArea) stage.getScene().lookup("#comment-new-text")).setText("Shorter?");
            System.out.println("COMPOSING");
        }

        /** Selects words {@code from} to {@code to} (exclusive) of a paragraph, counted from 0. */
        private void select(int paragraph, int from, int to) {
            Block block = window.editor().paragraphsProperty().getValue().get(paragraph);
            String[] words = block.text().split(" ");
            int start = block.start();
            for (int i = 0; i < from; i++) {
                start += words[i].length() + 1;
            }
            int end = start;
            for (int i = from; i < to; i++) {
                end += words[i].length() + 1;
            }
            window.editor().selectRange(start, end - 1);
        }

        private static void when(BooleanSupplier condition, Runnable action) {
            if (condition.getAsBoolean()) {
                action.run();
            } else {
                after(0.2, () -> when(condition, action));
            }
        }

        private static void after(double seconds, Runnable action) {
            PauseTransition pause = new PauseTransition(Duration.seconds(seconds));
            pause.setOnFinished(event -> action.run());
            pause.play();
        }
    }
}
