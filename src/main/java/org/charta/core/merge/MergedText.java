package org.charta.core.merge;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A text merged by {@link TextMerge}: clean pieces and conflicting regions in order. Each piece is either a
 * {@link String} or a {@link TextRegion}.
 */
final class MergedText {

    private final List<Object> pieces;

    MergedText(List<Object> pieces) {
        this.pieces = List.copyOf(pieces);
    }

    static MergedText clean(String text) {
        return new MergedText(List.of(text));
    }

    List<TextRegion> regions() {
        List<TextRegion> regions = new ArrayList<>();
        for (Object piece : pieces) {
            if (piece instanceof TextRegion region) {
                regions.add(region);
            }
        }
        return regions;
    }

    boolean isClean() {
        return regions().isEmpty();
    }

    /** Joins the pieces, putting {@code choice}'s text in place of each region. */
    String text(Function<TextRegion, String> choice) {
        StringBuilder text = new StringBuilder();
        for (Object piece : pieces) {
            if (piece instanceof TextRegion region) {
                text.append(choice.apply(region));
            } else {
                text.append((String) piece);
            }
        }
        return text.toString();
    }

    /** The text with every conflict resolved to the shared side. */
    String theirsText() {
        return text(TextRegion::theirsResult);
    }

    /** The text with every conflict resolved to the local side. */
    String mineText() {
        return text(TextRegion::mineResult);
    }
}
