package org.charta.ui.translation;

import javafx.beans.value.ChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.charta.core.translation.AlignedRow;
import org.charta.core.translation.ParagraphState;
import org.charta.core.translation.TranslationStatus;
import org.charta.ui.app.AppContext;
import org.charta.ui.app.UiText;

import java.util.List;
import java.util.Map;

/**
 * The side-by-side view of a section and one of its translations: one row per paragraph, source on the start
 * side and translation on the end side, each with its state. The rows come from {@link TranslationsModel}, which
 * the controller recomputes on the serial lane after edits, records, syncs and merges, so this view only renders.
 */
public final class TranslationWindow {

    private final AppContext context;
    private final UiText text;
    private final TranslationController controller;
    private final TranslationsModel model;
    private final Stage stage = new Stage();
    private final Label heading = new Label();
    private final Label summary = new Label();
    private final ComboBox<String> languages = new ComboBox<>();
    private final Button markAll = new Button();
    private final GridPane rows = new GridPane();
    private final ChangeListener<Map<String, List<TranslationStatus>>> statusListener =
            (observable, previous, statuses) -> render();
    private String sectionId;
    private String language;
    private TranslationStatus displayedStatus;
    private boolean choosing;

    TranslationWindow(AppContext context, TranslationController controller, String title) {
        this.context = context;
        this.text = context.text();
        this.controller = controller;
        this.model = controller.model();
        stage.initOwner(context.stage());
        stage.getIcons().setAll(context.stage().getIcons());
        Scene scene = new Scene(layout(), 1040, 680);
        scene.getStylesheets().setAll(context.stage().getScene().getStylesheets());
        // The window follows the interface's direction: mirrored in Arabic, while each cell reads its own text's way.
        scene.setNodeOrientation(context.stage().getScene().getEffectiveNodeOrientation());
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                stage.close();
            }
        });
        stage.setScene(scene);
        model.statusesProperty().addListener(statusListener);
        stage.setOnHidden(event -> model.statusesProperty().removeListener(statusListener));
    }

    public Stage stage() {
        return stage;
    }

    /** The language version shown, as {@code sectionId@language}. */
    public String versionId() {
        return sectionId + "@" + language;
    }

    /** Returns the status the rows show now, for tests. */
    public TranslationStatus shownStatus() {
        return displayedStatus;
    }

    /** Shows one language version and brings the window forward. */
    void show(String sectionId, String language) {
        this.sectionId = sectionId;
        this.language = language;
        stage.setTitle(text.get("ui.translation.window.title", controller.sectionTitle(sectionId)));
        render();
        stage.show();
        stage.toFront();
    }

    private BorderPane layout() {
        heading.setId("translation-heading");
        heading.getStyleClass().add("window-heading");
        heading.setWrapText(true);
        summary.setId("translation-summary");
        summary.getStyleClass().add("dialog-note");

        languages.setId("translation-languages");
        languages.setCellFactory(list -> new LanguageCell());
        languages.setButtonCell(new LanguageCell());
        languages.valueProperty().addListener((observable, previous, chosen) -> {
            if (!choosing && chosen != null && !chosen.equals(language)) {
                show(sectionId, chosen);
            }
        });
        Label languageCaption = new Label(text.get("ui.translation.window.language"));
        languageCaption.setLabelFor(languages);

        markAll.setId("translation-mark-all");
        markAll.setText(text.get("ui.translation.window.markAll"));
        markAll.setOnAction(event -> controller.markAllOutdated(sectionId, language));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        // A long summary wraps instead of squeezing the language chooser and the button.
        languageCaption.setMinWidth(Region.USE_PREF_SIZE);
        languages.setMinWidth(Region.USE_PREF_SIZE);
        markAll.setMinWidth(Region.USE_PREF_SIZE);
        summary.setWrapText(true);
        HBox tools = new HBox(8, languageCaption, languages, summary, spacer, markAll);
        tools.getStyleClass().add("translation-tools");
        tools.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        rows.setId("translation-rows");
        rows.getStyleClass().add("translation-rows");
        rows.setHgap(10);
        rows.setVgap(0);
        ColumnConstraints state = new ColumnConstraints();
        state.setMinWidth(120);
        state.setPrefWidth(130);
        // Equal preferred widths make the two text columns share the window's width evenly; a paragraph's own
        // preferred width is its unwrapped length, which would push the action column out of view.
        ColumnConstraints source = textColumn();
        ColumnConstraints translation = textColumn();
        ColumnConstraints action = new ColumnConstraints();
        action.setMinWidth(Region.USE_PREF_SIZE);
        rows.getColumnConstraints().setAll(state, source, translation, action);

        ScrollPane scroll = new ScrollPane(rows);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("diff-scroll");

        VBox top = new VBox(6, heading, tools);
        top.setPadding(new Insets(8, 10, 8, 10));
        BorderPane root = new BorderPane(scroll);
        root.setTop(top);
        root.getStyleClass().add("translation-window");
        return root;
    }

    private static ColumnConstraints textColumn() {
        ColumnConstraints column = new ColumnConstraints(120, 320, Double.MAX_VALUE);
        column.setHgrow(Priority.ALWAYS);
        column.setFillWidth(true);
        return column;
    }

    /** Shows the rows of the chosen version as the model has them now. */
    private void render() {
        if (sectionId == null) {
            return;
        }
        List<TranslationStatus> versions = model.of(sectionId);
        choosing = true;
        try {
            languages.getItems().setAll(versions.stream().map(TranslationStatus::language).toList());
            languages.setValue(language);
        } finally {
            choosing = false;
        }

        TranslationStatus status = model.find(sectionId, language);
        heading.setText(text.get("ui.translation.window.heading", controller.sectionTitle(sectionId),
                LanguageNames.inSentence(model.sourceLanguage(), text.locale()),
                LanguageNames.inSentence(language, text.locale())));
        if (status != null && status.equals(displayedStatus)) {
            return;
        }

        displayedStatus = status;
        rows.getChildren().clear();
        if (status == null) {
            summary.setText(text.get("ui.translation.window.gone"));
            markAll.setDisable(true);
            return;
        }

        if (status.fileMissing()) {
            summary.setText(text.get("ui.translation.fileMissing", status.path()));
            markAll.setDisable(true);
            return;
        }
        summary.setText(summaryOf(status));
        markAll.setDisable(status.count(ParagraphState.OUTDATED) == 0);
        addHeader();
        AlignedRowView cells = new AlignedRowView(text, this::markCurrent, this::openParagraph);
        int index = 1;
        for (AlignedRow row : status.rows()) {
            cells.add(rows, index++, row);
        }
    }

    private void addHeader() {
        rows.add(columnTitle(text.get("ui.translation.window.state")), 0, 0);
        rows.add(columnTitle(text.get("ui.translation.window.source",
                LanguageNames.asHeading(model.sourceLanguage(), text.locale()))), 1, 0);
        rows.add(columnTitle(LanguageNames.asHeading(language, text.locale())), 2, 0);
    }

    private static Label columnTitle(String value) {
        Label title = new Label(value);
        title.getStyleClass().add("translation-column-title");
        title.setMaxWidth(Double.MAX_VALUE);
        return title;
    }

    private String summaryOf(TranslationStatus status) {
        // The line names the record files; the tooltip gives their paths, which are long.
        List<String> names = status.damagedRecords().stream()
                .map(path -> path.substring(path.lastIndexOf('/') + 1)).toList();
        String damaged = names.isEmpty() ? ""
                : " · " + text.get("ui.translation.damagedRecords", names.size(),
                        String.join(text.get("ui.list.separator"), names));
        summary.setTooltip(names.isEmpty() ? null : new javafx.scene.control.Tooltip(text.get(
                "ui.translation.damagedRecords", names.size(),
                String.join(text.get("ui.list.separator"), status.damagedRecords()))));
        if (status.isUpToDate()) {
            return text.get("ui.translation.summary.upToDate") + damaged;
        }
        List<String> parts = new java.util.ArrayList<>();
        for (ParagraphState state : List.of(ParagraphState.OUTDATED, ParagraphState.MISSING, ParagraphState.UNALIGNED,
                ParagraphState.SOURCE_REMOVED)) {
            long count = status.count(state);
            if (count > 0) {
                parts.add(text.get(AlignedRowView.countKey(state), count));
            }
        }
        return String.join(" · ", parts) + damaged;
    }

    private void markCurrent(String translationAddress) {
        controller.markCurrent(sectionId, language, translationAddress);
    }

    private void openParagraph(int translationParagraph) {
        controller.openParagraph(versionId(), translationParagraph);
    }

    /** Shows a language tag by its name. */
    private static final class LanguageCell extends ListCell<String> {

        @Override
        protected void updateItem(String tag, boolean empty) {
            super.updateItem(tag, empty);
            setText(empty || tag == null ? null : LanguageNames.endonym(tag));
        }
    }
}
