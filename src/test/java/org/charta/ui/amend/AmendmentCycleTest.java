package org.charta.ui.amend;

import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.charta.core.amend.AmendmentStatus;
import org.charta.core.amend.VoteChoice;
import org.charta.core.diff.DiffSegment;
import org.charta.core.diff.ParagraphChange;
import org.charta.testing.GitDaemon;
import org.charta.ui.ChartaWindowFixture;
import org.charta.ui.app.MainWindow;
import org.charta.ui.release.ReleasesWindow;
import org.charta.ui.release.SectionSummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
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
 * The whole amendment cycle in the coordinator's window, over a real {@code git daemon} on 127.0.0.1: Carol opens
 * the vote on Alice's amendment, Alice and Bob vote from their own clones and sync, Carol votes in the window,
 * closes the vote, merges the adopted amendment, tags "Draft 1", and compares it with "Draft 0".
 *
 * <p>With {@code -Dcharta.shots=FOLDER} it saves snapshots of the list, both diff views, the vote and the release
 * comparison there.
 */
@ExtendWith(ApplicationExtension.class)
class AmendmentCycleTest {

    @TempDir
    Path temp;

    private ChartaWindowFixture fixture;
    private AmendmentCycle cycle;

    @Start
    void start(Stage stage) throws Exception {
        fixture = new ChartaWindowFixture(temp.resolve("carol-home"), false);
        fixture.start(stage);
    }

    @BeforeEach
    void prepareRepositories() throws Exception {
        Assumptions.assumeTrue(GitDaemon.isAvailable(), "git daemon is not available");
        cycle = AmendmentCycle.prepare(temp.resolve("cycle"));
    }

    @AfterEach
    void closeEverything() throws Exception {
        try {
            fixture.close();
        } finally {
            if (cycle != null) {
                cycle.close();
            }
        }
    }

    @Test
    void voteMergeAndReleaseInWindow(FxRobot robot) throws Exception {
        fixture.awaitCharterOpen();
        MainWindow window = fixture.window();
        runFx(() -> window.charters().openCharter(cycle.coordinatorFolder()));
        fixture.waitFor(() -> window.context().session() != null
                && window.context().session().folder().equals(cycle.coordinatorFolder().toRealPath())
                && window.amendments().coordinatorProperty().get());
        syncInWindow(robot);

        AmendmentsWindow amendments = onFx(() -> window.amendments().openWindow());
        fixture.waitFor(() -> amendments.list().getItems().size() == 1);
        runFx(() -> amendments.list().getSelectionModel().select(0));
        AmendmentDetail detail = amendments.detail();
        fixture.waitFor(() -> !detail.comparison().rows().changes().isEmpty());
        assertThat(onFx(() -> detail.titleLabel().getText())).isEqualTo(AmendmentCycle.TITLE);
        assertAdoptedChange(detail.comparison());
        runFx(() -> Shots.save(amendments.stage().getScene(), "cycle-1-list-inline"));

        runFx(() -> detail.comparison().sideBySideButton().setSelected(true));
        runFx(() -> Shots.save(amendments.stage().getScene(), "cycle-2-diff-side-by-side"));
        runFx(() -> detail.comparison().renderedButton().setSelected(true));
        fixture.waitFor(() -> detail.comparison().renderedHtml().contains("<ins>"));
        Thread.sleep(500);
        runFx(() -> Shots.save(amendments.stage().getScene(), "cycle-3-diff-rendered"));

        // Carol opens the vote; the members vote from their clones; Carol syncs and votes in the window.
        runFx(detail::selectVoteTab);
        fixture.waitFor(() -> detail.vote().node().lookup("#vote-open").isVisible());
        robot.clickOn("#vote-open");
        awaitStatus(window, AmendmentStatus.VOTING);
        syncInWindow(robot);
        cycle.membersVote(VoteChoice.FOR, VoteChoice.AGAINST);
        syncInWindow(robot);
        fixture.waitFor(() -> detail.vote().table().getItems().size() == 2);

        robot.clickOn("#vote-choice-for");
        robot.clickOn("#vote-reason").write("Fair to all.");
        robot.clickOn("#vote-cast");
        fixture.waitFor(() -> detail.vote().table().getItems().size() == 3);
        runFx(() -> Shots.save(amendments.stage().getScene(), "cycle-4-vote-open"));

        robot.clickOn("#vote-close");
        robot.clickOn("#dialog-ok");
        awaitStatus(window, AmendmentStatus.ADOPTED);
        fixture.waitFor(() -> "Adopted".equals(((Label) detail.vote().node().lookup("#vote-result")).getText()));
        runFx(() -> Shots.save(amendments.stage().getScene(), "cycle-5-vote-closed"));

        // Merge, then tag "Draft 1" with the drafted notes.
        fixture.waitFor(() -> detail.node().lookup("#amend-merge").isVisible());
        robot.clickOn("#amend-merge");
        robot.clickOn("#dialog-ok");
        fixture.waitFor(() -> robot.lookup("#dialog-ok").tryQuery().isPresent());
        robot.clickOn("#dialog-ok");
        fixture.awaitIdle();
        assertThat(fixture.readFile(sectionPath(window, "Art. 3"))).contains(AmendmentCycle.NEW_SENTENCE);
        awaitStatus(window, AmendmentStatus.MERGED);

        runFx(window::tagRelease);
        fixture.waitFor(() -> robot.lookup("#release-notes").tryQuery().isPresent());
        String notes = onFx(() -> robot.lookup("#release-notes").queryTextInputControl().getText());
        assertThat(notes).contains(AmendmentCycle.TITLE);
        robot.clickOn("#release-name").write("Draft 1");
        robot.clickOn("#dialog-ok");
        fixture.waitFor(() -> robot.lookup("#dialog-ok").tryQuery().isPresent());
        robot.clickOn("#dialog-ok");
        fixture.awaitIdle();

        // The comparison of the two releases shows the adopted change and nothing else.
        ReleasesWindow releases = onFx(() -> window.releases().openWindow());
        fixture.waitFor(() -> releases.releaseList().getItems().size() == 2
                && !releases.summaryTable().getItems().isEmpty());
        assertThat(onFx(() -> releases.fromChoice().getValue())).isEqualTo("draft-0");
        assertThat(onFx(() -> releases.toChoice().getValue())).isEqualTo("draft-1");
        List<SectionSummary> summary = onFx(() -> List.copyOf(releases.summaryTable().getItems()));
        assertThat(summary).extracting(row -> row.section().newTitle()).containsExactly("Art. 3");
        assertThat(summary.get(0).changed()).isEqualTo(1);
        assertAdoptedChange(releases.comparison());
        runFx(() -> Shots.save(releases.stage().getScene(), "cycle-6-release-compare"));
    }

    private void syncInWindow(FxRobot robot) throws Exception {
        MainWindow window = fixture.window();
        runFx(() -> window.statusModel().lastSyncProperty().set(""));
        // The amendments window may cover the toolbar, so the sync starts as the toolbar button starts it.
        runFx(window::sync);
        fixture.waitFor(() -> !window.statusModel().busyProperty().get()
                && (window.statusModel().lastSyncProperty().get().startsWith("Synced")
                || window.statusModel().lastSyncProperty().get().startsWith("Up to date")));
        fixture.awaitIdle();
    }

    private void awaitStatus(MainWindow window, AmendmentStatus status) throws Exception {
        fixture.waitFor(() -> window.amendments().model().find(cycle.amendmentId())
                .map(summary -> summary.status() == status).orElse(false));
        fixture.awaitIdle();
    }

    private static String sectionPath(MainWindow window, String title) throws Exception {
        return onFx(() -> window.outlineModel().sections().stream().filter(item -> item.title().equals(title))
                .findFirst().orElseThrow().path());
    }

    private static String words(ParagraphChange change, DiffSegment.Kind kind) {
        return change.segments().stream().filter(segment -> segment.kind() == kind).map(DiffSegment::text)
                .reduce("", String::concat).replace(" ", "");
    }

    /** Checks that the view shows one changed paragraph, the reworded one, with "the" replaced by "an equal". */
    private static void assertAdoptedChange(ComparisonView view) throws Exception {
        List<ParagraphChange> changes = onFx(() -> view.rows().changes());
        assertThat(changes).extracting(ParagraphChange::kind).containsExactly(ParagraphChange.Kind.CHANGED);
        assertThat(changes.get(0).oldText()).isEqualTo(AmendmentCycle.OLD_SENTENCE);
        assertThat(changes.get(0).newText()).isEqualTo(AmendmentCycle.NEW_SENTENCE);
        assertThat(words(changes.get(0), DiffSegment.Kind.INSERTED)).isEqualTo("anequal");
        assertThat(words(changes.get(0), DiffSegment.Kind.DELETED)).isEqualTo("the");
    }
}
