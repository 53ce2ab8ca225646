package org.charta.cli;

import org.charta.core.ChartaException;
import org.charta.core.charter.Charter;
import org.charta.core.charter.Section;
import org.charta.core.diff.DiffSegment;
import org.charta.core.diff.WordDiff;
import org.charta.core.git.CharterRepository;
import org.charta.core.git.History;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.List;

/**
 * {@code charta diff}: the word-level changes of one section. Without a revision it compares {@code HEAD} with
 * the working file; with one, that revision with the working file; with two, the first with the second.
 */
@Command(name = "diff")
final class DiffCommand extends CliCommand {

    /** When to colour the output. */
    enum ColourMode {
        AUTO,
        ALWAYS,
        NEVER
    }

    @Parameters(index = "0", paramLabel = "SECTION", descriptionKey = "param.section")
    private String sectionId;

    @Parameters(index = "1", arity = "0..1", paramLabel = "REV1", descriptionKey = "param.diff.rev1")
    private String oldRevision;

    @Parameters(index = "2", arity = "0..1", paramLabel = "REV2", descriptionKey = "param.diff.rev2")
    private String newRevision;

    @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto", descriptionKey = "option.color")
    private ColourMode colour;

    @Override
    int run() throws Exception {
        Charter charter = openCharter();
        Section section = charter.section(sectionId);
        String oldText;
        String newText;
        try (CharterRepository repository = CharterRepository.open(charter.folder())) {
            oldText = textAt(repository, oldRevision == null ? "HEAD" : oldRevision, section);
            newText = newRevision == null
                    ? charter.readSection(section.id()) : textAt(repository, newRevision, section);
        }

        List<DiffSegment> segments = WordDiff.diff(oldText, newText);
        boolean painted = colour == ColourMode.ALWAYS || (colour == ColourMode.AUTO && cli().terminal());
        new WordDiffPrinter(painted).print(segments, cli().out());
        return ExitCodes.OK;
    }

    /** Reads the section's file at a revision; a revision before the section existed gives an empty text. */
    private static String textAt(CharterRepository repository, String revision, Section section)
            throws ChartaException {
        return History.readAt(repository, revision, section.path()).orElse("");
    }
}
