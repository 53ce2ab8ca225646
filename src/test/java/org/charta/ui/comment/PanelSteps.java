package org.charta.ui.comment;

import javafx.scene.Node;
import org.charta.core.Identity;
import org.charta.core.comment.Anchors;
import org.charta.core.comment.CommentStore;
import org.charta.core.comment.CommentThread;
import org.charta.core.markdown.Block;
import org.charta.ui.ChartaWindowFixture;
import org.charta.ui.editor.RichTextSectionEditor;
import org.testfx.api.FxRobot;

import java.util.List;

import static org.charta.ui.ChartaWindowFixture.onFx;
import static org.charta.ui.ChartaWindowFixture.runFx;

/** Steps that the comment panel tests share: open a section, write threads as others would, change the text. */
final class PanelSteps {

    /** The demo's Article 3, which has no threads of its own, and four paragraphs. */
    static final String SECTION = "article-3-the-assembly";

    /** A member of the demo charter other than the person at the window. */
    static final Identity AMINA = new Identity("Amina Diallo", "amina@demo.charta.invalid");

    private final ChartaWindowFixture fixture;

    PanelSteps(ChartaWindowFixture fixture) {
        this.fixture = fixture;
    }

    void openSection(String id) throws Exception {
        fixture.awaitCharterOpen();
        runFx(() -> fixture.window().charters().openSection(id));
        fixture.waitFor(() -> id.equals(fixture.window().editorModel().sectionIdProperty().get())
                && fixture.window().commentsModel().sectionIdProperty().get() != null
                && fixture.window().commentsModel().sectionIdProperty().get().equals(id));
        fixture.awaitIdle();
    }

    /** Writes a thread on a whole paragraph of the section's saved text, as another window would, and reloads. */
    CommentThread startThread(String section, int paragraph, String text, Identity author) throws Exception {
        fixture.awaitIdle();
        CommentStore store = new CommentStore(fixture.charterFolder());
        String sectionText = fixture.readFile("sections/" + section + ".md");
        CommentThread thread = store.startThread(Anchors.forParagraph(section, sectionText, paragraph), text, author);
        reload();
        return thread;
    }

    CommentStore store() throws Exception {
        return new CommentStore(fixture.charterFolder());
    }

    /** Reads the threads again and waits until they are located. */
    void reload() throws Exception {
        fixture.awaitIdle();
        runFx(() -> fixture.window().commentsController().reload());
        fixture.awaitIdle();
        Thread.sleep(100);
        fixture.awaitIdle();
    }

    /** Replaces a range of the open section's text in the editor. */
    void replaceRange(int start, int end, String replacement) throws Exception {
        runFx(() -> {
            RichTextSectionEditor editor = (RichTextSectionEditor) fixture.window().editor();
            editor.selectRange(start, end);
            editor.replaceSelection(replacement);
        });
    }

    /** Replaces one word of a paragraph of the open section in the editor. */
    void replaceWord(int number, String word, String replacement) throws Exception {
        Block paragraph = paragraph(number);
        String text = onFx(() -> fixture.window().editor().text());
        int start = text.indexOf(word, paragraph.start());
        replaceRange(start, start + word.length(), replacement);
    }

    Block paragraph(int number) throws Exception {
        fixture.waitFor(() -> fixture.window().editor().paragraphsProperty().getValue().size() >= number);
        return onFx(() -> fixture.window().editor().paragraphsProperty().getValue().get(number - 1));
    }

    /** Returns the ids of the threads whose cards the panel shows, top to bottom. */
    static List<String> shownThreadIds(FxRobot robot) throws Exception {
        return onFx(() -> robot.lookup(".thread-list").queryAs(javafx.scene.layout.VBox.class).getChildren().stream()
                .map(Node::getId)
                .filter(id -> id != null && id.startsWith("thread-"))
                .map(id -> id.substring("thread-".length()))
                .toList());
    }

    void setFilter(ListFilter filter) throws Exception {
        runFx(() -> fixture.window().commentsModel().filterProperty().set(filter));
    }

    ThreadItem item(String threadId) throws Exception {
        return onFx(() -> fixture.window().commentsModel().find(threadId));
    }
}
