package org.charta.core.amend;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import org.charta.core.markdown.Block;
import org.charta.core.markdown.MarkdownBlocks;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The places of a base text that a change touches, found by aligning the CommonMark blocks of the base and the
 * changed text with java-diff-utils. Block {@code i} of the base is place {@code 2i + 1}; the gap before block
 * {@code i} is place {@code 2i}, where an insertion lands. Two changes of one base text overlap when they share a
 * place: they edit the same paragraph, or insert at the same point.
 */
final class TouchedBlocks {

    private TouchedBlocks() {
    }

    /** Returns the places of {@code base} that the change to {@code changed} touches. */
    static Set<Integer> places(String base, String changed) {
        return places(texts(base), texts(changed));
    }

    /** Returns the places of the base that the change touches, for texts already split into block texts. */
    static Set<Integer> places(List<String> baseBlocks, List<String> changedBlocks) {
        Set<Integer> places = new HashSet<>();
        for (AbstractDelta<String> delta : DiffUtils.diff(baseBlocks, changedBlocks).getDeltas()) {
            int position = delta.getSource().getPosition();
            int size = delta.getSource().size();
            if (size == 0) {
                places.add(2 * position);
                continue;
            }
            for (int block = position; block < position + size; block++) {
                places.add(2 * block + 1);
                if (block > position) {
                    places.add(2 * block);
                }
            }
        }
        return places;
    }

    /** Returns the source texts of the CommonMark blocks of the text, in order. */
    static List<String> texts(String text) {
        return MarkdownBlocks.blocks(text).stream().map(Block::text).toList();
    }
}
