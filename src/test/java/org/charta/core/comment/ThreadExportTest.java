package org.charta.core.comment;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.charta.core.ChartaException;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

class ThreadExportTest {

    private static final String MEET = ThreadLocatorTest.MEET;
    private static final String ARTICLE = ThreadLocatorTest.ARTICLE;
    private static final String ASSEMBLY = "## Article 9\n\nThe assembly elects the council.\n";
    private static final Instant MORNING = Instant.parse("2025-03-01T09:30:00.250Z");
    private static final Function<String, String> TITLES = Map.of("article-08", "Article 8: Council",
            "article-09", "Article 9")::get;

    private Anchor meeting;
    private Anchor election;

    @BeforeEach
    void createAnchors() throws ChartaException {
        meeting = Anchors.forParagraph("article-08", ARTICLE, 1);
        election = Anchors.forParagraph("article-09", ASSEMBLY, 1);
    }

    @Test
    void markdownHasSectionThreadAndComments() {
        LocatedThread thread = anchored(thread("00000000000000a1", meeting, false,
                comment("00000000000000a1", 1, "Amina Diallo", "Should 'shall' be 'may'?", meeting),
                comment("00000000000000a1", 2, "Jordi Puig", "Yes.", null)), ARTICLE);

        String report = ThreadExport.markdown(List.of(thread), TITLES, Locale.ROOT);

        assertThat(report).startsWith("# Comment threads\n\n## Article 8: Council\n\n");
        assertThat(report).contains("### ¶1 · text unchanged · open\n");
        assertThat(report).contains("Thread `00000000000000a1`");
        assertThat(report).contains("\n> " + MEET + "\n");
        assertThat(report).contains("- **Amina Diallo**, 2025-03-01T09:30:01Z\n\n  Should 'shall' be 'may'?\n");
        assertThat(report).contains("- **Jordi Puig**, 2025-03-01T09:30:02Z\n\n  Yes.\n");
        assertThat(report).doesNotContain("(edited)");
        assertThat(report).endsWith("Yes.\n");
    }

    @Test
    void markdownFollowsListOrderOfSections() {
        LocatedThread inNine = anchored(thread("00000000000000b1", election, false,
                comment("00000000000000b1", 1, "Ana", "First.", election)), ASSEMBLY);
        LocatedThread inEight = anchored(thread("00000000000000a1", meeting, false,
                comment("00000000000000a1", 1, "Ana", "Second.", meeting)), ARTICLE);

        String report = ThreadExport.markdown(List.of(inNine, inEight), TITLES, Locale.ENGLISH);

        assertThat(report.indexOf("## Article 9")).isLessThan(report.indexOf("## Article 8"));
        assertThat(report.indexOf("First.")).isLessThan(report.indexOf("Second."));
    }

    @Test
    void markdownShowsChangedAndOrphanedThreads() {
        CommentThread changed = thread("00000000000000a1", meeting, true,
                comment("00000000000000a1", 1, "Ana", "Once?", meeting));
        CommentThread orphan = thread("00000000000000a2", meeting, false,
                comment("00000000000000a2", 1, "Ana", "Gone?", meeting));
        String edited = ARTICLE.replace("once", "twice");

        String report = ThreadExport.markdown(List.of(ThreadLocator.locate(changed, edited),
                ThreadLocator.locate(orphan, "## Article 8\n")), TITLES, Locale.ENGLISH);

        assertThat(report).contains("### ¶1 · text changed · resolved\n");
        assertThat(report).contains("Current text:\n\n> The council shall meet twice a month.\n");
        assertThat(report).contains("### Orphaned (its text is no longer in the section) · open\n");
        assertThat(report).contains("> " + MEET);
    }

    @Test
    void markdownMarksEditedComments() {
        Comment original = comment("00000000000000a1", 1, "Ana", "Once?", meeting);
        Comment edit = new Comment("20250301T100000000Z-0000000e", "00000000000000a1", "Ana", "ana@example.org",
                MORNING.plusSeconds(60), Comment.Kind.EDIT, "Twice?", null, Stance.NONE, original.id());
        CommentThread thread = new CommentThread("00000000000000a1", "article-08", meeting,
                List.of(original.withText("Twice?")), false, MORNING, meeting,
                Map.of(original.id(), List.of(original, edit)));

        String report = ThreadExport.markdown(List.of(anchored(thread, ARTICLE)), TITLES, Locale.ROOT);

        assertThat(report).contains("- **Ana**, 2025-03-01T09:30:01Z (edited)\n\n  Twice?");
        assertThat(report).doesNotContain("Once?");
    }

    @Test
    void markdownInFrenchUsesBundleWordsAndDates() {
        LocatedThread thread = ThreadLocator.locate(thread("00000000000000a1", meeting, true,
                comment("00000000000000a1", 1, "Ana", "Une fois ?", meeting)), ARTICLE.replace("once", "twice"));

        String report = ThreadExport.markdown(List.of(thread), TITLES, Locale.FRENCH);

        assertThat(report).startsWith("# Fils de commentaires\n");
        assertThat(report).contains("### ¶1 · texte modifié · résolu\n");
        assertThat(report).contains("Texte actuel\u00A0:");
        assertThat(report).contains("- **Ana**, 1 mars 2025, 09:30:01 UTC\n");
    }

    @Test
    void markdownKeepsCommentLayoutAndEscapes() {
        LocatedThread thread = anchored(thread("00000000000000a1", meeting, false,
                comment("00000000000000a1", 1, "Ana *the* reviewer", "Line one\nline *two*\n\n# not a heading",
                        meeting)), ARTICLE);

        String report = ThreadExport.markdown(List.of(thread), TITLES, Locale.ROOT);

        assertThat(report).contains("- **Ana \\*the\\* reviewer**");
        assertThat(report).contains("  Line one\\\n  line \\*two\\*\n\n  \\# not a heading\n");
    }

    @Test
    void markdownRendersBlockMarkersLiterally() {
        List<String> lines = List.of("- not a list", "+ nor this", "1986. A good year", "2) second", "---",
                "Setext?", "===", "&lt; and &amp; stay");
        LocatedThread thread = anchored(thread("00000000000000a1", meeting, false,
                comment("00000000000000a1", 1, "Ana", String.join("\n\n", lines), meeting)), ARTICLE);

        String report = ThreadExport.markdown(List.of(thread), TITLES, Locale.ROOT);
        Node document = Parser.builder().build().parse(report);
        List<String> rendered = TextContentRenderer.builder().build().render(document).lines()
                .map(String::strip)
                .toList();

        for (String line : lines) {
            assertThat(rendered).contains(line);
        }
        assertThat(HtmlRenderer.builder().build().render(document)).doesNotContain("<hr", "<ol", "<ul>\n<li>- ");
    }

    @Test
    void markdownOfNoThreadsSaysSo() {
        assertThat(ThreadExport.markdown(List.of(), TITLES, Locale.ENGLISH))
                .isEqualTo("# Comment threads\n\nThere are no comment threads to export.\n");
    }

    @Test
    void csvHasHeaderAndCrlfRecords() {
        LocatedThread thread = anchored(thread("00000000000000a1", meeting, false,
                comment("00000000000000a1", 1, "Amina Diallo", "Plain.", meeting)), ARTICLE);

        String csv = ThreadExport.csv(List.of(thread), TITLES);

        assertThat(csv).startsWith("thread,section,paragraph,state,resolved,quote,comment,author,email,created,text,"
                + "edited\r\n");
        assertThat(csv).endsWith("\r\n");
        assertThat(csv.split("\r\n")).hasSize(2);
    }

    @Test
    void csvRoundTripsDifficultText() throws IOException {
        List<String> texts = List.of("Commas, \"quotes\" and\nline breaks.", "هل نوافق على هذا، يا أحمد؟",
                "=HYPERLINK(\"http://127.0.0.1\")", "-5% is too much", "+1", "@Ana agrees", "Déjà vu 🙂");
        Comment[] comments = new Comment[texts.size()];
        for (int i = 0; i < texts.size(); i++) {
            comments[i] = comment("00000000000000a1", i + 1, i == 0 ? "Amina, \"Ami\" Diallo" : "أحمد", texts.get(i),
                    i == 0 ? meeting : null);
        }
        LocatedThread thread = anchored(thread("00000000000000a1", meeting, true, comments), ARTICLE);

        List<CSVRecord> records = parse(ThreadExport.csv(List.of(thread), TITLES));

        assertThat(records).hasSize(texts.size());
        assertThat(records).extracting(record -> record.get("text")).containsExactly(texts.get(0), texts.get(1),
                "'=HYPERLINK(\"http://127.0.0.1\")", "'-5% is too much", "'+1", "'@Ana agrees", texts.get(6));
        assertThat(records.get(0).get("author")).isEqualTo("Amina, \"Ami\" Diallo");
        assertThat(records.get(1).get("author")).isEqualTo("أحمد");
        assertThat(records.get(0).get("quote")).isEqualTo(MEET);
        assertThat(records.get(0).get("section")).isEqualTo("Article 8: Council");
        assertThat(records.get(0).get("paragraph")).isEqualTo("1");
        assertThat(records.get(0).get("state")).isEqualTo("anchored");
        assertThat(records.get(0).get("resolved")).isEqualTo("true");
        assertThat(records.get(0).get("created")).isEqualTo("2025-03-01T09:30:01.250Z");
        assertThat(records.get(0).get("comment")).isEqualTo(comments[0].id());
        assertThat(records.get(0).get("email")).isEqualTo("ana@example.org");
        assertThat(records.get(0).get("edited")).isEqualTo("false");
    }

    @Test
    void csvGuardsIdCells() throws IOException {
        Comment forged = new Comment("=1+1", "+threadid", "Ana", "ana@example.org", MORNING, Comment.Kind.COMMENT,
                "Hello.", meeting, Stance.NONE, null);
        CommentThread thread = new CommentThread("+threadid", "article-08", meeting, List.of(forged), false, MORNING);

        List<CSVRecord> records = parse(ThreadExport.csv(List.of(ThreadLocator.locate(thread, ARTICLE)), TITLES));

        assertThat(records.get(0).get("comment")).isEqualTo("'=1+1");
        assertThat(records.get(0).get("thread")).isEqualTo("'+threadid");
    }

    @Test
    void csvLeavesOrphanParagraphEmpty() throws IOException {
        CommentThread orphan = thread("00000000000000a2", meeting, false,
                comment("00000000000000a2", 1, "Ana", "Gone?", meeting));

        List<CSVRecord> records = parse(ThreadExport.csv(List.of(ThreadLocator.locate(orphan, "## Article 8\n")),
                id -> null));

        assertThat(records).singleElement().satisfies(record -> {
            assertThat(record.get("paragraph")).isEmpty();
            assertThat(record.get("state")).isEqualTo("orphaned");
            assertThat(record.get("section")).isEqualTo("article-08");
        });
    }

    private static List<CSVRecord> parse(String csv) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (CSVParser parser = CSVParser.parse(csv, format)) {
            return parser.getRecords();
        }
    }

    private static LocatedThread anchored(CommentThread thread, String sectionText) {
        LocatedThread located = ThreadLocator.locate(thread, sectionText);
        assertThat(located.state()).isEqualTo(AnchorState.ANCHORED);
        return located;
    }

    private static CommentThread thread(String id, Anchor anchor, boolean resolved, Comment... comments) {
        return new CommentThread(id, anchor.sectionId(), anchor, List.of(comments), resolved, MORNING);
    }

    private static Comment comment(String threadId, int number, String author, String text, Anchor anchor) {
        return new Comment(String.format("20250301T0930%02d250Z-0000000%d", number, number), threadId, author,
                "ana@example.org", MORNING.plusSeconds(number), Comment.Kind.COMMENT, text, anchor);
    }
}
