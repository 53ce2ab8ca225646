package org.charta.ui.editor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.IndexRange;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.charta.core.markdown.Block;
import org.charta.ui.ChartaWindowFixture;
import org.charta.ui.comment.ThreadItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.charta.ui.ChartaWindowFixture.onFx;
import static org.charta.ui.ChartaWindowFixture.runFx;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A reviewer selects a phrase in an Arabic and in a French article of the Universal Declaration and comments
 * on each: each thread quotes exactly the selected characters, and the editor highlights exactly them.
 */
@ExtendWith(ApplicationExtension.class)
class PhraseCommentTest {

    private static final String ARABIC_PHRASE = "أحرارًا متساوين في الكرامة";
    private static final String FRENCH_PHRASE = "égaux en dignité";

    @TempDir
    Path home;

    private ChartaWindowFixture fixture;

    @Start
    void start(Stage stage) throws Exception {
        fixture = new ChartaWindowFixture(home);
        fixture.start(stage);
    }

    @AfterEach
    void closeWindow() throws Exception {
        fixture.close();
    }

    @Test
    void arabicPhraseThreadQuotesSelection(FxRobot robot) throws Exception {
        String article = openArticle("ar");
        IndexRange phrase = select(article, ARABIC_PHRASE);

        robot.clickOn("#comment-new");
        String quoteShown = robot.lookup("#comment-new-quote").queryLabeled().getText();
        String id = postComment(robot, "هل نضيف «في الحقوق» هنا؟");

        assertThat(quoteShown).isEqualTo("“" + ARABIC_PHRASE + "”");
        assertThreadOnExactly(id, phrase, ARABIC_PHRASE);
    }

    @Test
    void frenchPhraseThreadQuotesSelection(FxRobot robot) throws Exception {
        String article = openArticle("fr");
        IndexRange phrase = select(article, FRENCH_PHRASE);

        runFx(() -> editor().requestFocus());
        robot.push(KeyCode.CONTROL, KeyCode.ALT, KeyCode.M);
        String quoteShown = robot.lookup("#comment-new-quote").queryLabeled().getText();
        String id = postComment(robot, "« égaux » suffit-il ?");

        assertThat(quoteShown).isEqualTo("“" + FRENCH_PHRASE + "”");
        assertThreadOnExactly(id, phrase, FRENCH_PHRASE);
    }

    @Test
    void caretInHighlightSelectsThread(FxRobot robot) throws Exception {
        String article = openArticle("fr");
        IndexRange phrase = select(article, FRENCH_PHRASE);
        // Monocle shows no context menu on a right click, so the item is fired as the menu would.
        runFx(() -> ((RichTextSectionEditor) editor()).area().getContextMenu().getItems().stream()
                .filter(item -> "editor-comment".equals(item.getId())).findFirst().orElseThrow().fire());
        String id = postComment(robot, "Une remarque.");
        runFx(() -> {
            fixture.window().editor().showOffset(0);
            fixture.window().commentsModel().selectedThreadIdProperty().set(null);
        });

        clickInside(robot, phrase);

        fixture.waitFor(() -> id.equals(fixture.window().commentsModel().selectedThreadIdProperty().get()));
        assertThat(onFx(() -> styleAt(phrase.getStart()))).contains("comment-selected");
    }

    @Test
    void editedPhraseHighlightsWholeParagraph(FxRobot robot) throws Exception {
        String article = openArticle("fr");
        IndexRange phrase = select(article, FRENCH_PHRASE);
        robot.clickOn("#comment-new");
        String id = postComment(robot, "Une remarque.");

        runFx(() -> {
            ((RichTextSectionEditor) editor()).area().selectRange(phrase.getStart(), phrase.getStart() + 5);
            ((RichTextSectionEditor) editor()).replaceSelection("égales");
        });
        fixture.waitFor(() -> editor().commentHighlights().stream()
                .anyMatch(highlight -> highlight.kind() == CommentHighlight.Kind.TEXT_CHANGED));

        Block paragraph = onFx(() -> editor().paragraphsProperty().getValue().get(0));
        assertThat(onFx(() -> editor().commentHighlights())).containsExactly(
                new CommentHighlight(paragraph.start(), paragraph.end(), id, CommentHighlight.Kind.TEXT_CHANGED));
    }

    /** Adds a section holding the article of the Universal Declaration in a language, and opens it. */
    private String openArticle(String language) throws Exception {
        Path file = Path.of(System.getProperty("charta.realdata", "../shared/realdata"), "udhr", language,
                "article-01.md");
        assumeTrue(Files.isRegularFile(file), "realdata is absent");
        String article = Files.readString(file, StandardCharsets.UTF_8);
        String title = article.lines().findFirst().orElseThrow().replaceFirst("^#+ ", "");

        fixture.awaitCharterOpen();
        String previous = onFx(() -> fixture.window().editorModel().sectionIdProperty().get());
        runFx(() -> fixture.window().charters().addSection(title, null));
        fixture.waitFor(() -> !previous.equals(fixture.window().editorModel().sectionIdProperty().get()));
        fixture.awaitIdle();
        runFx(() -> {
            RichTextSectionEditor editor = (RichTextSectionEditor) editor();
            editor.selectRange(0, editor.text().length());
            editor.replaceSelection(article);
        });
        fixture.waitFor(() -> editor().paragraphsProperty().getValue().size() == 1);
        fixture.awaitIdle();
        return article;
    }

    /** Selects a phrase as the reviewer would and waits until the panel offers to comment on it. */
    private IndexRange select(String article, String phrase) throws Exception {
        int start = article.indexOf(phrase);
        assertThat(start).as("phrase in the article").isPositive();
        IndexRange range = new IndexRange(start, start + phrase.length());
        runFx(() -> editor().selectRange(range.getStart(), range.getEnd()));
        fixture.waitFor(() -> range.equals(fixture.window().commentsModel().selectionProperty().get()));
        WaitForAsyncUtils.waitForFxEvents();
        return range;
    }

    private String postComment(FxRobot robot, String comment) throws Exception {
        runFx(() -> robot.lookup("#comment-new-text").queryTextInputControl().setText(comment));
        robot.clickOn("#comment-new-post");
        fixture.waitFor(() -> fixture.window().commentsModel().threads().size() == 1
                && editor().commentHighlights().size() == 1);
        fixture.awaitIdle();
        return onFx(() -> fixture.window().commentsModel().threads().get(0).id());
    }

    private void assertThreadOnExactly(String id, IndexRange phrase, String quote) throws Exception {
        ThreadItem item = onFx(() -> fixture.window().commentsModel().find(id));
        assertThat(item.thread().anchor().quote()).as("thread quote").isEqualTo(quote);
        assertThat(onFx(() -> editor().commentHighlights())).as("highlight model")
                .containsExactly(new CommentHighlight(phrase.getStart(), phrase.getEnd(), id,
                        CommentHighlight.Kind.OPEN));
        assertThat(onFx(() -> highlightedRange(phrase))).as("highlighted characters").isEqualTo(phrase);
        assertThat(quoteOnDisk(id)).as("quote in the comment file").isEqualTo(quote);
    }

    /** Returns the range of characters that carry a comment style, looking a few characters around the phrase. */
    private IndexRange highlightedRange(IndexRange phrase) {
        int from = Math.max(0, phrase.getStart() - 5);
        int to = Math.min(editor().text().length(), phrase.getEnd() + 5);
        int first = -1;
        int last = -1;
        for (int offset = from; offset < to; offset++) {
            if (styleAt(offset).stream().anyMatch(style -> style.startsWith("comment-"))) {
                first = first < 0 ? offset : first;
                last = offset;
            }
        }
        return new IndexRange(first, last + 1);
    }

    private Collection<String> styleAt(int offset) {
        return ((RichTextSectionEditor) editor()).area().getStyleOfChar(offset);
    }

    private String quoteOnDisk(String id) throws Exception {
        Path thread = fixture.charterFolder().resolve(".charta/comments").resolve(id);
        List<Path> files;
        try (Stream<Path> listed = Files.list(thread)) {
            files = listed.toList();
        }
        assertThat(files).hasSize(1);
        JsonNode comment = new ObjectMapper().readTree(Files.readString(files.get(0), StandardCharsets.UTF_8));
        return comment.path("anchor").path("quote").asText();
    }

    /** Clicks in the middle of the phrase's second character. */
    private void clickInside(FxRobot robot, IndexRange phrase) throws Exception {
        Bounds bounds = onFx(() -> ((RichTextSectionEditor) editor()).area()
                .getCharacterBoundsOnScreen(phrase.getStart() + 1, phrase.getStart() + 2).orElseThrow());
        robot.clickOn(new Point2D(bounds.getCenterX(), bounds.getCenterY()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private SectionEditor editor() {
        return fixture.window().editor();
    }
}
