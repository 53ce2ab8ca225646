package org.charta.ui.conflict;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.charta.core.ChartaException;
import org.charta.core.io.ControlCharacters;
import org.charta.core.merge.Choice;
import org.charta.core.merge.Conflict;
import org.charta.core.merge.ConflictKind;
import org.charta.core.merge.Resolution;
import org.charta.ui.app.UiText;
import org.charta.ui.dialog.Dialogs;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The right side of the conflict dialog: the selected conflict's three versions, the buttons that choose what to
 * keep, and the result that the choice keeps, which the person may edit.
 */
final class ConflictDetail {

    /** Receives a choice for the conflict on show. */
    interface ChoiceHandler {

        /** @param typing whether the choice comes from typing into the result, which arrives once per keystroke */
        void choose(Conflict conflict, Resolution resolution, boolean typing);
    }

    private final ConflictChoices choices;
    private final ConflictLabels labels;
    private final ConflictWording wording;
    private final UiText text;
    private final ChoiceHandler handler;

    private final Label heading = new Label();
    private final Label headingItem = new Label();
    private final Label position = new Label();
    private final Button previous = new Button();
    private final Button next = new Button();
    private final Label explanation = new Label();
    private final VersionPane base;
    private final VersionPane mine;
    private final VersionPane theirs;
    private final HBox versions;
    private final Label fileSizes = new Label();
    private final ToggleButton keepMine = new ToggleButton();
    private final ToggleButton keepTheirs = new ToggleButton();
    private final ToggleButton keepBoth = new ToggleButton();
    private final ToggleButton edit = new ToggleButton();
    private final HBox choiceBar = new HBox(8);
    private final Label resultTitle = new Label();
    private final TextArea result = new TextArea();
    private final Label resultNote = new Label();
    private final VBox box;
    private Conflict shown;
    private boolean updating;

    ConflictDetail(ConflictChoices choices, ConflictLabels labels, ConflictWording wording, ChoiceHandler handler) {
        this.choices = choices;
        this.labels = labels;
        this.text = labels.text();
        this.wording = wording;
        this.handler = handler;
        base = new VersionPane("conflict-base", wording.get("ui.conflict.pane.base"));
        mine = new VersionPane("conflict-mine", wording.get("ui.conflict.pane.mine"));
        theirs = new VersionPane("conflict-theirs", wording.get("ui.conflict.pane.theirs"));
        versions = new HBox(10, base.node(), mine.node(), theirs.node());
        box = new VBox(10, createHeader(), explanation, versions, fileSizes, createChoiceBar(), createResult());
        box.setId("conflict-detail");
        box.getStyleClass().add("conflict-detail");
        box.setPadding(new Insets(12, 14, 12, 14));
        configureNodes();
        choices.selectedProperty().addListener((observable, before, index) -> showSelected());
        showSelected();
    }

    Node node() {
        return box;
    }

    Button previousButton() {
        return previous;
    }

    Button nextButton() {
        return next;
    }

    TextArea resultArea() {
        return result;
    }

    /** Returns the pane of one side, and the common version's pane for any other choice. */
    VersionPane pane(Choice side) {
        return switch (side) {
            case MINE -> mine;
            case THEIRS -> theirs;
            default -> base;
        };
    }

    /** Shows the stored choice of the conflict on show again, after it changed outside the result area. */
    void refreshChoice() {
        if (shown != null) {
            updating = true;
            try {
                showChoice(shown);
            } finally {
                updating = false;
            }
        }
    }

    private Node createHeader() {
        heading.setId("conflict-heading");
        heading.getStyleClass().add("conflict-heading");
        headingItem.setId("conflict-heading-item");
        headingItem.getStyleClass().add("conflict-heading-item");
        position.setId("conflict-position");
        position.getStyleClass().add("dialog-note");
        previous.setId("conflict-previous");
        previous.setText(wording.get("ui.conflict.previous"));
        previous.setOnAction(event -> choices.selectPrevious());
        next.setId("conflict-next");
        next.setText(wording.get("ui.conflict.next"));
        next.setOnAction(event -> choices.selectNext());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(8, heading, headingItem, spacer, position, previous, next);
        header.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return header;
    }

    private Node createChoiceBar() {
        configureChoice(keepMine, "conflict-keep-mine", Choice.MINE);
        configureChoice(keepTheirs, "conflict-keep-theirs", Choice.THEIRS);
        configureChoice(keepBoth, "conflict-keep-both", Choice.BOTH);
        edit.setId("conflict-edit");
        edit.getStyleClass().add("conflict-choice");
        edit.setText(wording.get("ui.conflict.edit"));
        edit.setTooltip(new Tooltip(wording.get("ui.conflict.edit.tooltip")));
        edit.setOnAction(event -> startEditing());
        choiceBar.getChildren().setAll(keepMine, keepTheirs, keepBoth, edit);
        choiceBar.getStyleClass().add("conflict-choices");
        return choiceBar;
    }

    private Node createResult() {
        resultTitle.setText(wording.get("ui.conflict.result"));
        resultTitle.getStyleClass().add("conflict-version-title");
        resultTitle.setLabelFor(result);
        result.setId("conflict-result");
        result.getStyleClass().add("conflict-result");
        result.setWrapText(true);
        result.setPrefRowCount(5);
        result.textProperty().addListener((observable, before, typed) -> resultTyped(typed));
        result.addEventFilter(KeyEvent.KEY_PRESSED, ConflictDetail::tabMovesFocus);
        resultNote.setId("conflict-result-note");
        resultNote.getStyleClass().add("conflict-result-note");
        resultNote.setWrapText(true);
        VBox resultBox = new VBox(4, resultTitle, result, resultNote);
        VBox.setVgrow(result, Priority.ALWAYS);
        return resultBox;
    }

    /**
     * Makes Tab and Shift+Tab in the result move the focus, as in a form, in place of typing a tab character. The
     * text area moves the focus on Ctrl+Tab, so the filter sends that key in place of the plain Tab.
     */
    private static void tabMovesFocus(KeyEvent event) {
        if (event.getCode() != KeyCode.TAB || event.isControlDown() || event.isAltDown() || event.isMetaDown()) {
            return;
        }
        event.consume();
        Node area = (Node) event.getSource();
        area.fireEvent(new KeyEvent(area, area, KeyEvent.KEY_PRESSED, event.getCharacter(), event.getText(),
                KeyCode.TAB, event.isShiftDown(), true, false, false));
    }

    private void configureNodes() {
        explanation.setId("conflict-explanation");
        explanation.getStyleClass().add("conflict-explanation");
        explanation.setWrapText(true);
        explanation.setMinHeight(Region.USE_PREF_SIZE);
        fileSizes.setId("conflict-file-sizes");
        fileSizes.setWrapText(true);
        for (VersionPane pane : new VersionPane[] {base, mine, theirs}) {
            HBox.setHgrow(pane.node(), Priority.ALWAYS);
            ((Region) pane.node()).setPrefWidth(0);
        }
        VBox.setVgrow(versions, Priority.ALWAYS);
        versions.setMinHeight(120);
    }

    private void configureChoice(ToggleButton button, String id, Choice choice) {
        button.setId(id);
        button.getStyleClass().add("conflict-choice");
        button.setOnAction(event -> {
            if (shown != null && confirmReplacingEdit(shown)) {
                handler.choose(shown, Resolution.of(choice), false);
            }
            refreshChoice();
        });
    }

    /**
     * Asks before a choice replaces text the person wrote into the result, because that text cannot be brought
     * back afterwards. No question is asked when the edited text equals what one of the buttons keeps.
     */
    private boolean confirmReplacingEdit(Conflict conflict) {
        Resolution current = choices.resolution(conflict).orElse(null);
        if (current == null || current.choice() != Choice.EDITED || keptByButton(conflict, current.text())) {
            return true;
        }
        return Dialogs.confirm(box.getScene().getWindow(), text, wording.get("ui.conflict.replace.header"),
                wording.get("ui.conflict.replace.message"), wording.get("ui.conflict.replace.confirm"),
                wording.get("ui.conflict.replace.keep"));
    }

    private static boolean keptByButton(Conflict conflict, String edited) {
        for (Choice choice : List.of(Choice.MINE, Choice.THEIRS, Choice.BOTH)) {
            if (ConflictChoices.isAllowed(conflict, choice)
                    && Objects.equals(edited, ConflictChoices.resultText(conflict, Resolution.of(choice)))) {
                return true;
            }
        }
        return false;
    }

    private void showSelected() {
        shown = choices.selectedConflict().orElse(null);
        if (shown == null) {
            return;
        }
        updating = true;
        try {
            int index = choices.selectedProperty().get();
            heading.setText(labels.group(shown));
            heading.setNodeOrientation(TextDirection.of(heading.getText()));
            headingItem.setText(labels.item(shown));
            position.setText(wording.get("ui.conflict.position", index + 1, choices.conflicts().size()));
            previous.setDisable(index == 0);
            next.setDisable(index == choices.conflicts().size() - 1);
            showVersions(shown);
            showButtons(shown);
            showChoice(shown);
        } finally {
            updating = false;
        }
    }

    private void showVersions(Conflict conflict) {
        boolean file = conflict.kind() == ConflictKind.FILE;
        versions.setVisible(!file);
        versions.setManaged(!file);
        fileSizes.setVisible(file);
        fileSizes.setManaged(file);
        explanation.setText(explain(conflict));
        if (file) {
            fileSizes.setText(wording.get("ui.conflict.file.sizes", labels.size(conflict.base()),
                    labels.size(conflict.mine()), labels.size(conflict.theirs())));
            return;
        }
        boolean section = conflict.kind() == ConflictKind.SECTION_DELETED;
        showBase(conflict);
        showSide(mine, display(conflict, conflict.base()), display(conflict, conflict.mine()),
                section ? "ui.conflict.pane.mine.deleted" : "ui.conflict.pane.mine.removed");
        showSide(theirs, display(conflict, conflict.base()), display(conflict, conflict.theirs()),
                section ? "ui.conflict.pane.theirs.deleted" : "ui.conflict.pane.theirs.removed");
    }

    private void showBase(Conflict conflict) {
        base.showNote(null);
        if (conflict.base() == null) {
            base.showMessage(wording.get("ui.conflict.pane.base.none"));
        } else {
            base.showPlain(display(conflict, conflict.base()));
        }
    }

    private void showSide(VersionPane pane, String baseText, String version, String removedKey) {
        boolean removed = version == null || version.isBlank();
        pane.showNote(removed && baseText != null ? wording.get(removedKey) : null);
        if (removed && (baseText == null || baseText.isBlank())) {
            pane.showMessage(wording.get(removedKey));
        } else {
            pane.showChanges(baseText, version);
        }
    }

    /** Returns a version as a person reads it: a setting's JSON string without its quotes and escapes. */
    private static String display(Conflict conflict, String version) {
        return conflict.kind() == ConflictKind.MANIFEST ? JsonValues.readable(version) : version;
    }

    private String explain(Conflict conflict) {
        return switch (conflict.kind()) {
            case PARAGRAPH -> explainParagraph(conflict);
            case SECTION_DELETED -> wording.get(ConflictChoices.deletingSide(conflict) == Choice.MINE
                    ? "ui.conflict.explain.sectionDeletedByYou" : "ui.conflict.explain.sectionDeletedByThem");
            case MANIFEST -> wording.get("ui.conflict.explain.setting", conflict.path());
            case FILE -> wording.get("ui.conflict.explain.file", conflict.path());
        };
    }

    private String explainParagraph(Conflict conflict) {
        if (conflict.mine() == null || conflict.mine().isBlank()) {
            return wording.get("ui.conflict.explain.removedByYou");
        }
        if (conflict.theirs() == null || conflict.theirs().isBlank()) {
            return wording.get("ui.conflict.explain.removedByThem");
        }
        return wording.get("ui.conflict.explain.paragraph");
    }

    private void showButtons(Conflict conflict) {
        Map<ToggleButton, String[]> labelKeys = conflict.kind() == ConflictKind.SECTION_DELETED
                ? sectionButtonKeys(conflict) : Map.of(
                        keepMine, new String[] {"ui.conflict.keepMine", "ui.conflict.keepMine.tooltip"},
                        keepTheirs, new String[] {"ui.conflict.keepTheirs", "ui.conflict.keepTheirs.tooltip"});
        labelKeys.forEach((button, keys) -> {
            button.setText(wording.get(keys[0]));
            button.setTooltip(new Tooltip(wording.get(keys[1])));
        });
        keepBoth.setText(wording.get("ui.conflict.keepBoth"));
        keepBoth.setTooltip(new Tooltip(wording.get("ui.conflict.keepBoth.tooltip")));

        boolean section = conflict.kind() == ConflictKind.SECTION_DELETED;
        boolean deletedByMe = section && ConflictChoices.deletingSide(conflict) == Choice.MINE;
        // The button that keeps the section comes first, whichever side deleted it.
        choiceBar.getChildren().setAll(deletedByMe ? keepTheirs : keepMine, deletedByMe ? keepMine : keepTheirs,
                keepBoth, edit);
        keepBoth.setVisible(!section);
        keepBoth.setManaged(!section);
        keepBoth.setDisable(!conflict.bothAllowed());
        edit.setDisable(!conflict.editAllowed());
    }

    private Map<ToggleButton, String[]> sectionButtonKeys(Conflict conflict) {
        String[] keep = {"ui.conflict.keepSection", "ui.conflict.keepSection.tooltip"};
        String[] delete = {"ui.conflict.deleteSection", "ui.conflict.deleteSection.tooltip"};
        boolean deletedByMe = ConflictChoices.deletingSide(conflict) == Choice.MINE;
        return Map.of(keepMine, deletedByMe ? delete : keep, keepTheirs, deletedByMe ? keep : delete);
    }

    private void showChoice(Conflict conflict) {
        Resolution resolution = choices.resolution(conflict).orElse(null);
        Choice choice = resolution == null ? null : resolution.choice();
        keepMine.setSelected(choice == Choice.MINE);
        keepTheirs.setSelected(choice == Choice.THEIRS);
        keepBoth.setSelected(choice == Choice.BOTH);
        edit.setSelected(choice == Choice.EDITED);

        String kept = resolution == null ? null : display(conflict, ConflictChoices.resultText(conflict, resolution));
        boolean textResult = conflict.kind() != ConflictKind.FILE && (resolution == null || kept != null);
        result.setVisible(textResult);
        result.setManaged(textResult);
        result.setEditable(conflict.editAllowed());
        result.setPromptText(wording.get(conflict.editAllowed() ? "ui.conflict.result.promptEdit"
                : "ui.conflict.result.prompt"));
        if (!kept(result.getText(), kept)) {
            result.setText(kept == null ? "" : kept);
        }
        result.setNodeOrientation(TextDirection.of(result.getText()));
        resultNote.setText(resultNote(conflict, resolution, kept));
        resultNote.setVisible(!resultNote.getText().isEmpty());
        resultNote.setManaged(resultNote.isVisible());
    }

    private static boolean kept(String current, String kept) {
        return current.equals(kept == null ? "" : kept);
    }

    private String resultNote(Conflict conflict, Resolution resolution, String kept) {
        if (resolution == null) {
            return conflict.kind() == ConflictKind.FILE ? wording.get("ui.conflict.result.prompt") : "";
        }
        if (conflict.kind() == ConflictKind.FILE) {
            return kept == null ? wording.get("ui.conflict.result.fileDeleted", conflict.path())
                    : wording.get(resolution.choice() == Choice.MINE ? "ui.conflict.result.fileKeptMine"
                            : "ui.conflict.result.fileKeptTheirs", conflict.path(), labels.size(kept));
        }
        if (kept == null) {
            return wording.get("ui.conflict.result.sectionDeleted");
        }
        if (resolution.choice() == Choice.BOTH) {
            return wording.get("ui.conflict.result.both");
        }
        return otherSideKeptNote(conflict, resolution.choice());
    }

    /**
     * Returns the note that a side's choice also keeps the other side's changes outside the overlap. Without it the
     * result would differ from that side's pane with no word why. Returns "" when the result is that side as it is.
     */
    private String otherSideKeptNote(Conflict conflict, Choice choice) {
        if (conflict.kind() != ConflictKind.PARAGRAPH) {
            return "";
        }
        if (choice == Choice.MINE && !Objects.equals(conflict.mineResult(), conflict.mine())) {
            return wording.get("ui.conflict.result.theirsAlsoKept");
        }
        if (choice == Choice.THEIRS && !Objects.equals(conflict.theirsResult(), conflict.theirs())) {
            return wording.get("ui.conflict.result.mineAlsoKept");
        }
        return "";
    }

    private void startEditing() {
        if (shown == null) {
            return;
        }
        Resolution current = choices.resolution(shown).orElse(null);
        if (current == null || current.choice() != Choice.EDITED) {
            String start = current == null ? shown.mineResult() : ConflictChoices.resultText(shown, current);
            handler.choose(shown, Resolution.edited(start == null ? "" : start), false);
        }
        refreshChoice();
        result.requestFocus();
        result.positionCaret(result.getLength());
    }

    private void resultTyped(String typed) {
        if (updating || shown == null || !shown.editAllowed()) {
            return;
        }
        try {
            ControlCharacters.reject(typed, "error.merge.controlCharacter");
        } catch (ChartaException e) {
            // The text is not reported as a choice, so the last valid choice stays until the person fixes it.
            resultNote.setText(text.describe(e));
            resultNote.setVisible(true);
            resultNote.setManaged(true);
            return;
        }
        handler.choose(shown, Resolution.edited(typed), true);
        result.setNodeOrientation(TextDirection.of(typed));
        updating = true;
        try {
            showChoice(shown);
        } finally {
            updating = false;
        }
    }
}
