package org.charta.ui.conflict;

import org.charta.core.merge.Conflict;
import org.charta.core.merge.ConflictKind;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Conflicts built by hand as the merge reports them, in English, French and Arabic, one of every kind. */
final class ConflictSamples {

    /** The lines of the file of the first case around its conflict region, which no choice may repeat. */
    static final String CASE_ONE_BEFORE = "Members meet once a year.\n";
    static final String CASE_ONE_AFTER = "Decisions need a majority.\n";

    /**
     * One side deletes "Any member may speak." and the other adds a line after it: the region covers only that
     * line, and the unchanged line after it stays outside.
     */
    static final Conflict CASE_ONE = new Conflict("case-one", ConflictKind.PARAGRAPH, "sections/article-07.md",
            "article-07", 2, "Any member may speak.\n", "",
            "Any member may speak.\nSpeaking time is five minutes.\n", "",
            "Any member may speak.\nSpeaking time is five minutes.\n", true, true);

    static final Conflict VOTES = paragraph("votes", "article-04", 2,
            "Every member has one vote. Votes are cast in person.",
            "Every member has one vote. Votes are cast in person or by post.",
            "Every member has one vote. Votes are cast online.");

    static final Conflict FRENCH = paragraph("french", "article-04", 3,
            "Chaque membre dispose d'une voix lors de l'assemblée.",
            "Chaque membre dispose d'une voix égale lors de l'assemblée.",
            "Chaque membre dispose d'une seule voix lors de l'assemblée générale.");

    static final Conflict ARABIC = paragraph("arabic", "article-05", 1,
            "لكل عضو صوت واحد في الجمعية.",
            "لكل عضو صوت واحد متساو في الجمعية.",
            "لكل عضو الحق في صوت واحد في الجمعية العامة.");

    /**
     * Both sides changed "Governments", and only theirs changed "negotiate": keeping either side keeps "bargain", so
     * keeping yours gives a result that differs from your version.
     */
    static final Conflict PARTLY_MERGED = new Conflict("partly", ConflictKind.PARAGRAPH, "sections/article-07.md",
            "article-07", 1, "Governments meet and negotiate.", "Nations meet and negotiate.",
            "States meet and bargain.", "Nations meet and bargain.", "States meet and bargain.", true, true);

    static final Conflict SECTION_DELETED = new Conflict("deleted", ConflictKind.SECTION_DELETED,
            "sections/article-09.md", "article-09", 0,
            "## Article 9\n\nFees are paid yearly.\n", null, "## Article 9\n\nFees are paid yearly or monthly.\n",
            null, "## Article 9\n\nFees are paid yearly or monthly.\n", false, false);

    static final Conflict MANIFEST = new Conflict("manifest", ConflictKind.MANIFEST, "charter.json", null, 0,
            "\"World Citizens' Charter\"", "\"Charter of World Citizens\"", "\"The World Citizens' Charter\"",
            "\"Charter of World Citizens\"", "\"The World Citizens' Charter\"", false, false);

    static final Conflict FILE = new Conflict("file", ConflictKind.FILE, "assets/emblem.svg", null, 0,
            "<svg>" + "a".repeat(2000) + "</svg>", "<svg>" + "b".repeat(2400) + "</svg>", null,
            "<svg>" + "b".repeat(2400) + "</svg>", null, false, false);

    static final Map<String, String> TITLES = Map.of(
            "article-04", "Art. 4 Voting", "article-05", "المادة 5 التصويت",
            "article-07", "Art. 7 Meetings", "article-09", "Art. 9 Fees");

    static final Function<String, String> TITLE_OF = TITLES::get;

    private ConflictSamples() {
    }

    static List<Conflict> all() {
        return List.of(VOTES, FRENCH, ARABIC, CASE_ONE, SECTION_DELETED, MANIFEST, FILE);
    }

    /** A paragraph conflict where each choice keeps that side's version as it is. */
    static Conflict paragraph(String id, String sectionId, int paragraph, String base, String mine, String theirs) {
        return new Conflict(id, ConflictKind.PARAGRAPH, "sections/" + sectionId + ".md", sectionId, paragraph,
                base, mine, theirs, mine, theirs, true, true);
    }
}
