package org.charta.cli;

import org.charta.core.charter.Charter;
import org.charta.core.diff.CharterComparison;
import org.charta.core.diff.DiffText;
import org.charta.core.git.CharterRepository;
import org.charta.core.release.Releases;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code charta release diff A B [--json]}: compares two releases (or a release and {@code main}) section by
 * section. The text output lists the changed sections and, in each, the changed paragraphs with their word diff.
 */
@Command(name = "diff")
final class ReleaseDiffCommand extends CliCommand {

    @Parameters(index = "0", paramLabel = "A", descriptionKey = "param.release.from")
    private String from;

    @Parameters(index = "1", paramLabel = "B", descriptionKey = "param.release.to")
    private String to;

    @Option(names = "--json", descriptionKey = "option.json")
    private boolean json;

    @Option(names = "--layout-only", descriptionKey = "option.release.layoutOnly")
    private boolean layoutOnly;

    @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto", descriptionKey = "option.color")
    private DiffCommand.ColourMode colour;

    @Override
    int run() throws Exception {
        Charter charter = openCharter();
        CharterComparison comparison;
        try (CharterRepository repository = CharterRepository.open(charter.folder())) {
            comparison = Releases.compare(repository, from, to);
        }

        if (json) {
            Json.print(cli().out(), ComparisonJson.of(from, to, comparison));
            return ExitCodes.OK;
        }
        boolean painted = colour == DiffCommand.ColourMode.ALWAYS
                || (colour == DiffCommand.ColourMode.AUTO && cli().terminal());
        DiffText.Options options = new DiffText.Options(cli().locale(), painted, layoutOnly, TerminalText::safe);
        cli().out().print(DiffText.render(comparison, options));
        return ExitCodes.OK;
    }
}
