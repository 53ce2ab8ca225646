package org.charta.cli;

import java.util.List;

/** Language tags given with {@code --language}. */
final class Languages {

    /** Language of a charter when no {@code --language} is given. */
    static final String DEFAULT = "en";

    private Languages() {
    }

    static List<String> orDefault(List<String> languages) {
        return languages == null || languages.isEmpty() ? List.of(DEFAULT) : List.copyOf(languages);
    }
}
