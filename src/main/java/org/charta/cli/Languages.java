package org.charta.cli;

import org.charta.core.charter.LanguageTags;
import org.charta.core.i18n.Messages;
import picocli.CommandLine;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Language tags given with {@code --language}. */
final class Languages {

    /** Language of a charter when no {@code --language} is given. */
    static final String DEFAULT = "en";

    private Languages() {
    }

    static List<String> orDefault(List<String> languages) {
        return languages == null || languages.isEmpty() ? List.of(DEFAULT) : List.copyOf(languages);
    }

    /**
     * Returns the tag in its canonical form, or empty when it is not a well-formed BCP 47 tag; see
     * {@link LanguageTags#canonical}.
     */
    static Optional<String> canonical(String tag) {
        return LanguageTags.canonical(tag);
    }

    /**
     * Checks {@code --language} while the arguments are parsed, so that a malformed tag is a usage error before
     * anything is written to the manifest.
     */
    static final class TagConverter implements CommandLine.ITypeConverter<String> {

        @Override
        public String convert(String value) {
            return canonical(value).orElseThrow(() -> new RootCommand.InvalidValueException(
                    Messages.format(Locale.getDefault(), "cli.error.languageInvalid", value)));
        }
    }
}
