package org.charta.ui.amend;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.charta.core.amend.AmendmentStatus;
import org.charta.core.amend.AmendmentSummary;
import org.charta.core.diff.DiffSegment;
import org.charta.ui.conflict.TextDirection;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * One row of the amendments list: status and title, the outdated badge with its Update button, the target
 * sections, author, vote state and comment count, and a short word diff of the first change.
 */
final class AmendmentCell extends ListCell<AmendmentSummary> {

    private final AmendmentLabels labels;
    private final Consumer<AmendmentSummary> onUpdate;
    private final Label status = new Label();
    private final Label title = new Label();
    private final Label outdated = new Label();
    private final Button update = new Button();
    private final Label details = new Label();
    private final TextFlow preview = new TextFlow();
    private final VBox box;

    AmendmentCell(AmendmentLabels labels, Consumer<AmendmentSummary> onUpdate) {
        this.labels = labels;
        this.onUpdate = onUpdate;
        status.getStyleClass().add("amend-status");
        title.getStyleClass().add("amend-title");
        title.setMinWidth(0);
        outdated.setText(labels.text().get("ui.amend.outdated"));
        outdated.getStyleClass().add("amend-outdated");
        update.setText(labels.text().get("ui.amend.update"));
        update.getStyleClass().add("amend-update");
        update.setFocusTraversable(false);
        details.getStyleClass().add("amend-details");
        details.setMinWidth(0);
        preview.getStyleClass().addAll("diff-flow", "amend-preview");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(8, status, title, spacer, outdated, update);
        top.setAlignment(Pos.CENTER_LEFT);
        box = new VBox(3, top, details, preview);
        box.getStyleClass().add("amend-row");
        // Long titles and previews are cut or wrapped instead of widening the list.
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(AmendmentSummary summary, boolean empty) {
        super.updateItem(summary, empty);
        setText(null);
        if (empty || summary == null) {
            setGraphic(null);
            return;
        }
        AmendmentStatus value = summary.status();
        status.setText(labels.status(value));
        status.getStyleClass().removeIf(style -> style.startsWith("amend-status-"));
        if (value != null) {
            status.getStyleClass().add("amend-status-" + value.name().toLowerCase(Locale.ROOT));
        }
        title.setText(summary.record().title());
        boolean showOutdated = summary.outdated() && value != null && value.isOpen();
        outdated.setVisible(showOutdated);
        outdated.setManaged(showOutdated);
        update.setVisible(showOutdated && summary.local());
        update.setManaged(showOutdated && summary.local());
        update.setOnAction(event -> onUpdate.accept(summary));
        details.setText(labels.text().get("ui.amend.row.details", labels.targets(summary),
                labels.author(summary.record()), labels.voteState(summary), summary.comments()));
        preview.getChildren().setAll(previewTexts(summary));
        preview.setNodeOrientation(TextDirection.of(previewDirectionText(summary)));
        preview.setVisible(!preview.getChildren().isEmpty());
        preview.setManaged(preview.isVisible());
        setGraphic(box);
    }

    /**
     * One text node per word, so an Arabic preview that wraps is not clipped (see {@link DiffFlows}); the
     * flow reads in the direction of the preview's first strong character.
     */
    private static Text[] previewTexts(AmendmentSummary summary) {
        if (summary.preview() == null) {
            return new Text[0];
        }
        List<Text> texts = new ArrayList<>();
        for (DiffSegment segment : summary.preview()) {
            texts.addAll(DiffFlows.words(segment.text().replace('\n', ' '), styleOf(segment.kind())));
        }
        return texts.toArray(Text[]::new);
    }

    private static String previewDirectionText(AmendmentSummary summary) {
        if (summary.preview() == null) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        summary.preview().forEach(segment -> text.append(segment.text()));
        return text.toString();
    }

    private static String styleOf(DiffSegment.Kind kind) {
        return switch (kind) {
            case EQUAL -> DiffFlows.EQUAL_STYLE;
            case DELETED -> DiffFlows.DELETED_STYLE;
            case INSERTED -> DiffFlows.INSERTED_STYLE;
        };
    }
}
