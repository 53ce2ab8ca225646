package org.charta.ui.comment;

import javafx.scene.control.TextField;
import javafx.stage.Stage;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.charta.ui.ChartaWindowFixture.onFx;
import static org.charta.ui.ChartaWindowFixture.runFx;

/** Without user.name and user.email in Git's configuration, the window prompts once and stores the reply. */
@ExtendWith(ApplicationExtension.class)
class IdentityQuestionTest {

    @TempDir
    Path home;

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
        fixture.awaitCharterOpen();
        fixture.waitFor(() -> fixture.window().editor().paragraphsProperty().getValue().size() >= 2);
        Block second = onFx(() -> fixture.window().editor().paragraphsProperty().getValue().get(1));
        runFx(() -> fixture.window().editor().showOffset(second.start()));
        fixture.waitFor(() -> fixture.window().commentsModel().caretParagraphProperty().get() == 2);

        robot.clickOn("#comment-new");
        robot.clickOn("#comment-new-text").write("Who wrote this?");
        robot.clickOn("#comment-new-post");
        fixture.waitFor(() -> robot.lookup("#identity-name").tryQuery().isPresent());
        runFx(() -> {
            robot.lookup("#identity-name").queryAs(TextField.class).setText("Noor Haddad");
            robot.lookup("#identity-email").queryAs(TextField.class).setText("noor@example.org");
        });
        robot.clickOn("#dialog-ok");
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
}
