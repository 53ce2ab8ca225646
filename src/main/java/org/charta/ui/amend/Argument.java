package org.charta.ui.amend;

import org.charta.core.comment.Stance;

import java.time.Instant;

/**
 * One comment of the deliberation on an amendment, as the deliberation pane lists it.
 *
 * @param threadId  the thread the comment belongs to
 * @param author    the author's display name
 * @param text      the comment's text
 * @param stance    whether the comment argues for or against the amendment, or neither
 * @param created   when it was written
 * @param paragraph where in the diff the thread points, such as "Art. 3 ¶2", or null for the amendment as a whole
 */
public record Argument(String threadId, String author, String text, Stance stance, Instant created,
                       String paragraph) {
}
