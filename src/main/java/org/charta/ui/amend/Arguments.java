package org.charta.ui.amend;

import org.charta.core.ChartaException;
import org.charta.core.Identity;
import org.charta.core.amend.Deliberation;
import org.charta.core.comment.Comment;
import org.charta.core.comment.CommentThread;
import org.charta.core.comment.Stance;
import org.charta.ui.app.CharterSession;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads and adds the comments of an amendment's deliberation through core, on the serial lane: the threads on the
 * whole amendment first, then those on the paragraphs of its text, each labelled with its paragraph.
 */
final class Arguments {

    private Arguments() {
    }

    static List<Argument> read(CharterSession session, String amendmentId, AmendmentLabels labels)
            throws ChartaException {
        List<Argument> arguments = new ArrayList<>();
        for (CommentThread thread : Deliberation.amendmentThreads(session.repository(), amendmentId)) {
            add(arguments, thread, null);
        }
        for (CommentThread thread : Deliberation.paragraphThreads(session.repository(), amendmentId)) {
            add(arguments, thread, labels.position(labels.section(thread.sectionId()), thread.anchor().paragraph()));
        }
        return arguments;
    }

    /** Starts a thread on the whole amendment with this comment and stance. */
    static void add(CharterSession session, String amendmentId, String text, Stance stance, Identity author)
            throws ChartaException {
        Deliberation.startThread(session.repository(), amendmentId, text, stance, author);
    }

    /** Starts a thread on a paragraph of the amendment's text with this comment and stance. */
    static void addOnParagraph(CharterSession session, String amendmentId, String sectionId, int paragraph,
                               String text, Stance stance, Identity author) throws ChartaException {
        Deliberation.startParagraphThread(session.repository(), amendmentId, sectionId, paragraph, text, stance,
                author);
    }

    private static void add(List<Argument> arguments, CommentThread thread, String paragraph) {
        for (Comment comment : thread.comments()) {
            if (comment.kind() == Comment.Kind.COMMENT) {
                arguments.add(new Argument(thread.id(), comment.authorName(), comment.text(), comment.stance(),
                        comment.created(), paragraph));
            }
        }
    }
}
