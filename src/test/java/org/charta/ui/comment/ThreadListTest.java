package org.charta.ui.comment;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.charta.core.Identity;
import org.charta.core.comment.AnchorState;
import org.charta.core.comment.CommentStore;
import org.charta.core.comment.CommentThread;
import org.charta.ui.ChartaWindowFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.charta.ui.ChartaWindowFixture.AUTHOR;
import static org.charta.ui.ChartaWindowFixture.onFx;
import static org.charta.ui.ChartaWindowFixture.runFx;
import static org.charta.ui.comment.PanelSteps.AMINA;
import static org.charta.ui.comment.PanelSteps.SECTION;

/** The panel's filters and scopes, and the cards of threads whose text changed. */
@ExtendWith(ApplicationExtension.class)
class ThreadListTest {

    @TempDir
    Path home;

    private ChartaWindowFixture fixture;
    private PanelSteps steps;

    @Start
    void start(Stage stage) throws Exception {
        fixture = new ChartaWindowFixture(home);
        fixture.start(stage);
        steps = new PanelSteps(fixture);
    }

    @AfterEach
    void closeWindow() throws Exception {
        fixture.close();
    }

    @Test
    void filtersShowMatchingThreads(FxRobot robot) throws Exception {
        steps.openSection(SECTION);
        CommentStore store = steps.store();
        String mine = steps.startThread(SECTION, 1, "My own remark.", AUTHOR).id();
        String settled = steps.startThread(SECTION, 2, "Settled already.", AMINA).id();
        store.resolve(settled, AMINA);
        String removed = steps.startThread(SECTION, 2, "Is this paragraph needed?", AMINA).id();
        String mention = steps.startThread(SECTION, 3, "What does @Alice Drafter think?", AMINA).id();
        String changed = steps.startThread(SECTION, 4, "Which languages?", AMINA).id();
        steps.reload();
        fixture.waitFor(() -> fixture.window().commentsModel().threads().size() == 5);

        steps.replaceWord(4, "working", "official");
        int start = steps.paragraph(2).start();
        int end = steps.paragraph(3).start();
        String second = onFx(() -> fixture.window().editor().text().substring(start, end)).strip();
        steps.replaceRange(start, end, "");
        fixture.waitFor(() -> !fixture.window().editor().text().contains(second));
        fixture.waitFor(() -> steps.item(changed).location().state() == AnchorState.TEXT_CHANGED
                && steps.item(removed).isOrphaned());

        Map<ListFilter, List<String>> expected = new LinkedHashMap<>();
        expected.put(ListFilter.ALL, List.of(mine, mention, changed, settled, removed));
        expected.put(ListFilter.OPEN, List.of(mine, mention, changed, removed));
        expected.put(ListFilter.RESOLVED, List.of(settled));
        expected.put(ListFilter.MINE, List.of(mine));
        expected.put(ListFilter.MENTIONING_ME, List.of(mention));
        expected.put(ListFilter.TEXT_CHANGED, List.of(changed));
        expected.put(ListFilter.ORPHANED, List.of(settled, removed));
        for (Map.Entry<ListFilter, List<String>> filter : expected.entrySet()) {
            steps.setFilter(filter.getKey());
            assertThat(PanelSteps.shownThreadIds(robot)).as(filter.getKey().name())
                    .containsExactlyInAnyOrderElementsOf(filter.getValue());
        }
    }

    @Test
    void emptyFilterNamesWhatIsMissing(FxRobot robot) throws Exception {
        steps.openSection(SECTION);

        steps.setFilter(ListFilter.ORPHANED);

        Label placeholder = robot.lookup(".thread-list .placeholder").queryAs(Label.class);
        assertThat(onFx(placeholder::getText)).isEqualTo("No orphaned threads.");
    }

    @Test
    void controlsFitNarrowPanel(FxRobot robot) throws Exception {
        steps.openSection(SECTION);

        double width = onFx(() -> robot.lookup("#comment-list-controls").query().prefWidth(-1));

        assertThat(width).isLessThanOrEqualTo(220);
    }

    @Test
    void longAuthorNameFitsPanel(FxRobot robot) throws Exception {
        steps.openSection(SECTION);
        Identity longName = new Identity("Maria Fernanda ".repeat(14).strip(), "maria@demo.charta.invalid");
        String id = steps.startThread(SECTION, 1, "A remark from someone with a long name.", longName).id();
        steps.reload();
        fixture.waitFor(() -> robot.lookup("#reply-" + id).tryQuery().isPresent());
        fixture.awaitIdle();

        double panel = onFx(() -> robot.lookup(".comments-frame").query().getLayoutBounds().getWidth());
        Node card = robot.lookup("#thread-" + id).query();
        Node reply = robot.lookup("#reply-" + id).query();

        assertThat(longName.name()).hasSizeGreaterThanOrEqualTo(200);
        assertThat(onFx(() -> card.getLayoutBounds().getWidth())).isLessThanOrEqualTo(panel);
        assertThat(onFx(() -> reply.localToScene(reply.getLayoutBounds()).getMaxX()))
                .isLessThanOrEqualTo(onFx(() -> card.localToScene(card.getLayoutBounds()).getMaxX()));
    }

    @Test
    void wholeCharterGroupsThreadsBySection(FxRobot robot) throws Exception {
        steps.openSection(SECTION);
        String own = steps.startThread(SECTION, 1, "A remark here.", AUTHOR).id();
        List<CommentThread> membership = steps.store().threads("article-2-membership");

        robot.clickOn("#comment-scope-charter");
        fixture.waitFor(() -> PanelSteps.shownThreadIds(robot).size() == 4);

        List<String> headings = onFx(() -> robot.lookup(".thread-section-heading").queryAllAs(Label.class).stream()
                .map(Label::getText).toList());
        assertThat(headings).containsExactly("Preamble", "Article 2 – Membership", "Article 3 – The Assembly");
        assertThat(PanelSteps.shownThreadIds(robot)).contains(own, membership.get(0).id());
    }

    @Test
    void wholeCharterClickOpensThreadSection(FxRobot robot) throws Exception {
        steps.openSection(SECTION);
        String membership = steps.store().threads("article-2-membership").get(0).id();
        robot.clickOn("#comment-scope-charter");
        fixture.waitFor(() -> PanelSteps.shownThreadIds(robot).contains(membership));

        scrollTo(robot, membership);
        robot.clickOn("#thread-" + membership + " .thread-location");

        fixture.waitFor(() -> "article-2-membership".equals(fixture.window().editorModel().sectionIdProperty().get()));
        fixture.waitFor(() -> membership.equals(fixture.window().commentsModel().selectedThreadIdProperty().get()));
        assertThat(robot.lookup("#thread-" + membership).query().getStyleClass()).contains("selected");
    }

    @Test
    void changedTextShowsWordDiff(FxRobot robot) throws Exception {
        steps.openSection(SECTION);
        String id = steps.startThread(SECTION, 4, "Which languages?", AMINA).id();
        fixture.waitFor(() -> steps.item(id) != null);

        steps.replaceWord(4, "working", "official");
        fixture.waitFor(() -> steps.item(id).location().state() == AnchorState.TEXT_CHANGED);
        fixture.waitFor(() -> robot.lookup("#thread-" + id + " .diff-inserted").tryQuery().isPresent());

        assertThat(texts(robot, id, ".diff-deleted").strip()).isEqualTo("working");
        assertThat(texts(robot, id, ".diff-inserted").strip()).isEqualTo("official");
        assertThat(texts(robot, id, ".diff-equal")).contains("the ", "languages ");
    }

    /** Scrolls the thread list until the card's top is in view, as a person would before clicking it. */
    private static void scrollTo(FxRobot robot, String threadId) throws Exception {
        ScrollPane scroll = robot.lookup(".thread-scroll").queryAs(ScrollPane.class);
        Node card = robot.lookup("#thread-" + threadId).query();
        runFx(() -> {
            double hidden = scroll.getContent().getLayoutBounds().getHeight() - scroll.getViewportBounds().getHeight();
            if (hidden > 0) {
                scroll.setVvalue(Math.min(1, card.getBoundsInParent().getMinY() / hidden));
            }
        });
    }

    private static String texts(FxRobot robot, String threadId, String style) throws Exception {
        return onFx(() -> robot.lookup("#thread-" + threadId + " " + style).queryAllAs(Text.class).stream()
                .map(Text::getText)
                .reduce("", String::concat));
    }
}
