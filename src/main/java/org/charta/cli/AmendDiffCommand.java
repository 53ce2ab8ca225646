package org.charta.cli;

import org.charta.core.ChartaException;
import org.charta.core.amend.AmendmentSummary;
import org.charta.core.amend.Amendments;
import org.charta.core.charter.Charter;
import org.charta.core.charter.Manifest;
import org.charta.core.charter.ManifestStore;
import org.charta.core.charter.SectionEntry;
import org.charta.core.git.CharterRepository;
import org.charta.core.git.History;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code charta amend diff}: the words an amendment changes, section by section, from the commit it is compared
 * with (its merge base with the text it merges into) to its tip, in the format of {@code charta diff}.
 */
@Command(name = "diff")
final class AmendDiffCommand extends CliCommand {

    @Parameters(index = "0", paramLabel = "ID", descriptionKey = "param.amend.id")
    private String id;

    @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto", descriptionKey = "option.color")
    private DiffCommand.ColourMode colour;

    @Option(names = {"-U", "--unified"}, paramLabel = "N", defaultValue = "0", descriptionKey = "option.unified")
    private int context;

    @Override
    int run() throws Exception {
        if (context < 0) {
            throw new ChartaException("cli.error.contextInvalid", String.valueOf(context));
        }
        Charter charter = openCharter();
        boolean painted = colour == DiffCommand.ColourMode.ALWAYS
                || (colour == DiffCommand.ColourMode.AUTO && cli().terminal());
        // TODO: print through the paragraph comparison (moves, numbers of both versions) once it is in core.
        WordDiffPrinter printer = new WordDiffPrinter(painted, context);
        try (CharterRepository repository = CharterRepository.open(charter.folder())) {
            AmendmentSummary summary = Amendments.summary(repository, id);
            String base = Amendments.comparisonBase(repository, id);
            Manifest oldManifest = manifestAt(repository, base);
            Manifest newManifest = manifestAt(repository, summary.tip());
            if (summary.changedSections().isEmpty()) {
                cli().say("amend.diff.none", id);
            }
            for (String sectionId : summary.changedSections()) {
                String oldPath = oldManifest.section(sectionId).map(SectionEntry::path).orElse(null);
                String newPath = newManifest.section(sectionId).map(SectionEntry::path).orElse(null);
                cli().say("amend.diff.section", sectionId, newPath != null ? newPath : oldPath);
                printer.print(textAt(repository, base, oldPath), textAt(repository, summary.tip(), newPath),
                        cli().out());
            }
        }
        return ExitCodes.OK;
    }

    private static Manifest manifestAt(CharterRepository repository, String commit) throws ChartaException {
        String json = History.readAt(repository, commit, ManifestStore.FILE_NAME).orElse(null);
        if (json == null) {
            return new Manifest();
        }
        return ManifestStore.parseResource(json, commit + ":" + ManifestStore.FILE_NAME);
    }

    private static String textAt(CharterRepository repository, String commit, String path) throws ChartaException {
        return path == null ? "" : History.readAt(repository, commit, path).orElse("");
    }
}
