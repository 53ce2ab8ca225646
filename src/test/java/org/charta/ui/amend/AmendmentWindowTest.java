package org.charta.ui.amend;

import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import org.charta.core.governance.Members;
import org.charta.testing.TestGit;
import org.charta.ui.app.CharterSession;
import javafx.stage.Stage;
import org.charta.core.amend.AmendmentStatus;
import org.charta.core.amend.Amendments;
import org.charta.core.amend.Votes;
import org.charta.core.diff.DiffSegment;
import org.charta.core.diff.ParagraphChange;
import org.charta.ui.ChartaWindowFixture;
import org.charta.ui.app.MainWindow;
import org.charta.ui.editor.RichTextSectionEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.charta.ui.ChartaWindowFixture.onFx;
import static org.charta.ui.ChartaWindowFixture.runFx;

/**
 * A drafter starts an amendment from the window on the demo charter, edits it under the banner, goes back to the
 * main text, and proposes it from the amendments window.
 */
@ExtendWith(ApplicationExtension.class)
class AmendmentWindowTest {

    private static final String WORD = "planet";
    private static final String REPLACEMENT = "shared planet";

    @TempDir
    Path home;

    private ChartaWindowFixture fixture;

    @Start
    void start(Stage stage) throws Exception {
        fixture = new ChartaWindowFixture(home);
        fixture.start(stage);
    }

    @AfterEach
    void closeWindow() throws Exception {
        fixture.close();
    }

    @Test
    void newAmendmentEditedUnderBanner(FxRobot robot) throws Exception {
        fixture.awaitCharterOpen();
        MainWindow window = fixture.window();
        assertThat(onFx(() -> window.amendments().coordinatorProperty().get())).isTrue();
        assertThat(onFx(() -> robot.lookup("#amend-banner").query().isVisible())).isFalse();

        runFx(window::newAmendment);
        fixture.waitFor(() -> robot.lookup("#amend-create-title").tryQuery().isPresent());
        robot.clickOn("#amend-create-title").write("Shared planet");
        robot.clickOn("#dialog-ok");
        fixture.waitFor(() -> window.amendments().editedIdProperty().get() != null);
        fixture.awaitIdle();

        assertThat(onFx(() -> robot.lookup("#amend-banner").query().isVisible())).isTrue();
        assertThat(onFx(() -> ((Label) robot.lookup("#amend-banner-text").query()).getText()))
                .startsWith("Amendment: Shared planet");
        replaceWord(WORD, REPLACEMENT);
        runFx(() -> Shots.save(window.context().stage().getScene(), "window-banner"));

        robot.clickOn("#amend-banner-back");
        fixture.waitFor(() -> window.amendments().editedIdProperty().get() == null);
        fixture.awaitIdle();
        assertThat(onFx(() -> window.editor().text())).doesNotContain(REPLACEMENT);
        assertThat(onFx(() -> robot.lookup("#amend-banner").query().isVisible())).isFalse();
    }

    @Test
    void draftProposedFromAmendmentsWindow(FxRobot robot) throws Exception {
        fixture.awaitCharterOpen();
        MainWindow window = fixture.window();
        runFx(window::newAmendment);
        fixture.waitFor(() -> robot.lookup("#amend-create-title").tryQuery().isPresent());
        robot.clickOn("#amend-create-title").write("Shared planet");
        robot.clickOn("#dialog-ok");
        fixture.waitFor(() -> window.amendments().editedIdProperty().get() != null);
        fixture.awaitIdle();
        replaceWord(WORD, REPLACEMENT);
        robot.clickOn("#amend-banner-back");
        fixture.waitFor(() -> window.amendments().editedIdProperty().get() == null);
        fixture.awaitIdle();

        AmendmentsWindow amendments = onFx(() -> window.amendments().openWindow());
        fixture.waitFor(() -> amendments.list().getItems().size() == 1);
        runFx(() -> amendments.list().getSelectionModel().select(0));
        assertThat(onFx(() -> amendments.stage().getMinWidth())).isEqualTo(AmendmentsWindow.MIN_WIDTH);
        AmendmentDetail detail = amendments.detail();
        fixture.waitFor(() -> !detail.comparison().rows().changes().isEmpty());
        assertThat(onFx(() -> insertedText(detail))).isEqualTo("shared ");

        robot.clickOn("#amend-propose");
        fixture.waitFor(() -> window.amendments().model().all().get(0).status() == AmendmentStatus.PROPOSED);

        runFx(() -> detail.tabs().getSelectionModel().select(2));
        robot.clickOn("#deliberation-text").write("It names what we share.");
        robot.clickOn("#deliberation-stance-for");
        robot.clickOn("#deliberation-add");
        fixture.waitFor(() -> detail.deliberation().forList().getItems().size() == 1);
        assertThat(onFx(() -> detail.deliberation().forList().getItems().get(0).text()))
                .isEqualTo("It names what we share.");
        assertThat(onFx(() -> detail.deliberation().againstList().getItems())).isEmpty();

        runFx(() -> amendments.filters().status().setValue(StatusFilter.of(AmendmentStatus.WITHDRAWN)));
        assertThat(onFx(() -> amendments.list().getItems().size())).isZero();
        runFx(() -> amendments.filters().status().setValue(StatusFilter.OPEN));
        assertThat(onFx(() -> amendments.list().getItems().size())).isEqualTo(1);
    }

    @Test
    void conflictingUpdateOpensConflictDialog(FxRobot robot) throws Exception {
        fixture.awaitCharterOpen();
        MainWindow window = fixture.window();
        runFx(window::newAmendment);
        fixture.waitFor(() -> robot.lookup("#amend-create-title").tryQuery().isPresent());
        robot.clickOn("#amend-create-title").write("Shared planet");
        robot.clickOn("#dialog-ok");
        fixture.waitFor(() -> window.amendments().editedIdProperty().get() != null);
        fixture.awaitIdle();
        replaceWord(WORD, REPLACEMENT);
        robot.clickOn("#amend-banner-back");
        fixture.waitFor(() -> window.amendments().editedIdProperty().get() == null);
        fixture.awaitIdle();

        // The main text rewords the same words, so the amendment is outdated and its update conflicts.
        replaceWord(WORD, "blue planet");
        runFx(window::record);
        fixture.waitFor(() -> robot.lookup("#dialog-ok").tryQuery().isPresent());
        robot.clickOn("#dialog-ok");
        fixture.waitFor(() -> window.statusModel().activityProperty().get().startsWith("Recorded"));
        fixture.awaitIdle();

        AmendmentsWindow amendments = onFx(() -> window.amendments().openWindow());
        fixture.waitFor(() -> amendments.list().getItems().size() == 1
                && amendments.list().getItems().get(0).outdated());
        runFx(() -> amendments.list().getSelectionModel().select(0));
        fixture.waitFor(() -> amendments.detail().node().lookup("#amend-update").isVisible());
        robot.clickOn("#amend-update");

        fixture.waitFor(() -> robot.lookup("#conflict-intro").tryQuery().isPresent());
        assertThat(onFx(() -> ((Label) robot.lookup("#conflict-intro").query()).getText()))
                .isEqualTo("The amendment and the text it merges with differ in one place");
        robot.clickOn("#conflict-close");
    }

    @Test
    void bannerWarnsWhileVoteIsOpen(FxRobot robot) throws Exception {
        fixture.awaitCharterOpen();
        MainWindow window = fixture.window();
        runFx(window::newAmendment);
        fixture.waitFor(() -> robot.lookup("#amend-create-title").tryQuery().isPresent());
        robot.clickOn("#amend-create-title").write("Shared planet");
        robot.clickOn("#dialog-ok");
        fixture.waitFor(() -> window.amendments().editedIdProperty().get() != null);
        fixture.awaitIdle();

        CharterSession session = onFx(() -> window.context().session());
        String id = onFx(() -> window.amendments().editedIdProperty().get());
        window.context().executor().submit("open vote", () -> {
            Amendments.propose(session.repository(), id, ChartaWindowFixture.AUTHOR);
            return Votes.open(session.repository(), id, ChartaWindowFixture.AUTHOR);
        }, opened -> window.amendments().refreshState(), error -> { });
        fixture.waitFor(() -> window.amendments().editedVotingProperty().get());
        fixture.awaitIdle();

        assertThat(onFx(() -> ((Label) robot.lookup("#amend-banner-text").query()).getText()))
                .isEqualTo("Amendment: Shared planet — the vote on it is open. Editing its text now stops the vote"
                        + " from closing.");
    }

    @Test
    void coordinatorEntriesFollowRoles(FxRobot robot) throws Exception {
        fixture.awaitCharterOpen();
        MainWindow window = fixture.window();
        MenuBar bar = robot.lookup("#menu-bar").queryAs(MenuBar.class);
        assertThat(onFx(() -> item(bar, "menu-amend-merge").isVisible())).isTrue();

        // Once the charter names a coordinator who is someone else, the coordinator's entries disappear.
        CharterSession session = onFx(() -> window.context().session());
        // The demo makes the person its coordinator, so Carol takes over and the person becomes a drafter.
        window.context().executor().submit("hand over coordination", () -> {
            Members.add(session.repository(), TestGit.CAROL.name(), TestGit.CAROL.email(), "coordinator",
                    ChartaWindowFixture.AUTHOR);
            return Members.add(session.repository(), ChartaWindowFixture.AUTHOR.name(),
                    ChartaWindowFixture.AUTHOR.email(), "drafter", ChartaWindowFixture.AUTHOR);
        }, added -> window.amendments().refreshState(), error -> { });
        fixture.waitFor(() -> !window.amendments().coordinatorProperty().get());

        for (String id : new String[] {"menu-amend-open-vote", "menu-amend-close-vote", "menu-amend-merge",
                "menu-release-tag"}) {
            assertThat(onFx(() -> item(bar, id).isVisible())).as(id).isFalse();
        }
        assertThat(onFx(() -> item(bar, "menu-amendments").isVisible())).isTrue();
    }

    private static MenuItem item(MenuBar bar, String id) {
        return bar.getMenus().stream().flatMap(menu -> menu.getItems().stream())
                .filter(item -> id.equals(item.getId())).findFirst().orElseThrow();
    }

    private void replaceWord(String word, String replacement) throws Exception {
        runFx(() -> {
            RichTextSectionEditor editor = (RichTextSectionEditor) fixture.window().editor();
            int start = editor.text().indexOf(word);
            editor.selectRange(start, start + word.length());
            editor.replaceSelection(replacement);
        });
        fixture.awaitIdle();
    }

    private static String insertedText(AmendmentDetail detail) {
        return detail.comparison().rows().changes().stream()
                .filter(change -> change.kind() == ParagraphChange.Kind.CHANGED)
                .flatMap(change -> change.segments().stream())
                .filter(segment -> segment.kind() == DiffSegment.Kind.INSERTED)
                .map(DiffSegment::text)
                .findFirst().orElse("");
    }
}
