package org.charta.ui.amend;

import org.charta.core.ChartaException;
import org.charta.core.Identity;
import org.charta.ui.app.CharterSession;

import java.util.List;

/** Reads and adds the comments of an amendment's deliberation, on the serial lane. */
final class Deliberation {

    private Deliberation() {
    }

    /** Returns the comments on the amendment and on the paragraphs of its diff, oldest first. */
    static List<Argument> arguments(CharterSession session, String amendmentId, AmendmentLabels labels)
            throws ChartaException {
        // TODO: read the amendment's threads and their stances once core stores them on the amendment branch.
        return List.of();
    }

    static void add(CharterSession session, String amendmentId, String text, Argument.Stance stance,
                    Identity author) throws ChartaException {
        // TODO: write the comment and its stance on the amendment branch once core can.
        throw new UnsupportedOperationException("Deliberation comments are not stored yet");
    }
}
