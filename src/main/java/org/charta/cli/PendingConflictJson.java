package org.charta.cli;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.charta.core.git.PendingMerge;
import org.charta.core.merge.Conflict;
import org.charta.core.merge.Resolution;

import java.util.ArrayList;
import java.util.List;

/** One conflict of {@code charta resolve --json}, with its number in the list and the choice made so far. */
@JsonPropertyOrder({"number", "id", "kind", "path", "section", "paragraph", "field", "choice", "base", "mine",
    "theirs"})
record PendingConflictJson(int number, String id, String kind, String path, String section, Integer paragraph,
                           String field, String choice, String base, String mine, String theirs) {

    static List<PendingConflictJson> all(PendingMerge pending) {
        List<PendingConflictJson> all = new ArrayList<>();
        for (Conflict conflict : pending.conflicts()) {
            Resolution chosen = pending.choices().get(conflict.id());
            all.add(new PendingConflictJson(all.size() + 1, conflict.id(), conflict.kind().name().toLowerCase(),
                    conflict.path(), conflict.sectionId(), conflict.paragraph() > 0 ? conflict.paragraph() : null, conflict.field(),
                    chosen == null ? null : chosen.choice().name().toLowerCase(), conflict.base(), conflict.mine(),
                    conflict.theirs()));
        }
        return all;
    }
}
