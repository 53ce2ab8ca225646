package org.charta.core.git;

import org.charta.core.ChartaException;
import org.charta.core.io.ControlCharacters;
import org.charta.core.merge.Choice;
import org.charta.core.merge.Conflict;
import org.charta.core.merge.Resolution;

import java.util.List;
import java.util.Map;

/** Checks the choices made for conflicts and writes them down in the merge commit that settles them. */
final class ChoiceRules {

    private ChoiceRules() {
    }

    /**
     * Throws {@code error.merge.choiceNotAllowed} when the conflict does not offer the choice, and
     * {@code error.merge.controlCharacter} when an edited text breaks the {@link ControlCharacters} rule.
     */
    static void requireAllowed(Conflict conflict, Resolution resolution) throws ChartaException {
        if (!conflict.allows(resolution.choice())) {
            throw new ChartaException("error.merge.choiceNotAllowed",
                    resolution.choice().name().toLowerCase(java.util.Locale.ROOT), where(conflict));
        }
        if (resolution.choice() == Choice.EDITED) {
            ControlCharacters.reject(resolution.text(), "error.merge.controlCharacter");
        }
    }

    /**
     * Returns the lines that the merge commit message adds for the settled conflicts, one per conflict, such as
     * {@code "sections/article-4.md ¶2: kept theirs"}, so the history records who chose what.
     */
    static String summary(List<Conflict> conflicts, Map<String, Resolution> choices) {
        StringBuilder lines = new StringBuilder();
        for (Conflict conflict : conflicts) {
            Resolution resolution = choices.get(conflict.id());
            if (resolution != null) {
                lines.append(where(conflict)).append(": ").append(verb(resolution.choice())).append('\n');
            }
        }
        return lines.toString();
    }

    /** Names the place of a conflict in English for logs and commit messages: the path, then the paragraph. */
    static String where(Conflict conflict) {
        return conflict.paragraph() > 0 ? conflict.path() + " ¶" + conflict.paragraph() : conflict.path();
    }

    private static String verb(Choice choice) {
        return switch (choice) {
            case MINE -> "kept the local version";
            case THEIRS -> "kept the shared version";
            case BOTH -> "kept both versions";
            case EDITED -> "edited by hand";
        };
    }
}
