package org.charta.core.git;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The shared commits waiting on {@code origin/main} that {@code HEAD} does not contain yet, as of the last fetch.
 *
 * @param outcome           how the fetch ended, or {@link IncomingOutcome#LAST_FETCH} when nothing was fetched
 * @param commits           commits on {@code origin/main} that {@code HEAD} lacks
 * @param sectionIds        sections whose file or manifest entry differs between the merge base and
 *                          {@code origin/main}, in the remote's reading order, deleted sections last
 * @param authorsBySection  names of the authors who changed each of those sections, newest commit first; a
 *                          section changed only by merge commits has an empty list
 * @param manifestChanged   whether {@code charter.json} differs between the merge base and {@code origin/main}
 * @param authors           names of the authors of the waiting commits, newest first, each once
 */
public record Incoming(IncomingOutcome outcome, int commits, List<String> sectionIds,
                       Map<String, List<String>> authorsBySection, boolean manifestChanged, List<String> authors) {

    public Incoming {
        sectionIds = List.copyOf(sectionIds);
        Map<String, List<String>> copy = new LinkedHashMap<>();
        authorsBySection.forEach((id, names) -> copy.put(id, List.copyOf(names)));
        authorsBySection = Collections.unmodifiableMap(copy);
        authors = List.copyOf(authors);
    }

    /** Returns a result with nothing waiting. */
    public static Incoming nothing(IncomingOutcome outcome) {
        return new Incoming(outcome, 0, List.of(), Map.of(), false, List.of());
    }

    /** Returns the same counts with another outcome. */
    public Incoming withOutcome(IncomingOutcome value) {
        return new Incoming(value, commits, sectionIds, authorsBySection, manifestChanged, authors);
    }

    /** Returns whether any shared commit waits to be merged. */
    public boolean isEmpty() {
        return commits == 0;
    }
}
