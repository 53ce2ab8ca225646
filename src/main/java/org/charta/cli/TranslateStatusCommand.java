package org.charta.cli;

import org.charta.core.charter.Charter;
import org.charta.core.translation.AlignedRow;
import org.charta.core.translation.ParagraphState;
import org.charta.core.translation.TranslationStatus;
import org.charta.core.translation.Translations;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;

/**
 * {@code charta translate status [LANGUAGE]}: for each translation, counts of its paragraphs by state and, for
 * each outdated one, the word diff of the source change since it was aligned. Paragraphs are printed by address:
 * the gutter number, or {@code h1}, {@code h2}... for headings, which {@code mark-current} accepts. Always exits with 0 when the
 * charter can be read: outdated paragraphs are information, not a failure.
 */
@Command(name = "status")
final class TranslateStatusCommand extends CliCommand {

    /** Unchanged lines printed around each change of an outdated paragraph's source. */
    private static final int CONTEXT_LINES = 1;

    @Parameters(index = "0", arity = "0..1", paramLabel = "LANGUAGE",
            converter = Languages.TagConverter.class, descriptionKey = "param.translate.statusLanguage")
    private String language;

    @Option(names = "--json", descriptionKey = "option.json")
    private boolean json;

    @Override
    int run() throws Exception {
        Optional<String> tag = Optional.ofNullable(language);
        Charter charter = openCharter();
        List<TranslationStatus> statuses = Translations.overview(charter, tag);

        if (json) {
            Json.print(cli().out(), statuses.stream().map(TranslationJson::of).toList());
            return ExitCodes.OK;
        }
        if (statuses.isEmpty()) {
            if (tag.isPresent()) {
                cli().say("translate.noneInLanguage", tag.get());
            } else {
                cli().say("translate.none");
            }
            return ExitCodes.OK;
        }
        WordDiffPrinter printer = new WordDiffPrinter(cli().terminal(), CONTEXT_LINES);
        for (TranslationStatus status : statuses) {
            print(status, printer);
            if (!status.damagedRecords().isEmpty()) {
                cli().say("translate.damagedRecords", status.version().id(), status.damagedRecords().size(),
                        String.join(cli().text("list.separator"), status.damagedRecords()));
            }
        }
        return ExitCodes.OK;
    }

    private void print(TranslationStatus status, WordDiffPrinter printer) {
        String versionId = status.version().id();
        if (status.fileMissing()) {
            cli().say("translate.fileMissing", versionId, status.path());
            return;
        }
        if (status.isUpToDate()) {
            cli().say("translate.upToDate", versionId, status.path());
            return;
        }
        cli().say("translate.counts", versionId, status.path(), status.count(ParagraphState.CURRENT),
                status.count(ParagraphState.OUTDATED), status.count(ParagraphState.SOURCE_REMOVED),
                status.count(ParagraphState.UNALIGNED), status.count(ParagraphState.MISSING));
        PrintWriter out = cli().out();
        for (AlignedRow row : status.rows()) {
            switch (row.state()) {
                case OUTDATED -> {
                    String sources = ParagraphNumbers.formatAddresses(row.sourceAddresses(), cli().locale());
                    if (row.alignedRevision() == null) {
                        cli().say("translate.outdated", address(row), sources);
                    } else {
                        cli().say("translate.outdatedSinceRevision", address(row), sources,
                                shortRevision(row.alignedRevision()));
                    }
                    printer.print(row.alignedSourceText(), row.sourceText(), out);
                }
                case SOURCE_REMOVED -> cli().say("translate.sourceRemoved", address(row));
                case UNALIGNED -> cli().say("translate.unaligned", address(row));
                case MISSING -> cli().say("translate.missing",
                        ParagraphNumbers.formatAddresses(row.sourceAddresses(), cli().locale()));
                default -> {
                    // Current rows are only counted.
                }
            }
        }
    }

    private String address(AlignedRow row) {
        return ParagraphNumbers.formatAddress(row.translationAddress(), cli().locale());
    }

    /** Returns the first seven characters of a commit id, as Git abbreviates it. */
    private static String shortRevision(String revision) {
        return revision.substring(0, Math.min(7, revision.length()));
    }
}
