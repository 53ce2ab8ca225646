package org.charta.core.comment;

import org.charta.core.ChartaException;
import org.charta.core.markdown.Block;
import org.charta.core.markdown.MarkdownBlocks;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AnchorResolverTest {

    static final String P1 = "Every member may speak at the assembly.";
    static final String P2 = "The council shall meet once a month.";
    static final String P3 = "Should the council fail to meet, any ten members may call a meeting.";
    static final String P4 = "Decisions need a simple majority of the members present.";

    static String article(String... paragraphs) {
        return "## Article 8\n\n" + String.join("\n\n", paragraphs) + "\n";
    }

    @Test
    void unchangedTextStaysAnchored() throws ChartaException {
        String text = article(P1, P2, P3, P4);
        Anchor anchor = Anchors.forParagraph("article-08", text, 3);

        AnchorLocation location = AnchorResolver.locate(anchor, text);

        assertThat(location).isEqualTo(new AnchorLocation(AnchorState.ANCHORED, 3, anchor.start(), anchor.end()));
    }

    @Test
    void insertAboveKeepsThreadOnSameParagraph() throws ChartaException {
        Anchor anchor = Anchors.forParagraph("article-08", article(P1, P2, P3, P4), 3);
        String amended = article("Members elect the council for two years.", P1.replace("speak", "talk"), P2, P3,
                P4);

        AnchorLocation location = AnchorResolver.locate(anchor, amended);

        assertThat(location.state()).isEqualTo(AnchorState.ANCHORED);
        assertThat(location.paragraph()).isEqualTo(4);
        assertThat(amended.substring(location.start(), location.end())).isEqualTo(P3);
    }

    @Test
    void twoInsertedParagraphsMakeItFifth() throws ChartaException {
        Anchor anchor = Anchors.forParagraph("article-08", article(P1, P2, P3, P4), 3);
        String amended = article("Members elect the council.", "- for two years", P1.replace("speak", "talk"), P2,
                P3, P4);

        AnchorLocation location = AnchorResolver.locate(anchor, amended);

        assertThat(location.state()).isEqualTo(AnchorState.ANCHORED);
        assertThat(location.paragraph()).isEqualTo(5);
    }

    @Test
    void editedParagraphIsTextChanged() throws ChartaException {
        Anchor anchor = Anchors.forParagraph("article-08", article(P1, P2, P3, P4), 3);
        String edited = P3.replace("ten", "twenty");
        String amended = article(P1, P2, edited, P4);

        AnchorLocation location = AnchorResolver.locate(anchor, amended);

        assertThat(location.state()).isEqualTo(AnchorState.TEXT_CHANGED);
        assertThat(location.paragraph()).isEqualTo(3);
        assertThat(amended.substring(location.start(), location.end())).isEqualTo(edited);
    }

    @Test
    void editedParagraphBelowInsertIsTextChanged() throws ChartaException {
        Anchor anchor = Anchors.forParagraph("article-08", article(P1, P2, P3, P4), 3);
        String edited = P3.replace("ten", "twenty");
        String amended = article("Members elect the council for two years.", P1.replace("speak", "talk"), P2,
                edited, P4);

        AnchorLocation location = AnchorResolver.locate(anchor, amended);

        assertThat(location.state()).isEqualTo(AnchorState.TEXT_CHANGED);
        assertThat(location.paragraph()).isEqualTo(4);
        assertThat(amended.substring(location.start(), location.end())).isEqualTo(edited);
    }

    @Test
    void deletedParagraphIsOrphaned() throws ChartaException {
        Anchor anchor = Anchors.forParagraph("article-08", article(P1, P2, P3, P4), 3);

        AnchorLocation location = AnchorResolver.locate(anchor, article(P1, P2, P4));

        assertThat(location).isEqualTo(AnchorLocation.orphaned());
    }

    @Test
    void rewrittenParagraphIsOrphaned() throws ChartaException {
        Anchor anchor = Anchors.forParagraph("article-08", article(P1, P2, P3, P4), 3);
        String rewritten = "Extraordinary sessions are convened by the secretary general alone.";

        AnchorLocation location = AnchorResolver.locate(anchor, article(P1, P2, rewritten, P4));

        assertThat(location.state()).isEqualTo(AnchorState.ORPHANED);
    }

    @Test
    void nextParagraphWordsAreNoEvidenceInside() throws ChartaException {
        String heading = "Using Council rooms";
        String next = "Council rooms are open to every member on weekdays.";
        Anchor anchor = Anchors.forParagraph("rooms", article(P1, heading, next, P2, P3), 2);
        String unrelated = "Whether Council rooms are free is decided by the secretary.";

        AnchorLocation location = AnchorResolver.locate(anchor, article(P1, P2, P3, unrelated));

        assertThat(location.state()).isEqualTo(AnchorState.ORPHANED);
    }

    @Test
    void oneWordOfContextIsNotEnough() throws ChartaException {
        String audit = "Regulators give no advance notice to GitHub of an audit.";
        String text = article(P1, audit, P2, P3);
        int start = text.indexOf("notice to");
        Anchor anchor = Anchors.forRange("audits", text, start, start + "notice to".length());
        String leaving = "Developers give written notice to GitHub before leaving.";

        AnchorLocation location = AnchorResolver.locate(anchor, article(P1, P2, P3, leaving));

        assertThat(location.state()).isEqualTo(AnchorState.ORPHANED);
    }

    static final String VOTE_ASSEMBLY = "Members may vote in the assembly once they have paid the yearly fee.";
    static final String VOTE_COUNCIL = "Members may vote in the council once they have paid the yearly fee.";
    static final String VOTE_COMMITTEE = "Members may vote in the committee once they have paid the yearly fee.";

    @Test
    void deletedParagraphNotMovedToLookAlike() throws ChartaException {
        Anchor anchor = Anchors.forParagraph("votes", article(P1, VOTE_ASSEMBLY, P2, VOTE_COUNCIL, P4), 2);

        AnchorLocation location = AnchorResolver.locate(anchor, article(P1, P2, VOTE_COUNCIL, P4));

        assertThat(location.state()).isEqualTo(AnchorState.ORPHANED);
    }

    @Test
    void editedParagraphNotMovedToLookAlike() throws ChartaException {
        Anchor anchor = Anchors.forParagraph("votes", article(P1, VOTE_ASSEMBLY, P2, VOTE_COUNCIL, P4), 2);
        String edited = "Members may vote in the general assembly after they have paid the fee.";
        String amended = article(P1, edited, P2, VOTE_COUNCIL, P4);

        AnchorLocation location = AnchorResolver.locate(anchor, amended);

        assertThat(location.state()).isEqualTo(AnchorState.TEXT_CHANGED);
        assertThat(amended.substring(location.start(), location.end())).isEqualTo(edited);
    }

    @Test
    void twoLookAlikesElsewhereAreOrphaned() throws ChartaException {
        Anchor anchor = Anchors.forParagraph("votes", article(P1, VOTE_ASSEMBLY, P2, P3, P4), 2);
        String amended = article(P1, P2, VOTE_COUNCIL, P3, VOTE_COMMITTEE, P4);

        AnchorLocation location = AnchorResolver.locate(anchor, amended);

        assertThat(location.state()).isEqualTo(AnchorState.ORPHANED);
    }

    @Test
    void identicalParagraphsKeepTheirOwnThread() throws ChartaException {
        String text = article(P1, VOTE_ASSEMBLY, P2, VOTE_ASSEMBLY, P4);
        Anchor second = Anchors.forParagraph("votes", text, 4);
        String amended = article("A new first paragraph.", P1, VOTE_ASSEMBLY, P2, VOTE_ASSEMBLY, P4);

        AnchorLocation location = AnchorResolver.locate(second, amended);

        assertThat(location.state()).isEqualTo(AnchorState.ANCHORED);
        assertThat(location.paragraph()).isEqualTo(5);
    }

    @Test
    void phraseMovedInParagraphStaysAnchored() throws ChartaException {
        String text = article(P1, P2, P3, P4);
        int start = text.indexOf("once a month");
        Anchor anchor = Anchors.forRange("article-08", text, start, start + "once a month".length());
        String amended = article(P1, "The elected council shall meet once a month.", P3, P4);

        AnchorLocation location = AnchorResolver.locate(anchor, amended);

        assertThat(location.state()).isEqualTo(AnchorState.ANCHORED);
        assertThat(location.paragraph()).isEqualTo(2);
        assertThat(amended.substring(location.start(), location.end())).isEqualTo("once a month");
    }

    @Test
    void commonWordNotTakenFromOtherParagraph() throws ChartaException {
        String text = article(P1, P2, P3, P4);
        int start = text.indexOf("shall");
        Anchor anchor = Anchors.forRange("article-08", text, start, start + "shall".length());
        String amended = article(P1.replace("may", "shall"), P2.replace("shall", "must"), P3, P4);

        AnchorLocation location = AnchorResolver.locate(anchor, amended);

        assertThat(location.paragraph()).isNotEqualTo(1);
    }

    @Test
    void shortQuoteAtOffsetNeedsContext() throws ChartaException {
        String text = article(P1, P2, P3, P4);
        int start = text.indexOf("the council");
        Anchor anchor = Anchors.forRange("article-08", text, start, start + "the council".length());
        int leadLength = start - text.indexOf(P2);
        String lookAlike = String.format("%-" + leadLength + "s", "Once a year the members vote, and")
                + "the council elects a chair.";
        String amended = article(P1, lookAlike, P2, P3, P4);

        AnchorLocation location = AnchorResolver.locate(anchor, amended);

        assertThat(amended.startsWith("the council", start)).isTrue();
        assertThat(location.state()).isEqualTo(AnchorState.ANCHORED);
        assertThat(location.paragraph()).isEqualTo(4);
    }

    @Test
    void editedPhraseIsTextChangedOnItsParagraph() throws ChartaException {
        String text = article(P1, P2, P3, P4);
        String phrase = "any ten members may call a meeting";
        int start = text.indexOf(phrase);
        Anchor anchor = Anchors.forRange("article-08", text, start, start + phrase.length());
        String edited = P3.replace("ten", "twenty");
        String amended = article(P1, P2, edited, P4);

        AnchorLocation location = AnchorResolver.locate(anchor, amended);

        assertThat(location.state()).isEqualTo(AnchorState.TEXT_CHANGED);
        assertThat(location.paragraph()).isEqualTo(3);
        assertThat(amended.substring(location.start(), location.end())).isEqualTo(edited);
    }

    static final String DUTIES = "## Duties\n- attend the assembly\n---\n## Rights\nMembers may vote.\n";

    @Test
    void listItemThreadStaysInDuties() throws ChartaException {
        int start = DUTIES.indexOf("attend the assembly");
        Anchor anchor = Anchors.forRange("duties", DUTIES, start, start + "attend the assembly".length());
        String amended = DUTIES.replace("Members may vote.", "Members may vote twice.");

        AnchorLocation location = AnchorResolver.locate(anchor, amended);

        assertThat(location.state()).isEqualTo(AnchorState.ANCHORED);
        assertThat(location.paragraph()).isEqualTo(1);
        assertThat(location.end()).isLessThan(amended.indexOf("## Rights"));
    }

    @Test
    void editedListItemIsTextChangedInDuties() throws ChartaException {
        Anchor anchor = Anchors.forParagraph("duties", DUTIES, 1);
        String amended = DUTIES.replace("attend the assembly", "attend the general assembly");

        AnchorLocation location = AnchorResolver.locate(anchor, amended);

        assertThat(location.state()).isEqualTo(AnchorState.TEXT_CHANGED);
        assertThat(amended.substring(location.start(), location.end())).isEqualTo("attend the general assembly");
        assertThat(location.end()).isLessThan(amended.indexOf("## Rights"));
    }

    static final String LAZY = "> 1. > The assembly may amend\nthis charter by a two-thirds vote.\n";

    @Test
    void lazyContinuationParagraphIsAnchoredWhole() throws ChartaException {
        Anchor anchor = Anchors.forParagraph("amendments", LAZY, 1);
        String amended = "Introduction.\n\n" + LAZY;

        AnchorLocation location = AnchorResolver.locate(anchor, amended);

        assertThat(location.state()).isEqualTo(AnchorState.ANCHORED);
        assertThat(amended.substring(location.start(), location.end()))
                .isEqualTo("The assembly may amend\nthis charter by a two-thirds vote.");
    }

    @Test
    void lazyContinuationEditIsTextChanged() throws ChartaException {
        Anchor anchor = Anchors.forParagraph("amendments", LAZY, 1);
        String amended = LAZY.replace("two-thirds", "three-quarters");

        AnchorLocation location = AnchorResolver.locate(anchor, amended);

        assertThat(location.state()).isEqualTo(AnchorState.TEXT_CHANGED);
        assertThat(amended.substring(location.start(), location.end()))
                .isEqualTo("The assembly may amend\nthis charter by a three-quarters vote.");
    }

    static final String HTML = "<div dir=\"rtl\">\n## المادة 1\n"
            + "يولد جميع الناس أحرارًا متساوين في الكرامة والحقوق\n</div>\n";

    @Test
    void htmlBlockIsAnchoredAsOneBlock() throws ChartaException {
        Anchor anchor = Anchors.forParagraph("ar", HTML, 1);

        AnchorLocation location = AnchorResolver.locate(anchor, HTML);

        assertThat(location).isEqualTo(new AnchorLocation(AnchorState.ANCHORED, 1, 0, HTML.length() - 1));
    }

    @Test
    void htmlBlockEditIsTextChangedOnBlock() throws ChartaException {
        Anchor anchor = Anchors.forParagraph("ar", HTML, 1);
        String amended = HTML.replace("الكرامة", "الحرية");

        AnchorLocation location = AnchorResolver.locate(anchor, amended);

        assertThat(location).isEqualTo(new AnchorLocation(AnchorState.TEXT_CHANGED, 1, 0, amended.length() - 1));
    }

    @Test
    void missingSectionOrphansItsThreads() throws ChartaException {
        String text = article(P1, P2, P3, P4);
        CommentThread inExistingSection = thread("aaaa0001", Anchors.forParagraph("article-08", text, 1));
        CommentThread inDeletedSection = thread("aaaa0002", Anchors.forParagraph("article-09", text, 1));

        Map<String, AnchorLocation> locations = AnchorResolver.locateAll(List.of(inExistingSection, inDeletedSection),
                id -> id.equals("article-08") ? Optional.of(text) : Optional.empty());

        assertThat(locations.get("aaaa0001").state()).isEqualTo(AnchorState.ANCHORED);
        assertThat(locations.get("aaaa0002")).isEqualTo(AnchorLocation.orphaned());
    }

    @Test
    void duplicateThreadIdsAreRejected() throws ChartaException {
        String text = article(P1, P2, P3, P4);
        CommentThread thread = thread("aaaa0001", Anchors.forParagraph("article-08", text, 1));

        assertThatThrownBy(() -> AnchorResolver.locateAll(List.of(thread, thread), id -> Optional.of(text)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void randomEditsKeepEveryThreadCounted() throws ChartaException {
        Random random = new Random(16L);
        List<String> pool = new ArrayList<>(List.of(P1, P2, P3, P4, VOTE_ASSEMBLY, VOTE_COUNCIL, VOTE_COMMITTEE,
                "- attend the assembly", "> quoted rule\nwith a lazy line", "يولد جميع الناس أحرارًا"));
        for (int round = 0; round < 40; round++) {
            List<String> paragraphs = new ArrayList<>(pool.subList(0, 6));
            String original = article(paragraphs.toArray(String[]::new));
            List<CommentThread> threads = threadsOnEveryParagraph(original, round);

            for (int edit = 0; edit < 1 + random.nextInt(5); edit++) {
                applyRandomEdit(random, paragraphs, pool);
            }
            String amended = article(paragraphs.toArray(String[]::new));

            Map<String, AnchorLocation> locations = AnchorResolver.locateAll(threads, id -> Optional.of(amended));

            assertThat(locations).hasSize(threads.size());
            long anchored = count(locations, AnchorState.ANCHORED);
            long changed = count(locations, AnchorState.TEXT_CHANGED);
            long orphaned = count(locations, AnchorState.ORPHANED);
            assertThat(anchored + changed + orphaned).isEqualTo(threads.size());
            for (CommentThread thread : threads) {
                assertLocationConsistent(thread.anchor(), locations.get(thread.id()), amended);
            }
        }
    }

    private static void assertLocationConsistent(Anchor anchor, AnchorLocation location, String text) {
        List<Block> paragraphs = MarkdownBlocks.paragraphs(text);
        switch (location.state()) {
            case ANCHORED -> assertThat(text.substring(location.start(), location.end())).isEqualTo(anchor.quote());
            case TEXT_CHANGED -> assertThat(paragraphs.get(location.paragraph() - 1).text())
                    .isEqualTo(text.substring(location.start(), location.end()));
            case ORPHANED -> assertThat(location).isEqualTo(AnchorLocation.orphaned());
            default -> throw new AssertionError(location);
        }
    }

    private static void applyRandomEdit(Random random, List<String> paragraphs, List<String> pool) {
        int index = random.nextInt(paragraphs.size());
        switch (random.nextInt(5)) {
            case 0 -> paragraphs.add(index, pool.get(random.nextInt(pool.size())));
            case 1 -> {
                if (paragraphs.size() > 1) {
                    paragraphs.remove(index);
                }
            }
            case 2 -> paragraphs.set(index, paragraphs.get(index).replaceFirst("the", "a"));
            case 3 -> paragraphs.set(index, paragraphs.get(index) + " Amended.");
            default -> {
                String moved = paragraphs.remove(index);
                paragraphs.add(random.nextInt(paragraphs.size() + 1), moved);
            }
        }
    }

    private static List<CommentThread> threadsOnEveryParagraph(String text, int round) throws ChartaException {
        List<CommentThread> threads = new ArrayList<>();
        List<Block> paragraphs = MarkdownBlocks.paragraphs(text);
        for (Block paragraph : paragraphs) {
            threads.add(thread(String.format("%04xa%03x", round, paragraph.number()),
                    Anchors.forParagraph("s", text, paragraph.number())));
            int phraseEnd = paragraph.start() + Math.min(12, paragraph.text().length());
            threads.add(thread(String.format("%04xb%03x", round, paragraph.number()),
                    Anchors.forRange("s", text, paragraph.start() + 1, phraseEnd)));
        }
        return threads;
    }

    private static long count(Map<String, AnchorLocation> locations, AnchorState state) {
        return locations.values().stream().filter(location -> location.state() == state).count();
    }

    static CommentThread thread(String id, Anchor anchor) {
        Instant created = Instant.parse("2025-03-01T10:00:00Z");
        Comment first = new Comment("20250301T100000000Z-00000000", id, "Amina Diallo", "amina@example.org",
                created, Comment.Kind.COMMENT, "Should 'shall' be 'may'?", anchor);
        return new CommentThread(id, anchor.sectionId(), anchor, List.of(first), false, created);
    }
}
