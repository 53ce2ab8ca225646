package org.charta.ui.conflict;

import javafx.geometry.NodeOrientation;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.charta.core.merge.Choice;
import org.charta.core.merge.Conflict;
import org.charta.core.merge.Resolution;
import org.charta.ui.amend.Shots;
import org.charta.ui.app.UiText;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.charta.ui.ChartaWindowFixture.onFx;
import static org.charta.ui.ChartaWindowFixture.runFx;

/** The conflict dialog on hand-built conflicts: what it reports, what it enables and what it highlights. */
@ExtendWith(ApplicationExtension.class)
class ConflictDialogTest {

    private Stage owner;
    private ConflictDialog dialog;
    private final RecordingListener listener = new RecordingListener();

    @Start
    void start(Stage stage) {
        owner = stage;
        stage.setScene(new Scene(new StackPane(new Label("Charta")), 300, 200));
        stage.show();
    }

    @AfterEach
    void closeDialog() throws Exception {
        if (dialog != null) {
            runFx(dialog::close);
        }
    }

    @Test
    void keepTheirsReportedToListener(FxRobot robot) throws Exception {
        open(List.of(ConflictSamples.VOTES), Map.of());

        robot.clickOn("#conflict-keep-theirs");

        assertThat(listener.choices).containsExactly("votes=" + Resolution.of(Choice.THEIRS));
        assertThat(onFx(() -> resultArea().getText())).isEqualTo(ConflictSamples.VOTES.theirsResult());
    }

    @Test
    void finishDisabledUntilAllResolved(FxRobot robot) throws Exception {
        open(List.of(ConflictSamples.VOTES, ConflictSamples.FRENCH), Map.of());
        Button finish = robot.lookup("#conflict-finish").queryButton();

        boolean disabledAtStart = onFx(finish::isDisabled);
        robot.clickOn("#conflict-keep-mine");
        boolean disabledAfterOne = onFx(finish::isDisabled);
        robot.clickOn("#conflict-next").clickOn("#conflict-keep-both");
        boolean disabledAfterTwo = onFx(finish::isDisabled);
        robot.clickOn("#conflict-finish");

        assertThat(disabledAtStart).as("finish before any choice").isTrue();
        assertThat(disabledAfterOne).as("finish with one of two chosen").isTrue();
        assertThat(disabledAfterTwo).as("finish with both chosen").isFalse();
        assertThat(listener.events).containsExactly("finish");
        assertThat(onFx(() -> dialog.stage().isShowing())).isFalse();
    }

    @Test
    void typedResultReportedAsEdited(FxRobot robot) throws Exception {
        open(List.of(ConflictSamples.VOTES), Map.of());

        robot.clickOn("#conflict-edit");
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write("Votes are cast by any means.");
        runFx(dialog::close);

        assertThat(listener.lastChoice()).isEqualTo("votes=" + Resolution.edited("Votes are cast by any means."));
        assertThat(listener.events).containsExactly("closed");
    }

    @Test
    void typingWithoutChoiceSwitchesToEdited(FxRobot robot) throws Exception {
        open(List.of(ConflictSamples.VOTES), Map.of());

        robot.clickOn("#conflict-result").write("Vote");
        WaitForAsyncUtils.sleep((long) ConflictDialog.EDIT_REPORT_DELAY.toMillis() + 400, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(listener.choices).containsExactly("votes=" + Resolution.edited("Vote"));
        assertThat(onFx(() -> toggle(robot, "#conflict-edit").isSelected())).isTrue();
    }

    @Test
    void keepBothDisabledWhenNotAllowed(FxRobot robot) throws Exception {
        open(List.of(ConflictSamples.MANIFEST), Map.of());

        assertThat(onFx(() -> toggle(robot, "#conflict-keep-both").isDisabled())).as("keep both").isTrue();
        assertThat(onFx(() -> toggle(robot, "#conflict-edit").isDisabled())).as("edit").isTrue();
        assertThat(onFx(() -> toggle(robot, "#conflict-keep-mine").isDisabled())).as("keep mine").isFalse();
    }

    @Test
    void manifestValueShownWithoutQuotes(FxRobot robot) throws Exception {
        open(List.of(ConflictSamples.MANIFEST), Map.of());

        robot.clickOn("#conflict-keep-theirs");

        assertThat(onFx(() -> resultArea().getText())).isEqualTo("The World Citizens' Charter");
        assertThat(onFx(() -> joined(Choice.MINE))).isEqualTo("Charter of World Citizens");
    }

    @Test
    void abortAsksBeforeReporting(FxRobot robot) throws Exception {
        open(List.of(ConflictSamples.VOTES), Map.of());

        robot.clickOn("#conflict-abort").clickOn("#dialog-cancel");
        List<String> afterCancel = List.copyOf(listener.events);
        robot.clickOn("#conflict-abort").clickOn("#dialog-ok");

        assertThat(afterCancel).as("events after cancelling the question").isEmpty();
        assertThat(listener.events).containsExactly("abort");
        assertThat(onFx(() -> dialog.stage().isShowing())).isFalse();
    }

    @Test
    void closingKeepsChoicesAndReportsClosed(FxRobot robot) throws Exception {
        open(List.of(ConflictSamples.VOTES, ConflictSamples.FRENCH), Map.of());

        robot.clickOn("#conflict-keep-mine").clickOn("#conflict-close");

        assertThat(listener.choices).containsExactly("votes=" + Resolution.of(Choice.MINE));
        assertThat(listener.events).containsExactly("closed");
    }

    @Test
    void chosenSoFarRestoredOnReopening(FxRobot robot) throws Exception {
        Map<String, Resolution> earlier = Map.of("votes", Resolution.of(Choice.THEIRS),
                "french", Resolution.edited("Chaque membre a une voix."));
        open(List.of(ConflictSamples.VOTES, ConflictSamples.FRENCH, ConflictSamples.ARABIC), earlier);

        assertThat(robot.lookup("#conflict-counter").queryLabeled().getText()).isEqualTo("2 of 3 resolved");
        assertThat(onFx(() -> dialog.choices().selectedConflict().orElseThrow().id()))
                .as("first unresolved conflict on show").isEqualTo("arabic");
        robot.clickOn("#conflict-previous");
        assertThat(onFx(() -> resultArea().getText())).isEqualTo("Chaque membre a une voix.");
        assertThat(onFx(() -> toggle(robot, "#conflict-edit").isSelected())).isTrue();
        robot.clickOn("#conflict-previous");
        assertThat(onFx(() -> toggle(robot, "#conflict-keep-theirs").isSelected())).isTrue();
        assertThat(listener.choices).as("restoring reports nothing").isEmpty();
    }

    @Test
    void highlightsCoverExactlyChangedWords() throws Exception {
        open(List.of(ConflictSamples.VOTES), Map.of());

        assertThat(onFx(() -> styled(Choice.MINE, VersionPane.INSERTED_STYLE))).containsExactly(" or by post");
        assertThat(onFx(() -> styled(Choice.MINE, VersionPane.DELETED_STYLE))).isEmpty();
        assertThat(onFx(() -> styled(Choice.THEIRS, VersionPane.DELETED_STYLE))).containsExactly("in person");
        assertThat(onFx(() -> styled(Choice.THEIRS, VersionPane.INSERTED_STYLE))).containsExactly("online");
        assertThat(onFx(() -> styled(Choice.THEIRS, VersionPane.EQUAL_STYLE)))
                .containsExactly("Every member has one vote. Votes are cast ", ".");
        assertThat(onFx(() -> styled(Choice.BOTH, VersionPane.INSERTED_STYLE))).as("common version").isEmpty();
    }

    @Test
    void frenchConflictRendersLeftToRight(FxRobot robot) throws Exception {
        open(List.of(ConflictSamples.FRENCH), Map.of());

        assertThat(onFx(() -> words(Choice.MINE, VersionPane.INSERTED_STYLE))).containsExactly("égale");
        assertThat(onFx(() -> words(Choice.THEIRS, VersionPane.INSERTED_STYLE))).containsExactly("seule", "générale");
        assertThat(onFx(() -> dialog.detail().pane(Choice.THEIRS).textOrientation()))
                .isEqualTo(NodeOrientation.LEFT_TO_RIGHT);
    }

    @Test
    void arabicConflictRendersRightToLeft(FxRobot robot) throws Exception {
        open(List.of(ConflictSamples.ARABIC), Map.of());

        robot.clickOn("#conflict-keep-mine");

        for (Choice side : List.of(Choice.BOTH, Choice.MINE, Choice.THEIRS)) {
            assertThat(onFx(() -> dialog.detail().pane(side).textOrientation())).as("pane %s", side)
                    .isEqualTo(NodeOrientation.RIGHT_TO_LEFT);
        }
        assertThat(onFx(() -> joined(Choice.MINE))).as("your version").isEqualTo(ConflictSamples.ARABIC.mine());
        assertThat(onFx(() -> resultArea().getNodeOrientation())).isEqualTo(NodeOrientation.RIGHT_TO_LEFT);
        assertThat(robot.lookup("#conflict-heading").queryLabeled().getText()).isEqualTo("المادة 5 التصويت");
    }

    @Test
    void frenchInterfaceUsesFrenchBundle(FxRobot robot) throws Exception {
        open(List.of(ConflictSamples.VOTES), Map.of(), Locale.FRENCH);

        assertThat(robot.lookup("#conflict-counter").queryLabeled().getText()).isEqualTo("0 sur 1 résolus");
        assertThat(robot.lookup("#conflict-finish").queryButton().getText()).isEqualTo("_Résoudre et synchroniser");
        assertThat(robot.lookup("#conflict-intro").queryLabeled().getText())
                .isEqualTo("Vos modifications chevauchent celles d'autres personnes à un endroit");
    }

    @Test
    void caseOneKeepsUnchangedLineOnce(FxRobot robot) throws Exception {
        open(List.of(ConflictSamples.CASE_ONE), Map.of());

        for (String button : List.of("#conflict-keep-mine", "#conflict-keep-theirs", "#conflict-keep-both",
                "#conflict-edit")) {
            robot.clickOn(button);
            String file = ConflictSamples.CASE_ONE_BEFORE + onFx(() -> resultArea().getText())
                    + ConflictSamples.CASE_ONE_AFTER;

            assertThat(file.split("Decisions need a majority\\.", -1)).as("after %s: %s", button, file).hasSize(2);
            assertThat(file).as("after %s", button).doesNotContain("<<<<<<<", ">>>>>>>", "=======");
        }
        assertThat(listener.choices).hasSize(4);
    }

    @Test
    void sectionDeletedOffersKeepOrDelete(FxRobot robot) throws Exception {
        open(List.of(ConflictSamples.SECTION_DELETED), Map.of());

        assertThat(robot.lookup("#conflict-explanation").queryLabeled().getText())
                .startsWith("You deleted this section; someone else edited it.");
        assertThat(onFx(() -> toggle(robot, "#conflict-keep-both").isVisible())).isFalse();
        assertThat(robot.lookup("#conflict-keep-mine").queryLabeled().getText()).isEqualTo("_Delete the section");
        robot.clickOn("#conflict-keep-mine");
        assertThat(robot.lookup("#conflict-result-note").queryLabeled().getText())
                .isEqualTo("The section will be deleted.");
        robot.clickOn("#conflict-keep-theirs");
        assertThat(listener.lastChoice()).isEqualTo("deleted=" + Resolution.of(Choice.THEIRS));
    }

    @Test
    void fileConflictShowsSizes(FxRobot robot) throws Exception {
        open(List.of(ConflictSamples.FILE), Map.of());

        assertThat(robot.lookup("#conflict-file-sizes").queryLabeled().getText())
                .isEqualTo("Before: 2,011 bytes. Your version: 2,411 bytes. Their version: no file.");
        robot.clickOn("#conflict-keep-theirs");
        assertThat(robot.lookup("#conflict-result-note").queryLabeled().getText())
                .isEqualTo("The file assets/emblem.svg will be deleted.");
    }

    @Test
    void keyboardMovesBetweenConflicts(FxRobot robot) throws Exception {
        open(ConflictSamples.all(), Map.of());

        robot.press(KeyCode.CONTROL, KeyCode.PAGE_DOWN).release(KeyCode.PAGE_DOWN, KeyCode.CONTROL);
        int afterNext = onFx(() -> dialog.choices().selectedProperty().get());
        robot.press(KeyCode.ALT, KeyCode.T).release(KeyCode.T, KeyCode.ALT);

        assertThat(afterNext).isEqualTo(1);
        assertThat(listener.choices).containsExactly("french=" + Resolution.of(Choice.THEIRS));
    }

    @Test
    void listGroupsConflictsBySection() throws Exception {
        open(ConflictSamples.all(), Map.of("votes", Resolution.of(Choice.MINE)));

        List<String> groups = onFx(() -> dialog.listGroups());

        assertThat(groups).containsExactly("Art. 4 Voting", "المادة 5 التصويت", "Art. 7 Meetings", "Art. 9 Fees",
                "Charter settings", "assets/emblem.svg");
    }

    @Test
    void keepAsksBeforeReplacingWrittenText(FxRobot robot) throws Exception {
        open(List.of(ConflictSamples.VOTES), Map.of());
        robot.clickOn("#conflict-edit");
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write("Votes are cast by any means.");

        robot.clickOn("#conflict-keep-theirs");
        String keepLabel = robot.lookup("#dialog-cancel").queryButton().getText();
        robot.clickOn("#dialog-cancel");

        assertThat(keepLabel).isEqualTo("Keep my text");
        assertThat(onFx(() -> resultArea().getText())).isEqualTo("Votes are cast by any means.");
        assertThat(onFx(() -> toggle(robot, "#conflict-edit").isSelected())).as("edit still chosen").isTrue();
        assertThat(onFx(() -> toggle(robot, "#conflict-keep-theirs").isSelected())).as("keep theirs").isFalse();
        assertThat(listener.lastChoice()).isEqualTo("votes=" + Resolution.edited("Votes are cast by any means."));
    }

    @Test
    void keepReplacesWrittenTextAfterConfirming(FxRobot robot) throws Exception {
        open(List.of(ConflictSamples.VOTES), Map.of());
        robot.clickOn("#conflict-edit");
        robot.write(" Always.");

        robot.clickOn("#conflict-keep-theirs").clickOn("#dialog-ok");

        assertThat(onFx(() -> resultArea().getText())).isEqualTo(ConflictSamples.VOTES.theirsResult());
        assertThat(listener.lastChoice()).isEqualTo("votes=" + Resolution.of(Choice.THEIRS));
    }

    @Test
    void keepMineNotesTheirChangesKept(FxRobot robot) throws Exception {
        open(List.of(ConflictSamples.PARTLY_MERGED), Map.of());

        robot.clickOn("#conflict-keep-mine");
        String noteForMine = robot.lookup("#conflict-result-note").queryLabeled().getText();
        robot.clickOn("#conflict-keep-theirs");
        boolean noteShownForTheirs = onFx(() -> robot.lookup("#conflict-result-note").queryLabeled().isVisible());

        assertThat(noteForMine).isEqualTo("Their changes elsewhere in this paragraph are kept too.");
        assertThat(noteShownForTheirs).as("note when their version is kept as it is").isFalse();
    }

    @Test
    void tabInResultMovesFocus(FxRobot robot) throws Exception {
        open(List.of(ConflictSamples.VOTES), Map.of());

        robot.clickOn("#conflict-result").type(KeyCode.TAB);
        boolean focusedAfterTab = onFx(() -> resultArea().isFocused());
        robot.clickOn("#conflict-result").press(KeyCode.SHIFT, KeyCode.TAB).release(KeyCode.TAB, KeyCode.SHIFT);
        boolean focusedAfterShiftTab = onFx(() -> resultArea().isFocused());
        robot.clickOn("#conflict-result").press(KeyCode.CONTROL, KeyCode.TAB).release(KeyCode.TAB, KeyCode.CONTROL);
        boolean focusedAfterControlTab = onFx(() -> resultArea().isFocused());

        assertThat(focusedAfterTab).as("result focused after Tab").isFalse();
        assertThat(focusedAfterShiftTab).as("result focused after Shift+Tab").isFalse();
        assertThat(focusedAfterControlTab).as("result focused after Ctrl+Tab").isFalse();
        assertThat(onFx(() -> resultArea().getText())).doesNotContain("\t");
    }

    @Test
    void escapeClosesFromConflictList(FxRobot robot) throws Exception {
        open(List.of(ConflictSamples.VOTES, ConflictSamples.FRENCH), Map.of());

        robot.clickOn("#conflict-list .conflict-item").type(KeyCode.ESCAPE);

        assertThat(onFx(() -> dialog.stage().isShowing())).isFalse();
        assertThat(listener.events).containsExactly("closed");
    }

    @Test
    void abortQuestionNamesBothButtons(FxRobot robot) throws Exception {
        open(List.of(ConflictSamples.VOTES), Map.of(), Locale.FRENCH);

        robot.clickOn("#conflict-abort");
        String goOn = robot.lookup("#dialog-cancel").queryButton().getText();
        String abort = robot.lookup("#dialog-ok").queryButton().getText();
        robot.clickOn("#dialog-cancel");

        assertThat(goOn).isEqualTo("Continuer à résoudre");
        assertThat(abort).isEqualTo("Abandonner la synchronisation");
        assertThat(listener.events).isEmpty();
    }

    @Test
    void amendmentMergeNamesBothSides(FxRobot robot) throws Exception {
        open(List.of(ConflictSamples.VOTES), ConflictDialog.Purpose.AMENDMENT, Locale.ENGLISH);
        runFx(() -> Shots.save(dialog.stage().getScene(), "conflict-amendment-merge"));

        assertThat(paneTitle(robot, "#conflict-mine")).isEqualTo("The text it merges with");
        assertThat(paneTitle(robot, "#conflict-theirs")).isEqualTo("The amendment");
        assertThat(onFx(() -> robot.lookup("#conflict-keep-theirs").queryAs(ToggleButton.class).getText()))
                .isEqualTo("Keep the _amendment");
        assertThat(onFx(() -> robot.lookup("#conflict-abort").queryButton().getText())).isEqualTo("_Abort the merge…");
    }

    @Test
    void amendmentUpdateNamesAmendmentAsOurs(FxRobot robot) throws Exception {
        open(List.of(ConflictSamples.VOTES), ConflictDialog.Purpose.AMENDMENT_UPDATE, Locale.FRENCH);

        assertThat(paneTitle(robot, "#conflict-mine")).isEqualTo("L'amendement");
        assertThat(paneTitle(robot, "#conflict-theirs")).isEqualTo("Le texte avec lequel il fusionne");
        assertThat(onFx(() -> robot.lookup("#conflict-abort").queryButton().getText()))
                .isEqualTo("_Abandonner la fusion…");
    }

    private String paneTitle(FxRobot robot, String paneId) throws Exception {
        return onFx(() -> robot.lookup(paneId + " .conflict-version-title").queryAs(Label.class).getText());
    }

    private void open(List<Conflict> conflicts, ConflictDialog.Purpose purpose, Locale locale) throws Exception {
        AtomicReference<ConflictDialog> opened = new AtomicReference<>();
        runFx(() -> {
            opened.set(ConflictDialog.show(owner, new UiText(locale), purpose, conflicts, Map.of(),
                    ConflictSamples.TITLE_OF, listener));
            opened.get().stage().setX(0);
            opened.get().stage().setY(0);
        });
        dialog = opened.get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void open(List<Conflict> conflicts, Map<String, Resolution> chosenSoFar) throws Exception {
        open(conflicts, chosenSoFar, Locale.ENGLISH);
    }

    private void open(List<Conflict> conflicts, Map<String, Resolution> chosenSoFar, Locale locale) throws Exception {
        AtomicReference<ConflictDialog> opened = new AtomicReference<>();
        runFx(() -> {
            opened.set(ConflictDialog.show(owner, new UiText(locale), conflicts, chosenSoFar,
                    ConflictSamples.TITLE_OF, listener));
            // Monocle paints nothing past the screen's edge, so the dialog goes to the screen's corner.
            opened.get().stage().setX(0);
            opened.get().stage().setY(0);
        });
        dialog = opened.get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    private TextArea resultArea() {
        return dialog.detail().resultArea();
    }

    private static ToggleButton toggle(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(ToggleButton.class);
    }

    /** Returns the runs of a pane with one style; {@link Choice#BOTH} stands for the common version's pane. */
    private List<String> styled(Choice side, String styleClass) {
        return dialog.detail().pane(side).texts().stream()
                .filter(text -> text.getStyleClass().contains(styleClass))
                .map(Text::getText)
                .toList();
    }

    /** Returns the runs of a pane with one style without the spaces around them, which the diff may put on either side. */
    private List<String> words(Choice side, String styleClass) {
        return styled(side, styleClass).stream().map(String::strip).toList();
    }

    private String joined(Choice side) {
        return String.join("", dialog.detail().pane(side).texts().stream()
                .filter(text -> text.getStyleClass().contains(VersionPane.EQUAL_STYLE)
                        || text.getStyleClass().contains(VersionPane.INSERTED_STYLE))
                .map(Text::getText)
                .toList());
    }

    /** Records what the dialog reports, in order; the dialog calls it on the JavaFX thread. */
    private static final class RecordingListener implements ConflictDialog.Listener {

        final List<String> choices = new CopyOnWriteArrayList<>();
        final List<String> events = new CopyOnWriteArrayList<>();

        @Override
        public void chosen(String conflictId, Resolution resolution) {
            choices.add(conflictId + "=" + resolution);
        }

        @Override
        public void finish() {
            events.add("finish");
        }

        @Override
        public void abort() {
            events.add("abort");
        }

        @Override
        public void closed() {
            events.add("closed");
        }

        String lastChoice() {
            return choices.isEmpty() ? null : choices.get(choices.size() - 1);
        }
    }
}
