package org.charta.cli;

import org.charta.core.ChartaException;
import org.charta.core.Identity;
import org.charta.core.charter.Charter;
import org.charta.core.translation.LanguageVersion;
import org.charta.core.translation.ParagraphState;
import org.charta.core.translation.TranslationStatus;
import org.charta.core.translation.Translations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code charta translate add SECTION LANGUAGE}: starts a translation of a section as a copy of its source, or
 * with {@code --from FILE} imports an existing translation aligned paragraph by paragraph.
 */
@Command(name = "add")
final class TranslateAddCommand extends CliCommand {

    private static final Logger LOG = LoggerFactory.getLogger(TranslateAddCommand.class);

    @Parameters(index = "0", paramLabel = "SECTION", descriptionKey = "param.translate.section")
    private String sectionId;

    @Parameters(index = "1", paramLabel = "LANGUAGE", converter = Languages.TagConverter.class,
            descriptionKey = "param.translate.language")
    private String language;

    @Option(names = "--from", paramLabel = "FILE", descriptionKey = "option.translate.from")
    private Path from;

    @Option(names = "--replace", descriptionKey = "option.translate.replace")
    private boolean replace;

    @Override
    int run() throws Exception {
        Charter charter = openCharter();
        Identity author = identityFor(charter.folder());

        LanguageVersion version;
        if (from == null) {
            if (replace) {
                cli().sayError("translate.replaceWithoutFrom");
                return ExitCodes.USAGE;
            }
            version = Translations.add(charter, sectionId, language, author);
        } else {
            rejectEmpty(from);
            version = Translations.importFile(charter, sectionId, language, from, author, replace);
        }

        TranslationStatus status = Translations.status(charter, version.sectionId(), version.language());
        if (from == null) {
            cli().say("translate.added", version.id(), status.path());
        } else {
            cli().say("translate.imported", version.id(), status.path(),
                    status.count(ParagraphState.CURRENT));
        }
        return ExitCodes.OK;
    }

    /**
     * Rejects an empty {@code --from} file with a message that names it; the core's message names only the
     * translation. A file that cannot be read is left to the import, which reports why.
     */
    private static void rejectEmpty(Path file) throws ChartaException {
        try {
            if (Files.isRegularFile(file) && Files.readString(file, StandardCharsets.UTF_8).isBlank()) {
                throw new ChartaException("cli.error.fromFileEmpty", file.toString());
            }
        } catch (IOException | UncheckedIOException e) {
            LOG.debug("Could not check whether {} is empty; the import reports it", file, e);
        }
    }
}
