package org.charta.core.diff;

import java.util.List;

/**
 * A row of a section comparison while the comparison is built. A deleted or an inserted row may still become one
 * end of a move: {@link MoveMatcher} then links it to its partner, possibly in another section.
 */
final class Row {

    final ParagraphChange.Kind kind;
    final Paragraph oldParagraph;
    final Paragraph newParagraph;
    final List<DiffSegment> segments;

    /** The other end of a move, or null. */
    Row partner;
    String partnerSection;

    /** For the arriving end of a move: the word diff from the text that left to the text that arrived. */
    List<DiffSegment> moveSegments;

    private Row(ParagraphChange.Kind kind, Paragraph oldParagraph, Paragraph newParagraph,
                List<DiffSegment> segments) {
        this.kind = kind;
        this.oldParagraph = oldParagraph;
        this.newParagraph = newParagraph;
        this.segments = segments;
    }

    static Row unchanged(Paragraph oldParagraph, Paragraph newParagraph) {
        return new Row(ParagraphChange.Kind.UNCHANGED, oldParagraph, newParagraph, null);
    }

    static Row changed(Paragraph oldParagraph, Paragraph newParagraph, List<DiffSegment> segments) {
        return new Row(ParagraphChange.Kind.CHANGED, oldParagraph, newParagraph, segments);
    }

    static Row deleted(Paragraph oldParagraph) {
        return new Row(ParagraphChange.Kind.DELETED, oldParagraph, null, null);
    }

    static Row inserted(Paragraph newParagraph) {
        return new Row(ParagraphChange.Kind.INSERTED, null, newParagraph, null);
    }

    /** Converts the row, with its move if any, into the public form. */
    ParagraphChange toChange() {
        return switch (kind) {
            case UNCHANGED -> new ParagraphChange(kind, oldParagraph.number(), newParagraph.number(),
                    oldParagraph.text(), newParagraph.text(), whole(DiffSegment.Kind.EQUAL, newParagraph), false,
                    null, null);
            case CHANGED -> new ParagraphChange(kind, oldParagraph.number(), newParagraph.number(),
                    oldParagraph.text(), newParagraph.text(), segments, layoutOnly(oldParagraph, newParagraph),
                    null, null);
            case DELETED -> partner == null ? deletedChange() : movedAwayChange();
            case INSERTED -> partner == null ? insertedChange() : movedHereChange();
            default -> throw new IllegalStateException("A row is never built as " + kind);
        };
    }

    private ParagraphChange deletedChange() {
        return new ParagraphChange(ParagraphChange.Kind.DELETED, oldParagraph.number(), null, oldParagraph.text(),
                null, whole(DiffSegment.Kind.DELETED, oldParagraph), false, null, null);
    }

    private ParagraphChange insertedChange() {
        return new ParagraphChange(ParagraphChange.Kind.INSERTED, null, newParagraph.number(), null,
                newParagraph.text(), whole(DiffSegment.Kind.INSERTED, newParagraph), false, null, null);
    }

    private ParagraphChange movedAwayChange() {
        return new ParagraphChange(ParagraphChange.Kind.MOVED_AWAY, oldParagraph.number(), null,
                oldParagraph.text(), null, whole(DiffSegment.Kind.DELETED, oldParagraph),
                layoutOnly(oldParagraph, partner.newParagraph), partnerSection, partner.newParagraph.number());
    }

    private ParagraphChange movedHereChange() {
        Paragraph origin = partner.oldParagraph;
        return new ParagraphChange(ParagraphChange.Kind.MOVED_HERE, null, newParagraph.number(), origin.text(),
                newParagraph.text(), moveSegments, layoutOnly(origin, newParagraph), partnerSection,
                origin.number());
    }

    private static List<DiffSegment> whole(DiffSegment.Kind kind, Paragraph paragraph) {
        return List.of(new DiffSegment(kind, paragraph.text()));
    }

    /** Returns whether the two texts differ, but only in whitespace or line wrapping. */
    private static boolean layoutOnly(Paragraph oldParagraph, Paragraph newParagraph) {
        return !oldParagraph.text().equals(newParagraph.text())
                && oldParagraph.layoutKey().equals(newParagraph.layoutKey());
    }
}
