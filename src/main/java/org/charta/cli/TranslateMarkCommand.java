package org.charta.cli;

import org.charta.core.Identity;
import org.charta.core.charter.Charter;
import org.charta.core.charter.LanguageTags;
import org.charta.core.io.MessageValues;
import org.charta.core.translation.LanguageVersion;
import org.charta.core.translation.Translations;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/**
 * {@code charta translate mark-current SECTION LANGUAGE PARAGRAPH}: records that a translation paragraph follows
 * the current source again (PARAGRAPH as {@code translate status} prints it: a number, or
 * {@code h2} for the second heading); {@code --all-outdated} does so for every outdated paragraph of the translation.
 */
@Command(name = "mark-current")
final class TranslateMarkCommand extends CliCommand {

    @Parameters(index = "0", paramLabel = "SECTION", descriptionKey = "param.translate.section")
    private String sectionId;

    @Parameters(index = "1", paramLabel = "LANGUAGE", converter = Languages.TagConverter.class,
            descriptionKey = "param.translate.language")
    private String language;

    @Parameters(index = "2", arity = "0..1", paramLabel = "PARAGRAPH", descriptionKey = "param.translate.paragraph")
    private String paragraph;

    @Option(names = "--all-outdated", descriptionKey = "option.translate.allOutdated")
    private boolean allOutdated;

    @Override
    int run() throws Exception {
        if (allOutdated == (paragraph != null)) {
            throw new ParameterException(spec().commandLine(), cli().text("error.markArguments"));
        }
        Charter charter = openCharter();
        Identity author = identityFor(charter.folder());

        String versionId = new LanguageVersion(sectionId, LanguageTags.canonical(language).orElse(language)).id();
        if (allOutdated) {
            int marked = Translations.markAllOutdated(charter, sectionId, language, author);
            if (marked == 0) {
                cli().say("translate.nothingOutdated", versionId);
            } else {
                cli().say("translate.markedAll", marked, versionId);
            }
            return ExitCodes.OK;
        }
        String address = asciiDigits(paragraph.strip());
        if (!address.matches("(?i)h?[0-9]+")) {
            throw new ParameterException(spec().commandLine(),
                    cli().text("error.paragraphAddressInvalid", MessageValues.shorten(paragraph)));
        }
        boolean written = Translations.markCurrent(charter, sectionId, language, address, author);
        cli().say(written ? "translate.marked" : "translate.alreadyCurrent",
                ParagraphNumbers.formatAddress(address, cli().locale()), versionId);
        return ExitCodes.OK;
    }

    /**
     * Returns the address with every decimal digit in ASCII, so that a paragraph typed as the Arabic output
     * writes it ({@code ٣}) means the same as {@code 3}.
     */
    private static String asciiDigits(String address) {
        StringBuilder ascii = new StringBuilder(address.length());
        address.codePoints().forEach(c -> ascii.appendCodePoint(
                Character.isDigit(c) ? '0' + Character.digit(c, 10) : c));
        return ascii.toString();
    }
}
