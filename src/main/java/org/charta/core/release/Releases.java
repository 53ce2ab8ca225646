package org.charta.core.release;

import org.charta.core.ChartaException;
import org.charta.core.Identity;
import org.charta.core.diff.CharterComparison;
import org.charta.core.git.CharterRepository;

import java.util.List;

/**
 * Releases of the main text: tag one with notes, list them, draft the notes from the amendments adopted since the
 * previous release, and compare any two. Off the JavaFX thread.
 */
public final class Releases {

    private Releases() {
    }

    /**
     * Tags the local main text as a release; only a coordinator. The next sync shares the tag.
     *
     * @throws ChartaException {@code error.release.nameEmpty}, {@code error.release.exists} naming the release,
     *                         {@code error.release.notCoordinator}
     */
    public static Release tag(CharterRepository repository, String name, String notes, Identity by)
            throws ChartaException {
        throw new UnsupportedOperationException("TODO");
    }

    /** Every release, newest first. */
    public static List<Release> list(CharterRepository repository) throws ChartaException {
        throw new UnsupportedOperationException("TODO");
    }

    /** Notes listing the amendments merged since the previous release, each with its tally. */
    public static String draftNotes(CharterRepository repository) throws ChartaException {
        throw new UnsupportedOperationException("TODO");
    }

    /**
     * Compares two releases (by name or tag; {@code main} names the current main text) section by section.
     *
     * @throws ChartaException {@code error.release.notFound} naming the value and listing the releases
     */
    public static CharterComparison compare(CharterRepository repository, String from, String to)
            throws ChartaException {
        throw new UnsupportedOperationException("TODO");
    }
}
