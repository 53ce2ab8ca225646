package org.charta.core.release;

/**
 * A release: an annotated tag on the main text.
 *
 * @param name   the name a person gave, such as {@code Draft 2}
 * @param tag    the tag's name in Git, a slug of the name such as {@code draft-2}
 * @param commit the tagged commit, 40 hex digits
 * @param tagger who tagged it, {@code Name <email>}
 * @param date   when, an ISO-8601 instant
 * @param notes  the release notes, the tag message after its first line
 */
public record Release(String name, String tag, String commit, String tagger, String date, String notes) {
}
