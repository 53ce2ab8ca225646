package org.charta.core.demo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.charta.core.ChartaException;
import org.charta.core.Identity;
import org.charta.core.charter.Charter;
import org.charta.core.comment.Anchors;
import org.charta.core.comment.CommentStore;
import org.charta.core.comment.CommentThread;

import java.nio.file.Path;
import java.util.List;

/**
 * The comment threads of the demo charter, so that a first run shows reviewers at work. They are written
 * through {@link CommentStore} like any other thread, from {@code comments.json} in the demo resources.
 */
final class DemoComments {

    static final String RESOURCE = "comments.json";

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One demo thread: where it points, its comments in order, and whether it ends resolved. */
    record DemoThread(String section, int paragraph, List<DemoComment> comments, boolean resolved) {
    }

    /** One comment of a demo thread. */
    record DemoComment(String name, String email, String text) {

        Identity author() {
            return new Identity(name, email);
        }
    }

    private DemoComments() {
    }

    static void write(Path charterFolder, String json) throws ChartaException {
        Charter charter = Charter.open(charterFolder);
        CommentStore store = new CommentStore(charterFolder);
        for (DemoThread demo : parse(json)) {
            String text = charter.readSection(demo.section());
            DemoComment first = demo.comments().get(0);
            CommentThread thread = store.startThread(Anchors.forParagraph(demo.section(), text, demo.paragraph()),
                    first.text(), first.author());
            for (DemoComment reply : demo.comments().subList(1, demo.comments().size())) {
                store.reply(thread.id(), reply.text(), reply.author());
            }
            if (demo.resolved()) {
                store.resolve(thread.id(), demo.comments().get(demo.comments().size() - 1).author());
            }
        }
    }

    private static List<DemoThread> parse(String json) {
        try {
            return List.of(JSON.readValue(json, DemoThread[].class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The demo comments resource is not valid JSON", e);
        }
    }
}
