package org.charta.ui.translation;

import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextFlow;
import org.charta.core.diff.WordDiff;
import org.charta.core.translation.AlignedRow;
import org.charta.core.translation.ParagraphState;
import org.charta.ui.amend.DiffFlows;
import org.charta.ui.app.UiText;
import org.charta.ui.conflict.TextDirection;

import java.util.Locale;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.regex.Pattern;

/**
 * Builds the cells of one row of the side-by-side view: its state, the source paragraph, the translation
 * paragraph and the action the state calls for. An outdated row shows the source's word diff since the
 * translation was aligned, with deleted words struck through and inserted ones underlined, as the amendment
 * views do. Each paragraph reads in the direction of its own text.
 */
final class AlignedRowView {

    /** The marker of an ATX heading, with the spaces after it, which the view shows as a heading style instead. */
    private static final Pattern HEADING_MARKER = Pattern.compile("^ {0,3}#{1,6}(?:[ \t]+|$)");

    /** Closing hashes of an ATX heading. */
    private static final Pattern HEADING_CLOSE = Pattern.compile("[ \t]+#+[ \t]*$");

    private final UiText text;
    private final Consumer<String> onMark;
    private final IntConsumer onOpen;

    AlignedRowView(UiText text, Consumer<String> onMark, IntConsumer onOpen) {
        this.text = text;
        this.onMark = onMark;
        this.onOpen = onOpen;
    }

    /** Returns the message key naming a state in the state column. */
    static String stateKey(ParagraphState state) {
        return switch (state) {
            case CURRENT -> "ui.translation.state.current";
            case OUTDATED -> "ui.translation.state.outdated";
            case SOURCE_REMOVED -> "ui.translation.state.sourceRemoved";
            case UNALIGNED -> "ui.translation.state.unaligned";
            case MISSING -> "ui.translation.state.missing";
        };
    }

    /** Returns the message key counting rows in a state, for the view's summary line. */
    static String countKey(ParagraphState state) {
        return switch (state) {
            case CURRENT -> "ui.translation.count.current";
            case OUTDATED -> "ui.translation.count.outdated";
            case SOURCE_REMOVED -> "ui.translation.count.sourceRemoved";
            case UNALIGNED -> "ui.translation.count.unaligned";
            case MISSING -> "ui.translation.count.missing";
        };
    }

    /** Adds the row's four cells to the grid at a row index. */
    void add(GridPane grid, int rowIndex, AlignedRow row) {
        String styleClass = "translation-row-" + row.state().name().toLowerCase(Locale.ROOT).replace('_', '-');
        Node[] cells = {stateCell(row), sourceCell(row), translationCell(row), actionCell(row)};
        for (int column = 0; column < cells.length; column++) {
            Node cell = cells[column];
            cell.getStyleClass().addAll("translation-cell", styleClass);
            GridPane.setHgrow(cell, column == 1 || column == 2 ? Priority.ALWAYS : Priority.NEVER);
            GridPane.setFillHeight(cell, true);
            grid.add(cell, column, rowIndex);
        }
        cells[0].setId("translation-state-" + rowIndex);
    }

    private Node stateCell(AlignedRow row) {
        Label state = new Label(text.get(stateKey(row.state())));
        state.getStyleClass().add("translation-state");
        state.setWrapText(true);
        String numbers = numbers(row);
        Label number = new Label(numbers);
        number.setWrapText(true);
        number.getStyleClass().add("diff-paragraph-label");
        VBox cell = new VBox(2, state, number);
        cell.setMaxHeight(Double.MAX_VALUE);
        if (row.alignedAt() != null) {
            String alignedAt = text.dateTime(row.alignedAt());
            boolean anonymous = row.alignedBy() == null || row.alignedBy().isBlank();
            cell.getChildren().add(note(anonymous ? text.get("ui.translation.alignedOnNoAuthor", alignedAt)
                    : text.get("ui.translation.alignedOn", alignedAt, row.alignedBy())));
        }
        return cell;
    }

    private String numbers(AlignedRow row) {
        List<Integer> sourceNumbers = row.sourceNumbers().isEmpty() && row.sourceNumber() != null
                ? List.of(row.sourceNumber()) : row.sourceNumbers();
        String source = sourceNumbers.isEmpty() ? "–"
                : String.join(" + ", sourceNumbers.stream().map(this::paragraphLabel).toList());
        String translation = row.translationNumber() == null ? "–" : paragraphLabel(row.translationNumber());
        return text.get("ui.translation.numbers", source, translation);
    }

    private String paragraphLabel(int number) {
        return number == 0 ? text.get("ui.translation.heading") : "¶ " + text.number(number);
    }

    private Node sourceCell(AlignedRow row) {
        VBox cell = new VBox(4);
        cell.setMaxHeight(Double.MAX_VALUE);
        switch (row.state()) {
            case OUTDATED -> {
                cell.getChildren().add(note(text.get("ui.translation.sourceChanged")));
                TextFlow diff = sourceDiff(row);
                markHeading(diff, row.sourceText());
                diff.setId("translation-diff-" + row.translationNumber());
                cell.getChildren().add(diff);
            }
            case SOURCE_REMOVED -> {
                cell.getChildren().add(note(text.get("ui.translation.sourceRemoved")));
                if (row.alignedSourceText() != null) {
                    cell.getChildren().add(flow(row.alignedSourceText(), "diff-deleted"));
                }
            }
            case UNALIGNED -> {
                cell.getChildren().add(note(text.get("ui.translation.neverAligned")));
                if (row.sourceText() != null) {
                    cell.getChildren().add(flow(row.sourceText(), "diff-equal"));
                }
            }
            default -> {
                List<String> texts = row.sourceTexts().isEmpty() ? List.of(String.valueOf(row.sourceText()))
                        : row.sourceTexts();
                for (String paragraph : texts) {
                    cell.getChildren().add(flow(paragraph, "diff-equal"));
                }
            }
        }
        return cell;
    }

    /**
     * Returns the word diff of an outdated row's source. A heading that stays a heading is compared by its text
     * alone, so that its Markdown marker does not show in the view.
     */
    private static TextFlow sourceDiff(AlignedRow row) {
        String aligned = row.alignedSourceText();
        String current = row.sourceText();
        if (aligned != null && current != null && isHeading(aligned) && isHeading(current)) {
            String currentText = headingText(current);
            return DiffFlows.inline(WordDiff.diff(headingText(aligned), currentText), currentText);
        }
        return DiffFlows.inline(row.sourceChange(), current);
    }

    private Node translationCell(AlignedRow row) {
        VBox cell = new VBox(4);
        cell.setMaxHeight(Double.MAX_VALUE);
        if (row.translationNumber() == null || row.translationText() == null) {
            cell.getChildren().add(note(text.get("ui.translation.missing")));
            return cell;
        }
        TextFlow flow = flow(row.translationText(), "diff-equal");
        flow.setId("translation-text-" + row.translationNumber());
        cell.getChildren().add(flow);
        int number = row.translationNumber();
        cell.setCursor(Cursor.HAND);
        Tooltip.install(cell, new Tooltip(text.get("ui.translation.openParagraph")));
        cell.setOnMouseClicked(event -> onOpen.accept(number));
        return cell;
    }

    private Node actionCell(AlignedRow row) {
        VBox cell = new VBox();
        cell.setMaxHeight(Double.MAX_VALUE);
        boolean markable = row.translationNumber() != null && (row.state() == ParagraphState.OUTDATED
                || row.state() == ParagraphState.UNALIGNED);
        if (markable) {
            String address = row.translationAddress() == null ? Integer.toString(row.translationNumber())
                    : row.translationAddress();
            Button mark = new Button(text.get("ui.translation.mark"));
            mark.setId("translation-mark-" + address);
            mark.setTooltip(new Tooltip(text.get("ui.translation.mark.tooltip")));
            mark.setOnAction(event -> onMark.accept(address));
            cell.getChildren().add(mark);
        }
        return cell;
    }

    /**
     * Builds a paragraph's flow, one node per word, reading in the direction of its own text. A heading shows
     * its text in the heading style, without the Markdown marker.
     */
    private static TextFlow flow(String value, String style) {
        String paragraph = value == null ? "" : value;
        boolean heading = isHeading(paragraph);
        String shown = heading ? headingText(paragraph) : paragraph;
        TextFlow flow = new TextFlow(DiffFlows.words(shown, style).toArray(javafx.scene.text.Text[]::new));
        flow.getStyleClass().addAll("diff-flow", "translation-text");
        flow.setNodeOrientation(TextDirection.of(shown));
        if (heading) {
            markHeading(flow, paragraph);
        }
        return flow;
    }

    /** Gives a flow the heading style when its paragraph is a heading. */
    private static void markHeading(TextFlow flow, String paragraph) {
        if (paragraph != null && isHeading(paragraph)) {
            flow.getStyleClass().add("translation-heading");
        }
    }

    private static boolean isHeading(String paragraph) {
        return HEADING_MARKER.matcher(paragraph).find();
    }

    /** Returns a heading's text without its opening and closing hashes. */
    static String headingText(String paragraph) {
        String text = HEADING_MARKER.matcher(paragraph).replaceFirst("");
        return HEADING_CLOSE.matcher(text).replaceFirst("").strip();
    }

    private static Label note(String value) {
        Label note = new Label(value);
        note.getStyleClass().add("diff-note");
        note.setWrapText(true);
        return note;
    }
}
