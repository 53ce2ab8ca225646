package org.charta.core.git;

import java.time.Instant;

/**
 * One commit as the history view shows it.
 *
 * @param id          the full commit id
 * @param shortId     the abbreviated commit id
 * @param message     the full commit message
 * @param authorName  the author's name
 * @param authorEmail the author's e-mail address
 * @param time        when the author made the change
 */
public record Revision(String id, String shortId, String message, String authorName, String authorEmail,
                       Instant time) {
}
