package org.charta.ui.comment;

import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.charta.core.Identity;
import org.charta.core.charter.CharterSetup;
import org.charta.core.markdown.Block;
import org.charta.ui.ChartaWindowFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.charta.ui.ChartaWindowFixture.onFx;
import static org.charta.ui.ChartaWindowFixture.runFx;

/**
 * Without user.name and user.email in Git's configuration, the window prompts once, checks the reply, and
 * stores it in the charter's repository and in the person's settings for later charters.
 */
@ExtendWith(ApplicationExtension.class)
class IdentityQuestionTest {

    private static final String SECTION = "article-3-the-assembly";

    @TempDir
    Path home;

    @TempDir
    Path other;

    private ChartaWindowFixture fixture;

    @Start
    void start(Stage stage) throws Exception {
        fixture = new ChartaWindowFixture(home, false);
        fixture.start(stage);
    }

    @AfterEach
    void closeWindow() throws Exception {
        fixture.close();
    }

    @Test
    void missingIdentityIsAskedOnce(FxRobot robot) throws Exception {
        openSectionWithoutThreads();
        startComment(robot, "Who wrote this?");
        answer(robot, "Noor Haddad", "noor@example.org");
        fixture.waitFor(() -> fixture.window().commentsModel().threads().size() == 1);
        String id = onFx(() -> fixture.window().commentsModel().threads().get(0).id());

        robot.clickOn("#reply-text-" + id).write("Me.");
        robot.clickOn("#reply-" + id);
        fixture.waitFor(() -> fixture.window().commentsModel().threads().get(0).thread().comments().size() == 2);

        assertThat(robot.lookup("#identity-name").tryQuery()).isEmpty();
        assertThat(onFx(() -> fixture.window().commentsModel().threads().get(0).thread().first().authorName()))
                .isEqualTo("Noor Haddad");
        assertThat(Files.readString(fixture.charterFolder().resolve(".git/config")))
                .contains("name = Noor Haddad").contains("email = noor@example.org");
    }

    @Test
    void nameWithAngleBracketsIsRejected(FxRobot robot) throws Exception {
        openSectionWithoutThreads();
        startComment(robot, "Who wrote this?");
        runFx(() -> {
            robot.lookup("#identity-name").queryAs(TextField.class).setText("Carla <Ruiz>");
            robot.lookup("#identity-email").queryAs(TextField.class).setText("carla@example.org");
        });

        boolean okDisabled = onFx(() -> robot.lookup("#dialog-ok").query().isDisabled());
        String hint = onFx(() -> robot.lookup("#identity-hint").queryLabeled().getText());
        robot.clickOn("#dialog-cancel");

        assertThat(okDisabled).isTrue();
        assertThat(hint).contains("<").contains("may not contain");
    }

    @Test
    void identityDialogWrapsItsNote(FxRobot robot) throws Exception {
        openSectionWithoutThreads();
        startComment(robot, "Who wrote this?");

        double width = onFx(() -> robot.lookup(".dialog-pane").query().getBoundsInLocal().getWidth());
        robot.clickOn("#dialog-cancel");

        assertThat(width).isLessThan(700);
    }

    @Test
    void invalidEmailExplainsDisabledOk(FxRobot robot) throws Exception {
        openSectionWithoutThreads();
        startComment(robot, "Who wrote this?");
        runFx(() -> {
            robot.lookup("#identity-name").queryAs(TextField.class).setText("Carla Ruiz");
            robot.lookup("#identity-email").queryAs(TextField.class).setText("carla at example.org");
        });

        boolean okDisabled = onFx(() -> robot.lookup("#dialog-ok").query().isDisabled());
        String hint = onFx(() -> robot.lookup("#identity-hint").queryLabeled().getText());
        robot.clickOn("#dialog-cancel");

        assertThat(okDisabled).isTrue();
        assertThat(hint).contains("name@example.org");
    }

    @Test
    void enteredIdentityServesNextCharter(FxRobot robot) throws Exception {
        openSectionWithoutThreads();
        startComment(robot, "Who wrote this?");
        answer(robot, "Noor Haddad", "noor@example.org");
        fixture.waitFor(() -> fixture.window().commentsModel().threads().size() == 1);
        Path second = other.resolve("second");
        CharterSetup.create(second, "Second charter", List.of("en"), new Identity("Setup", "setup@example.org"));
        Files.writeString(second.resolve("sections/preamble.md"), "## Preamble\n\nWe agree.\n\nWe meet.\n");

        runFx(() -> fixture.window().charters().openCharter(second));
        fixture.waitFor(() -> fixture.window().context().session() != null
                && fixture.window().context().session().folder().equals(second.toAbsolutePath().normalize())
                && fixture.window().editor().text().contains("We agree."));
        fixture.awaitIdle();
        startComment(robot, "Asked again?");
        fixture.waitFor(() -> fixture.window().commentsModel().threads().size() == 1);

        assertThat(robot.lookup("#identity-name").tryQuery()).isEmpty();
        assertThat(onFx(() -> fixture.window().commentsModel().threads().get(0).thread().first().authorName()))
                .isEqualTo("Noor Haddad");
        assertThat(Files.readString(second.resolve(".git/config"))).contains("name = Noor Haddad");
        assertThat(Files.readString(home.resolve("config/settings.properties"))).contains("Noor Haddad");
    }

    /** Opens the demo's Article 3, which has no threads, so a new thread is the only one. */
    private void openSectionWithoutThreads() throws Exception {
        fixture.awaitCharterOpen();
        runFx(() -> fixture.window().charters().openSection(SECTION));
        fixture.waitFor(() -> SECTION.equals(fixture.window().editorModel().sectionIdProperty().get())
                && fixture.window().commentsModel().threads().isEmpty());
        fixture.awaitIdle();
    }

    /** Puts the caret in paragraph 2 and posts a comment, which needs an identity. */
    private void startComment(FxRobot robot, String comment) throws Exception {
        fixture.waitFor(() -> fixture.window().editor().paragraphsProperty().getValue().size() >= 2);
        Block second = onFx(() -> fixture.window().editor().paragraphsProperty().getValue().get(1));
        runFx(() -> fixture.window().editor().showOffset(second.start()));
        fixture.waitFor(() -> fixture.window().commentsModel().caretParagraphProperty().get() == 2);

        robot.clickOn("#comment-new");
        robot.clickOn("#comment-new-text").write(comment);
        robot.clickOn("#comment-new-post");
        fixture.waitFor(() -> robot.lookup("#identity-name").tryQuery().isPresent()
                || !fixture.window().commentsModel().threads().isEmpty());
    }

    private void answer(FxRobot robot, String name, String email) throws Exception {
        runFx(() -> {
            robot.lookup("#identity-name").queryAs(TextField.class).setText(name);
            robot.lookup("#identity-email").queryAs(TextField.class).setText(email);
        });
        robot.clickOn("#dialog-ok");
    }
}
