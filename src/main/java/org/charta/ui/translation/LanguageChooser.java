package org.charta.ui.translation;

import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.charta.core.translation.LanguageVersion;
import org.charta.core.translation.TranslationStatus;
import org.charta.ui.app.UiText;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The language chooser above the editor: the open section's source ("English (source)") and each of its
 * language versions with how many paragraphs wait for a translator ("Français — 2 to update"). Choosing one
 * opens it in the same editor; the button beside it opens the side-by-side view. Both hide while the section
 * has no translation.
 */
public final class LanguageChooser {

    static final String CHOOSER_ID = "language-chooser";

    private final TranslationsModel model;
    private final UiText text;
    private final ObservableValue<String> openId;
    private final BiConsumer<String, Consumer<Boolean>> opener;
    /** Narrowest width of the chooser, in pixels, at which a language name still shows before the ellipsis. */
    private static final double CHOOSER_MIN_WIDTH = 90;

    private final ComboBox<String> chooser = new ComboBox<>();
    private final HBox root;
    private boolean updating;

    /**
     * @param openId id of the text in the editor: a section id or a language version id
     * @param opener opens a section or language version id in the editor, then reports whether it opened
     * @param compare opens the side-by-side view of the open text
     */
    public LanguageChooser(TranslationsModel model, UiText text, ObservableValue<String> openId,
                           BiConsumer<String, Consumer<Boolean>> opener, Runnable compare) {
        this.model = model;
        this.text = text;
        this.openId = openId;
        this.opener = opener;
        chooser.setId(CHOOSER_ID);
        // The chooser shrinks before the button does, so a narrow editor pane never clips "Compare with source".
        chooser.setMinWidth(CHOOSER_MIN_WIDTH);
        chooser.setCellFactory(list -> new VersionCell());
        chooser.setButtonCell(new VersionCell());
        chooser.setTooltip(new Tooltip(text.get("ui.translation.chooser.tooltip")));
        chooser.valueProperty().addListener((observable, previous, chosen) -> onChosen(chosen));

        Button compareButton = new Button(text.get("ui.translation.compare"));
        compareButton.setId("translation-compare");
        compareButton.setTooltip(new Tooltip(text.get("ui.translation.compare.tooltip")));
        compareButton.setOnAction(event -> compare.run());
        compareButton.getStyleClass().add("tool-button");
        compareButton.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);

        root = new HBox(6, chooser, compareButton);
        root.getStyleClass().add("language-chooser");
        openId.addListener((observable, previous, id) -> update());
        model.statusesProperty().addListener((observable, previous, statuses) -> update());
        model.languagesProperty().addListener((observable, previous, languages) -> update());
        update();
    }

    public Node node() {
        return root;
    }

    private void update() {
        String open = openId.getValue();
        String sectionId = open == null ? null : TranslationController.sectionOf(open);
        List<TranslationStatus> versions = sectionId == null ? List.of() : model.of(sectionId);
        boolean visible = !versions.isEmpty();
        root.setVisible(visible);
        root.setManaged(visible);
        List<String> ids = new ArrayList<>();
        if (visible) {
            ids.add(sectionId);
            versions.forEach(status -> ids.add(status.version().id()));
        }
        updating = true;
        try {
            chooser.getItems().setAll(ids);
            chooser.setValue(visible ? open : null);
            // The button cell keeps its old text when only the counts behind the same id changed.
            chooser.setButtonCell(new VersionCell());
        } finally {
            updating = false;
        }
    }

    private void onChosen(String id) {
        if (!updating && id != null && !id.equals(openId.getValue())) {
            // A failed open (the open text could not be saved) leaves the chooser on what the editor still shows.
            opener.accept(id, opened -> update());
        }
    }

    /** Returns what the chooser shows for a section or language version id. */
    String label(String id) {
        var version = LanguageVersion.parse(id);
        if (version.isEmpty()) {
            return text.get("ui.translation.chooser.source", LanguageNames.endonym(model.sourceLanguage()));
        }
        String language = version.get().language();
        TranslationStatus status = model.find(version.get().sectionId(), language);
        long pending = status == null ? 0 : LanguageNames.pending(status);
        return pending == 0 ? text.get("ui.translation.chooser.upToDate", LanguageNames.endonym(language))
                : text.get("ui.translation.chooser.toUpdate", LanguageNames.endonym(language), pending);
    }

    private final class VersionCell extends ListCell<String> {

        @Override
        protected void updateItem(String id, boolean empty) {
            super.updateItem(id, empty);
            setText(empty || id == null ? null : label(id));
        }
    }
}
