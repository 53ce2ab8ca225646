package org.charta.ui.translation;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.charta.core.translation.ImportMatch;
import org.charta.core.translation.ImportPlan;
import org.charta.ui.app.UiText;
import org.charta.ui.dialog.Dialogs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The preview of a folder or document import: one line per file or part with the section it goes to and the rule
 * that matched it, then the files left out, shown before anything is written.
 */
final class ImportPlanDialog {

    static final String LIST_ID = "import-plan-matches";
    static final String NOTE_ID = "import-plan-note";

    private ImportPlanDialog() {
    }

    /**
     * Shows the plan and returns whether the person confirmed the import. A plan that writes nothing is only
     * shown, and the result is false.
     */
    static boolean confirm(Window owner, UiText text, ImportPlan plan, Function<String, String> titles) {
        String language = LanguageNames.endonym(plan.language());
        boolean writes = !plan.toWrite().isEmpty();
        ButtonType importButton = new ButtonType(text.get("ui.translation.import.confirm"),
                ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(text.get(writes ? "ui.dialog.cancel" : "ui.translation.importPlan.close"),
                ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = writes ? new Alert(Alert.AlertType.CONFIRMATION, "", importButton, cancel)
                : new Alert(Alert.AlertType.INFORMATION, "", cancel);
        Dialogs.prepare(alert, owner, text, text.get("ui.app.name"));
        alert.setHeaderText(writes
                ? text.get("ui.translation.importPlan.header", plan.toWrite().size(), language,
                plan.origin().getFileName().toString())
                : text.get("ui.translation.importPlan.nothing", plan.origin().getFileName().toString(), language));

        Label note = Dialogs.wrapped(new Label(note(text, plan)));
        note.setId(NOTE_ID);
        ListView<String> list = new ListView<>();
        list.setId(LIST_ID);
        list.getItems().setAll(lines(text, plan, titles));
        list.setPrefSize(Dialogs.MESSAGE_WIDTH + 120, 320);
        VBox content = note.getText().isEmpty() ? new VBox(8, list) : new VBox(8, note, list);
        alert.getDialogPane().setContent(content);
        alert.getDialogPane().lookupButton(cancel).setId(Dialogs.CANCEL_BUTTON_ID);
        if (writes) {
            alert.getDialogPane().lookupButton(importButton).setId(Dialogs.OK_BUTTON_ID);
        }
        alert.setResizable(true);
        return alert.showAndWait().filter(importButton::equals).isPresent();
    }

    /** Returns the note above the list: how the files were paired when no name matched. */
    static String note(UiText text, ImportPlan plan) {
        if (plan.isDocument()) {
            return text.get("ui.translation.importPlan.document", plan.matches().size());
        }
        if (plan.byOrder()) {
            return text.get("ui.translation.importPlan.byOrder", plan.matches().size());
        }
        return "";
    }

    /** Returns the preview's lines: every match in manifest order, then the whole documents and unmatched files. */
    static List<String> lines(UiText text, ImportPlan plan, Function<String, String> titles) {
        List<String> lines = new ArrayList<>();
        for (ImportMatch match : plan.matches()) {
            String rule = text.get("ui.translation.importPlan.rule." + match.rule().name());
            String key = match.existing() ? "ui.translation.importPlan.existing" : "ui.translation.importPlan.match";
            lines.add(text.get(key, match.origin(), titles.apply(match.sectionId()), match.sectionId(), rule));
        }
        for (Path file : plan.wholeDocuments()) {
            lines.add(text.get("ui.translation.importPlan.wholeDocument", file.getFileName().toString()));
        }
        for (Path file : plan.unmatched()) {
            lines.add(text.get("ui.translation.importPlan.unmatched", file.getFileName().toString()));
        }
        return lines;
    }
}
