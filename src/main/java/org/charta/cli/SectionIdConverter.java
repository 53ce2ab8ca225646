package org.charta.cli;

import org.charta.core.charter.Charter;
import org.charta.core.i18n.Messages;
import org.charta.core.translation.LanguageVersion;
import picocli.CommandLine;

import java.util.Locale;

/**
 * Checks a {@code SECTION} argument while the arguments are parsed. A section id passes unchanged; a language
 * version {@code <section-id>@<language>} gets its language tag in canonical form ({@code article-3@FR} gives
 * {@code article-3@fr}), and a missing or malformed tag is a usage error that names it.
 */
final class SectionIdConverter implements CommandLine.ITypeConverter<String> {

    @Override
    public String convert(String value) {
        return canonical(value);
    }

    static String canonical(String value) {
        if (!Charter.isVersionId(value)) {
            return value;
        }
        LanguageVersion version = LanguageVersion.parse(value).orElseThrow(() -> invalid(value));
        return version.canonical().orElseThrow(() -> invalid(value)).id();
    }

    private static RootCommand.InvalidValueException invalid(String value) {
        return new RootCommand.InvalidValueException(
                Messages.format(Locale.getDefault(), "cli.error.versionIdInvalid", value));
    }
}
