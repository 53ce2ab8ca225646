package org.charta.ui.amend;

import javafx.stage.Stage;
import org.charta.core.amend.AmendmentStatus;
import org.charta.core.diff.DiffSegment;
import org.charta.core.diff.ParagraphChange;
import org.charta.core.governance.Member;
import org.charta.core.governance.Role;
import org.charta.testing.TestGit;
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
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.charta.ui.ChartaWindowFixture.onFx;
import static org.charta.ui.ChartaWindowFixture.runFx;

/**
 * The amendments window on the demo charter, where the person is the coordinator: closing the amendment being
 * edited, proposing unrecorded edits, recording, and the members dialog.
 */
@ExtendWith(ApplicationExtension.class)
class AmendmentWindowFixesTest {

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
    void withdrawingEditedAmendmentReturnsToMain(FxRobot robot) throws Exception {
        MainWindow window = createEditedAmendment(robot);
        AmendmentsWindow amendments = openAndSelect(window);

        robot.clickOn("#amend-withdraw");
        robot.clickOn("#dialog-ok");
        fixture.waitFor(() -> window.amendments().editedIdProperty().get() == null);
        fixture.awaitIdle();

        assertThat(onFx(() -> window.editor().text())).doesNotContain(REPLACEMENT);
        assertThat(onFx(() -> robot.lookup("#amend-banner").query().isVisible())).isFalse();
        assertThat(onFx(() -> window.statusModel().activityProperty().get()))
                .isEqualTo("The amendment you were editing is closed, so the editor is back on the main text.");
        runFx(() -> Shots.save(amendments.stage().getScene(), "fix-withdrawn"));
    }

    @Test
    void proposeRecordsUnrecordedEdits(FxRobot robot) throws Exception {
        MainWindow window = createEditedAmendment(robot);
        AmendmentsWindow amendments = openAndSelect(window);

        robot.clickOn("#amend-propose");
        fixture.waitFor(() -> window.amendments().model().all().get(0).status() == AmendmentStatus.PROPOSED);
        fixture.waitFor(() -> !amendments.detail().comparison().rows().changes().isEmpty());

        assertThat(onFx(() -> insertedText(amendments.detail()))).isEqualTo("shared ");
    }

    @Test
    void recordShowsNewDiffWithoutRefresh(FxRobot robot) throws Exception {
        MainWindow window = createAmendment(robot);
        AmendmentsWindow amendments = openAndSelect(window);
        replaceWord(WORD, REPLACEMENT);

        runFx(window::record);
        fixture.waitFor(() -> robot.lookup("#dialog-ok").tryQuery().isPresent());
        robot.clickOn("#dialog-ok");
        fixture.waitFor(() -> !amendments.detail().comparison().rows().changes().isEmpty());

        assertThat(onFx(() -> insertedText(amendments.detail()))).isEqualTo("shared ");
    }

    @Test
    void membersDialogListsDemoMembers(FxRobot robot) throws Exception {
        fixture.awaitCharterOpen();
        MainWindow window = fixture.window();
        fixture.waitFor(() -> window.amendments().rolesProperty().get().member());

        MembersDialog dialog = openMembers(window);

        assertThat(onFx(() -> List.copyOf(dialog.table().getItems()))).extracting(Member::role)
                .containsExactly(Role.COORDINATOR, Role.DRAFTER, Role.DRAFTER);
        runFx(() -> Shots.save(dialog.dialog().getDialogPane().getScene(), "fix-members"));
    }

    @Test
    void nonMemberSeesWhyVotingIsClosed(FxRobot robot) throws Exception {
        fixture.awaitCharterOpen();
        MainWindow window = fixture.window();
        fixture.waitFor(() -> window.amendments().rolesProperty().get().member());
        MembersDialog dialog = openMembers(window);

        robot.clickOn("#members-name").write(TestGit.CAROL.name());
        robot.clickOn("#members-email").write(TestGit.CAROL.email());
        runFx(() -> ((javafx.scene.control.ChoiceBox<Role>) robot.lookup("#members-role").query())
                .setValue(Role.COORDINATOR));
        robot.clickOn("#members-add");
        fixture.waitFor(() -> dialog.table().getItems().size() == 4);
        runFx(() -> dialog.table().getSelectionModel().select(0));
        robot.clickOn("#members-remove");
        fixture.waitFor(() -> !window.amendments().rolesProperty().get().member());
        runFx(() -> dialog.dialog().close());
        createAmendment(robot);

        AmendmentsWindow amendments = openAndSelect(window);
        runFx(amendments.detail()::selectVoteTab);
        fixture.waitFor(() -> amendments.detail().vote().node().lookup("#vote-not-member").isVisible());
        runFx(() -> Shots.save(amendments.stage().getScene(), "fix-not-member"));
    }

    @Test
    void paragraphCommentFromDiffListedWithLabel(FxRobot robot) throws Exception {
        MainWindow window = createEditedAmendment(robot);
        robot.clickOn("#amend-banner-back");
        fixture.waitFor(() -> window.amendments().editedIdProperty().get() == null);
        fixture.awaitIdle();
        AmendmentsWindow amendments = openAndSelect(window);
        AmendmentDetail detail = amendments.detail();
        fixture.waitFor(() -> !detail.comparison().rows().changes().isEmpty());
        int commentsBefore = onFx(() -> window.amendments().model().all().get(0).comments());

        robot.clickOn(".diff-comment");
        fixture.waitFor(() -> robot.lookup("#paragraph-comment-text").tryQuery().isPresent());
        robot.clickOn("#paragraph-comment-text").write("Shared by whom?");
        robot.clickOn("#paragraph-comment-against");
        robot.clickOn("#dialog-ok");
        fixture.waitFor(() -> window.amendments().model().all().get(0).comments() == commentsBefore + 1);
        fixture.awaitIdle();
        fixture.waitFor(() -> detail.deliberation().againstList().getItems().size() == 1);

        Argument argument = onFx(() -> detail.deliberation().againstList().getItems().get(0));
        assertThat(argument.text()).isEqualTo("Shared by whom?");
        assertThat(argument.paragraph()).contains("¶");
        runFx(() -> Shots.save(amendments.stage().getScene(), "fix-paragraph-comment"));
    }

    @Test
    void emptyListShowsEmptyState(FxRobot robot) throws Exception {
        fixture.awaitCharterOpen();
        MainWindow window = fixture.window();

        AmendmentsWindow amendments = onFx(() -> window.amendments().openWindow());

        fixture.waitFor(() -> ((javafx.scene.control.Label) amendments.list().getPlaceholder()).getText()
                .equals("No amendment yet. Start one with New amendment."));
        assertThat(onFx(() -> ((javafx.scene.control.Label) robot.lookup("#amend-count").query()).getText()))
                .isEqualTo("0 of 0 amendments shown");
        runFx(() -> Shots.save(amendments.stage().getScene(), "fix-empty-list"));
    }

    @Test
    void blankTitleKeepsOkDisabled(FxRobot robot) throws Exception {
        fixture.awaitCharterOpen();
        MainWindow window = fixture.window();
        runFx(window::newAmendment);
        fixture.waitFor(() -> robot.lookup("#amend-create-title").tryQuery().isPresent());

        robot.clickOn("#amend-create-title").write("   ");

        assertThat(onFx(() -> robot.lookup("#dialog-ok").query().isDisabled())).isTrue();
        robot.clickOn("#dialog-cancel");
    }

    private MembersDialog openMembers(MainWindow window) throws Exception {
        runFx(window::showMembers);
        fixture.waitFor(() -> window.amendments().membersDialog()
                .map(dialog -> !dialog.table().getItems().isEmpty()).orElse(false));
        return onFx(() -> window.amendments().membersDialog().orElseThrow());
    }

    private MainWindow createAmendment(FxRobot robot) throws Exception {
        fixture.awaitCharterOpen();
        MainWindow window = fixture.window();
        runFx(window::newAmendment);
        fixture.waitFor(() -> robot.lookup("#amend-create-title").tryQuery().isPresent());
        robot.clickOn("#amend-create-title").write("Shared planet");
        robot.clickOn("#dialog-ok");
        fixture.waitFor(() -> window.amendments().editedIdProperty().get() != null);
        fixture.awaitIdle();
        return window;
    }

    private MainWindow createEditedAmendment(FxRobot robot) throws Exception {
        MainWindow window = createAmendment(robot);
        replaceWord(WORD, REPLACEMENT);
        return window;
    }

    private AmendmentsWindow openAndSelect(MainWindow window) throws Exception {
        AmendmentsWindow amendments = onFx(() -> window.amendments().openWindow());
        fixture.waitFor(() -> amendments.list().getItems().size() == 1);
        runFx(() -> amendments.list().getSelectionModel().select(0));
        fixture.awaitIdle();
        return amendments;
    }

    private void replaceWord(String word, String replacement) throws Exception {
        runFx(() -> {
            RichTextSectionEditor editor = (RichTextSectionEditor) fixture.window().editor();
            int start = editor.text().indexOf(word);
            editor.selectRange(start, start + word.length());
            editor.replaceSelection(replacement);
        });
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
