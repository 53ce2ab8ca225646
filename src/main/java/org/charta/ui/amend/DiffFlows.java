package org.charta.ui.amend;

import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.charta.core.diff.DiffSegment;
import org.charta.core.diff.ParagraphChange;
import org.charta.ui.conflict.TextDirection;
import org.charta.ui.text.UprightFont;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Builds the text of one paragraph of a diff: inline (deleted and inserted words together), or one side of a
 * side-by-side view (the old side without the inserted words, the new side without the deleted ones). Deleted
 * words are struck through and inserted ones underlined, so the change reads without colour too. Each text reads
 * in the direction of its own first strong character.
 *
 * <p>Each word is its own {@link Text} node. When a complex-script run (Arabic) wraps inside one Text node, JavaFX
 * 21 clips its first word and repeats the rest of the run on every following line. A flow that only breaks between
 * nodes lays the same text out correctly.
 */
public final class DiffFlows {

    static final String EQUAL_STYLE = "diff-equal";
    static final String DELETED_STYLE = "diff-deleted";
    static final String INSERTED_STYLE = "diff-inserted";
    static final String MOVED_STYLE = "diff-moved";

    private static final Pattern WORD_END = Pattern.compile("(?<=\\s)");

    /** Which version's words a flow shows. */
    enum Side {
        INLINE,
        OLD,
        NEW
    }

    private DiffFlows() {
    }

    /** Returns the flow of a paragraph for one side, or null when that side has no such paragraph. */
    static TextFlow of(ParagraphChange change, Side side) {
        List<Text> texts = switch (change.kind()) {
            case UNCHANGED -> whole(side == Side.OLD ? change.oldText() : change.newText(), EQUAL_STYLE);
            case CHANGED -> segments(change.segments(), side, EQUAL_STYLE);
            case INSERTED -> side == Side.OLD ? null : whole(change.newText(), INSERTED_STYLE);
            case DELETED -> side == Side.NEW ? null : whole(change.oldText(), DELETED_STYLE);
            case MOVED_AWAY -> side == Side.NEW ? null : whole(change.oldText(), MOVED_STYLE);
            case MOVED_HERE -> side == Side.OLD ? null : movedHere(change, side);
        };
        if (texts == null) {
            return null;
        }
        TextFlow flow = new TextFlow(texts.toArray(Text[]::new));
        flow.getStyleClass().addAll("diff-flow", "diff-paragraph-text");
        String direction = change.newText() != null ? change.newText() : change.oldText();
        flow.setNodeOrientation(TextDirection.of(direction));
        return flow;
    }

    /**
     * Returns the inline flow of a word diff, such as a comment's quote against the current text, reading in the
     * direction of {@code text}.
     */
    public static TextFlow inline(List<DiffSegment> segments, String text) {
        TextFlow flow = new TextFlow(segments(segments, Side.INLINE, EQUAL_STYLE).toArray(Text[]::new));
        flow.getStyleClass().add("diff-flow");
        flow.setNodeOrientation(TextDirection.of(text));
        return flow;
    }

    /** A moved paragraph shows in the moved style, with the words it changed on the way marked as usual. */
    private static List<Text> movedHere(ParagraphChange change, Side side) {
        boolean edited = change.segments() != null
                && change.segments().stream().anyMatch(segment -> segment.kind() != DiffSegment.Kind.EQUAL);
        return edited ? segments(change.segments(), side, MOVED_STYLE) : whole(change.newText(), MOVED_STYLE);
    }

    private static List<Text> whole(String value, String style) {
        return words(value == null ? "" : value, style);
    }

    private static List<Text> segments(List<DiffSegment> segments, Side side, String equalStyle) {
        List<Text> texts = new ArrayList<>(segments.size());
        for (DiffSegment segment : segments) {
            switch (segment.kind()) {
                case EQUAL -> texts.addAll(words(segment.text(), equalStyle));
                case DELETED -> {
                    if (side != Side.NEW) {
                        texts.addAll(words(segment.text(), DELETED_STYLE));
                    }
                }
                case INSERTED -> {
                    if (side != Side.OLD) {
                        texts.addAll(words(segment.text(), INSERTED_STYLE));
                    }
                }
            }
        }
        return texts;
    }

    /**
     * Splits a text after each whitespace character, so every node contains one word and the space after it, each
     * with the style class.
     */
    public static List<Text> words(String value, String style) {
        if (value.isEmpty()) {
            return List.of(text(value, style));
        }
        List<Text> texts = new ArrayList<>();
        for (String word : WORD_END.split(value)) {
            texts.add(text(word, style));
        }
        return texts;
    }

    private static Text text(String value, String style) {
        Text text = new Text(value);
        text.getStyleClass().add(style);
        UprightFont.markUpright(text);
        if (DELETED_STYLE.equals(style)) {
            text.setStrikethrough(true);
        } else if (INSERTED_STYLE.equals(style)) {
            text.setUnderline(true);
        }
        return text;
    }
}
