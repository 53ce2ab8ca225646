package org.charta.ui.conflict;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.IntegerBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import org.charta.core.merge.Choice;
import org.charta.core.merge.Conflict;
import org.charta.core.merge.ConflictKind;
import org.charta.core.merge.Resolution;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The state of the conflict dialog: the conflicts, the choice made for each so far and the conflict on show.
 * It contains no control, so tests and the view read the same properties.
 */
final class ConflictChoices {

    private final List<Conflict> conflicts;
    private final ObservableMap<String, Resolution> resolutions = FXCollections.observableHashMap();
    private final IntegerProperty selected = new SimpleIntegerProperty(-1);
    private final IntegerBinding resolvedCount;
    private final BooleanBinding allResolved;

    /**
     * @param chosenSoFar choices from an earlier opening, by {@link Conflict#id()}; a choice for an id that is not
     *                    in {@code conflicts}, or one that its conflict does not allow, is left out
     */
    ConflictChoices(List<Conflict> conflicts, Map<String, Resolution> chosenSoFar) {
        this.conflicts = List.copyOf(conflicts);
        for (Conflict conflict : this.conflicts) {
            Resolution earlier = chosenSoFar.get(conflict.id());
            if (earlier != null && isAllowed(conflict, earlier.choice())) {
                resolutions.put(conflict.id(), earlier);
            }
        }
        resolvedCount = Bindings.createIntegerBinding(resolutions::size, resolutions);
        allResolved = resolvedCount.isEqualTo(this.conflicts.size());
        if (!this.conflicts.isEmpty()) {
            selected.set(firstUnresolvedOr(0));
        }
    }

    List<Conflict> conflicts() {
        return conflicts;
    }

    ObservableMap<String, Resolution> resolutions() {
        return resolutions;
    }

    Optional<Resolution> resolution(Conflict conflict) {
        return Optional.ofNullable(resolutions.get(conflict.id()));
    }

    /** Index of the conflict on show, or -1 when there is none. */
    IntegerProperty selectedProperty() {
        return selected;
    }

    Optional<Conflict> selectedConflict() {
        int index = selected.get();
        return index < 0 || index >= conflicts.size() ? Optional.empty() : Optional.of(conflicts.get(index));
    }

    IntegerBinding resolvedCountBinding() {
        return resolvedCount;
    }

    BooleanBinding allResolvedBinding() {
        return allResolved;
    }

    /**
     * Stores a choice for a conflict.
     *
     * @return whether the stored choice changed
     * @throws IllegalArgumentException when the conflict does not allow the choice
     */
    boolean choose(Conflict conflict, Resolution resolution) {
        if (!isAllowed(conflict, resolution.choice())) {
            throw new IllegalArgumentException("Choice " + resolution.choice() + " is not offered for " + conflict.id());
        }
        return !resolution.equals(resolutions.put(conflict.id(), resolution));
    }

    void selectNext() {
        if (selected.get() < conflicts.size() - 1) {
            selected.set(selected.get() + 1);
        }
    }

    void selectPrevious() {
        if (selected.get() > 0) {
            selected.set(selected.get() - 1);
        }
    }

    static boolean isAllowed(Conflict conflict, Choice choice) {
        return conflict.allows(choice);
    }

    /**
     * Returns the text that a resolution keeps, as the result area shows it: null where the resolution keeps no file
     * (a deleted section or file).
     *
     * <p>NOTE: for {@link Choice#BOTH} this is a preview: the two kept texts, the local one first, separated by a
     * blank line as two Markdown paragraphs are. The merge writes the file, so its layout decides in the end.
     */
    static String resultText(Conflict conflict, Resolution resolution) {
        return switch (resolution.choice()) {
            case MINE -> conflict.mineResult();
            case THEIRS -> conflict.theirsResult();
            case EDITED -> resolution.text();
            case BOTH -> joinBoth(conflict.mineResult(), conflict.theirsResult());
        };
    }

    /** Returns which side deleted a section, for a {@link ConflictKind#SECTION_DELETED} conflict. */
    static Choice deletingSide(Conflict conflict) {
        return conflict.mine() == null ? Choice.MINE : Choice.THEIRS;
    }

    private static String joinBoth(String first, String second) {
        if (first == null || first.isBlank()) {
            return second;
        }
        if (second == null || second.isBlank()) {
            return first;
        }
        if (first.endsWith("\n\n")) {
            return first + second;
        }
        if (first.endsWith("\n")) {
            return first + "\n" + second;
        }
        return first + "\n\n" + second;
    }

    private int firstUnresolvedOr(int fallback) {
        for (int index = 0; index < conflicts.size(); index++) {
            if (!resolutions.containsKey(conflicts.get(index).id())) {
                return index;
            }
        }
        return fallback;
    }
}
