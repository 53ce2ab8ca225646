package org.charta.core.git;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The shared commits waiting on the shared version of the checked-out branch ({@code origin/main}, or
 * {@code origin/amendments/<id>} while an amendment is checked out) that {@code HEAD} does not contain yet, as of the
 * last fetch.
 *
 * @param outcome           how the fetch ended, or {@link IncomingOutcome#LAST_FETCH} when nothing was fetched
 * @param commits           commits on the shared version that {@code HEAD} lacks
 * @param sectionIds        sections whose file or manifest entry differs between the merge base and the shared
 *                          version, in the remote's reading order, deleted sections last
 * @param authorsBySection  names of the authors who changed each of those sections, newest commit first; a
 *                          section changed only by merge commits has an empty list
 * @param manifestChanged   whether {@code charter.json} differs between the merge base and the shared version
 * @param authors           names of the authors of the waiting commits, newest first, each once
 * @param amendments        amendment branches on {@code origin} with commits that the local branch of the same
 *                          amendment lacks, or that have no local branch yet; the next sync receives them
 */
public record Incoming(IncomingOutcome outcome, int commits, List<String> sectionIds,
                       Map<String, List<String>> authorsBySection, boolean manifestChanged, List<String> authors,
                       int amendments) {

    public Incoming {
        sectionIds = List.copyOf(sectionIds);
        Map<String, List<String>> copy = new LinkedHashMap<>();
        authorsBySection.forEach((id, names) -> copy.put(id, List.copyOf(names)));
        authorsBySection = Collections.unmodifiableMap(copy);
        authors = List.copyOf(authors);
    }

    /** Creates a report of the checked-out branch without waiting amendments. */
    public Incoming(IncomingOutcome outcome, int commits, List<String> sectionIds,
                    Map<String, List<String>> authorsBySection, boolean manifestChanged, List<String> authors) {
        this(outcome, commits, sectionIds, authorsBySection, manifestChanged, authors, 0);
    }

    /** Returns a result with nothing waiting. */
    public static Incoming nothing(IncomingOutcome outcome) {
        return new Incoming(outcome, 0, List.of(), Map.of(), false, List.of(), 0);
    }

    /** Returns the same counts with another outcome. */
    public Incoming withOutcome(IncomingOutcome value) {
        return new Incoming(value, commits, sectionIds, authorsBySection, manifestChanged, authors, amendments);
    }

    /** Returns the same report with the number of amendment branches waiting. */
    Incoming withAmendments(int value) {
        return new Incoming(outcome, commits, sectionIds, authorsBySection, manifestChanged, authors, value);
    }

    /** Returns whether any shared commit waits to be merged into the checked-out branch. */
    public boolean isEmpty() {
        return commits == 0;
    }
}
