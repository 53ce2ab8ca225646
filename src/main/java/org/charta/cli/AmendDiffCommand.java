package org.charta.cli;

import org.charta.core.amend.AmendmentSummary;
import org.charta.core.amend.Amendments;
import org.charta.core.charter.Charter;
import org.charta.core.diff.CharterComparison;
import org.charta.core.diff.Comparisons;
import org.charta.core.diff.DiffText;
import org.charta.core.git.CharterRepository;
import org.eclipse.jgit.lib.ObjectId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code charta amend diff}: the paragraphs an amendment changes, section by section, from the commit it is
 * compared with (its merge base with the text it merges into) to its tip, in the format of {@code release diff}.
 */
@Command(name = "diff")
final class AmendDiffCommand extends CliCommand {

    @Parameters(index = "0", paramLabel = "ID", descriptionKey = "param.amend.id")
    private String id;

    @Option(names = "--layout-only", descriptionKey = "option.release.layoutOnly")
    private boolean layoutOnly;

    @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto", descriptionKey = "option.color")
    private DiffCommand.ColourMode colour;

    @Override
    int run() throws Exception {
        Charter charter = openCharter();
        CharterComparison comparison;
        try (CharterRepository repository = CharterRepository.open(charter.folder())) {
            AmendmentSummary summary = Amendments.summary(repository, id);
            String base = Amendments.comparisonBase(repository, id);
            comparison = Comparisons.between(repository.repository(), ObjectId.fromString(base),
                    ObjectId.fromString(summary.tip()));
        }
        boolean painted = colour == DiffCommand.ColourMode.ALWAYS
                || (colour == DiffCommand.ColourMode.AUTO && cli().terminal());
        DiffText.Options options = new DiffText.Options(cli().locale(), painted, layoutOnly, TerminalText::safe);
        cli().out().print(DiffText.render(comparison, options));
        return ExitCodes.OK;
    }
}
