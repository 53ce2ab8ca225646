package org.charta.ui.amend;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextFlow;
import org.charta.core.diff.ParagraphChange;
import org.charta.core.diff.SectionComparison;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * A diff as Markdown source, paragraph by paragraph. Inline, each changed paragraph shows its deleted and inserted
 * words together under its position. Side by side, the old version is on the left and the new one on the right,
 * each under its own paragraph number.
 */
final class SourceDiffView {

    static final String PARAGRAPH_STYLE = "diff-paragraph";
    static final String LABEL_STYLE = "diff-paragraph-label";

    private final AmendmentLabels labels;
    private final VBox content = new VBox(10);
    private final ScrollPane scroll = new ScrollPane(content);
    private BiConsumer<SectionComparison, ParagraphChange> commenter;

    SourceDiffView(AmendmentLabels labels) {
        this.labels = labels;
        content.getStyleClass().add("diff-rows");
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("diff-scroll");
        scroll.setId("diff-source");
    }

    Node node() {
        return scroll;
    }

    /**
     * Gives each changed paragraph that the new text has a "Comment…" button, which passes the section and the
     * paragraph to {@code commenter}; null removes the buttons (a release comparison has nothing to comment on).
     */
    void setCommenter(BiConsumer<SectionComparison, ParagraphChange> commenter) {
        this.commenter = commenter;
    }

    void show(DiffRows rows, boolean sideBySide) {
        List<Node> nodes = new ArrayList<>(rows.rows().size());
        for (DiffRows.Row row : rows.rows()) {
            nodes.add(switch (row.kind()) {
                case SECTION -> heading(row.section());
                case UNCHANGED_RUN -> note(labels.text().get("ui.amend.diff.unchanged", row.unchanged()));
                case PARAGRAPH -> sideBySide ? twoColumns(row.section(), row.change())
                        : inline(row.section(), row.change());
            });
        }
        if (nodes.isEmpty()) {
            nodes.add(note(labels.text().get("ui.amend.diff.empty")));
        }
        content.getChildren().setAll(nodes);
        scroll.setVvalue(0);
    }

    void showMessage(String message) {
        content.getChildren().setAll(note(message));
    }

    /** Returns the rows shown, for tests and summaries. */
    List<Node> rows() {
        return content.getChildren();
    }

    private Node heading(SectionComparison section) {
        Label title = new Label(labels.title(section));
        title.getStyleClass().add("diff-section-title");
        HBox heading = new HBox(8, title);
        String tag = switch (section.status()) {
            case ADDED -> labels.text().get("ui.amend.diff.sectionAdded");
            case DELETED -> labels.text().get("ui.amend.diff.sectionDeleted");
            case CHANGED, UNCHANGED -> null;
        };
        if (tag != null) {
            heading.getChildren().add(tag(tag));
        }
        if (section.movedInOrder()) {
            heading.getChildren().add(tag(labels.text().get("ui.amend.diff.sectionMoved")));
        }
        heading.getStyleClass().add("diff-section-heading");
        return heading;
    }

    private Node inline(SectionComparison section, ParagraphChange change) {
        VBox box = new VBox(2, withComment(positionLabel(labels.position(section, change), change), section,
                change));
        TextFlow flow = DiffFlows.of(change, DiffFlows.Side.INLINE);
        if (flow != null) {
            box.getChildren().add(flow);
        }
        box.getStyleClass().addAll(PARAGRAPH_STYLE, styleOf(change.kind()));
        return box;
    }

    private Node twoColumns(SectionComparison section, ParagraphChange change) {
        GridPane grid = new GridPane();
        grid.setHgap(16);
        ColumnConstraints half = new ColumnConstraints();
        half.setPercentWidth(50);
        half.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(half, half);
        grid.add(side(section, change, DiffFlows.Side.OLD), 0, 0);
        grid.add(side(section, change, DiffFlows.Side.NEW), 1, 0);
        grid.getStyleClass().addAll(PARAGRAPH_STYLE, "diff-side-by-side", styleOf(change.kind()));
        return grid;
    }

    private Node side(SectionComparison section, ParagraphChange change, DiffFlows.Side side) {
        boolean old = side == DiffFlows.Side.OLD;
        String title = old && section.oldTitle() != null ? section.oldTitle()
                : !old && section.newTitle() != null ? section.newTitle() : labels.title(section);
        TextFlow flow = DiffFlows.of(change, side);
        VBox box = new VBox(2);
        box.getStyleClass().add(old ? "diff-old-side" : "diff-new-side");
        if (flow == null) {
            box.getChildren().add(note(missingNote(change, old)));
            return box;
        }
        Integer number = old ? change.oldNumber() : change.newNumber();
        Label position = positionLabel(labels.position(title, number), change);
        box.getChildren().addAll(old ? position : withComment(position, section, change), flow);
        return box;
    }

    private String missingNote(ParagraphChange change, boolean old) {
        return switch (change.kind()) {
            case MOVED_HERE -> labels.text().get("ui.amend.diff.movedFromNote", otherEnd(change));
            case MOVED_AWAY -> labels.text().get("ui.amend.diff.movedToNote", otherEnd(change));
            default -> old ? labels.text().get("ui.amend.diff.notInOld") : labels.text().get("ui.amend.diff.notInNew");
        };
    }

    private String otherEnd(ParagraphChange change) {
        return labels.position(labels.section(change.otherSection()), change.otherNumber());
    }

    /** Puts the Comment button beside a paragraph's label when the paragraph is a changed one of the new text. */
    private Node withComment(Label position, SectionComparison section, ParagraphChange change) {
        if (commenter == null || !change.isChange() || change.newNumber() == null || change.heading()) {
            return position;
        }
        Button comment = new Button(labels.text().get("ui.amend.diff.comment"));
        comment.getStyleClass().addAll("diff-comment", "small");
        comment.setId("diff-comment-" + section.sectionId() + "-" + change.newNumber());
        comment.setFocusTraversable(true);
        comment.setOnAction(event -> commenter.accept(section, change));
        HBox row = new HBox(8, position, comment);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return row;
    }

    private Label positionLabel(String position, ParagraphChange change) {
        String shown = change.layoutOnly() ? labels.layoutOnly(position) : position;
        Label label = new Label(shown);
        label.getStyleClass().add(LABEL_STYLE);
        return label;
    }

    private static Label tag(String value) {
        Label tag = new Label(value);
        tag.getStyleClass().add("amend-tag");
        return tag;
    }

    private static Label note(String value) {
        Label note = new Label(value);
        note.setWrapText(true);
        note.getStyleClass().add("diff-note");
        return note;
    }

    private static String styleOf(ParagraphChange.Kind kind) {
        return switch (kind) {
            case UNCHANGED -> "diff-kind-unchanged";
            case CHANGED -> "diff-kind-changed";
            case INSERTED -> "diff-kind-inserted";
            case DELETED -> "diff-kind-deleted";
            case MOVED_AWAY -> "diff-kind-moved-away";
            case MOVED_HERE -> "diff-kind-moved-here";
        };
    }
}
