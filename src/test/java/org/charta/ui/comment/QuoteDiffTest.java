package org.charta.ui.comment;

import org.charta.core.comment.Anchor;
import org.charta.core.diff.DiffSegment;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.charta.core.diff.DiffSegment.Kind.DELETED;
import static org.charta.core.diff.DiffSegment.Kind.EQUAL;
import static org.charta.core.diff.DiffSegment.Kind.INSERTED;

/** The diff a card shows for a changed phrase: the rest of its paragraph shortened to an ellipsis. */
class QuoteDiffTest {

    /** A phrase anchored inside its paragraph, with the context Anchors records around it. */
    private static final Anchor PHRASE = new Anchor("art-3", "at least half of the members", "he Meeting decides when ",
            " take part.", 40, 2);
    /** A whole paragraph, whose context ends and starts at blank lines. */
    private static final Anchor PARAGRAPH = new Anchor("art-3", "Debates are held in the working languages.",
            "as cast.\n\n", "\n\nEvery member", 80, 3);

    @Test
    void paragraphAroundPhraseBecomesEllipsis() {
        List<DiffSegment> diff = List.of(new DiffSegment(INSERTED, "The Meeting decides when "),
                new DiffSegment(EQUAL, "at least "), new DiffSegment(DELETED, "half"),
                new DiffSegment(INSERTED, "a third"), new DiffSegment(EQUAL, " of the members"),
                new DiffSegment(INSERTED, " take part."));

        List<DiffSegment> shown = ThreadCard.aroundQuote(diff, PHRASE);

        assertThat(shown).containsExactly(new DiffSegment(EQUAL, "… "), new DiffSegment(EQUAL, "at least "),
                new DiffSegment(DELETED, "half"), new DiffSegment(INSERTED, "a third"),
                new DiffSegment(EQUAL, " of the members"), new DiffSegment(EQUAL, " …"));
    }

    @Test
    void wholeReplacementStaysVisible() {
        List<DiffSegment> diff = List.of(new DiffSegment(DELETED, "old words"), new DiffSegment(INSERTED, "new words"));

        assertThat(ThreadCard.aroundQuote(diff, PHRASE)).isEqualTo(diff);
    }

    @Test
    void wordsAddedToParagraphStayVisible() {
        List<DiffSegment> diff = List.of(new DiffSegment(INSERTED, "In public, "),
                new DiffSegment(EQUAL, "Debates are held in the working languages."),
                new DiffSegment(INSERTED, " Always."));

        assertThat(ThreadCard.aroundQuote(diff, PARAGRAPH)).isEqualTo(diff);
    }

    @Test
    void editedContextStaysVisible() {
        List<DiffSegment> diff = List.of(new DiffSegment(INSERTED, "The Assembly rules when "),
                new DiffSegment(EQUAL, "at least "), new DiffSegment(DELETED, "half"),
                new DiffSegment(INSERTED, "a third"), new DiffSegment(EQUAL, " of the members"));

        assertThat(ThreadCard.aroundQuote(diff, PHRASE).get(0)).isEqualTo(diff.get(0));
    }
}
