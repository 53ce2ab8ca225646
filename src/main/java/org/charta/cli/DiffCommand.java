package org.charta.cli;

import org.charta.core.ChartaException;
import org.charta.core.charter.Charter;
import org.charta.core.charter.Section;
import org.charta.core.git.CharterRepository;
import org.charta.core.git.History;
import org.eclipse.jgit.lib.Constants;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;

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

    @Parameters(index = "0", paramLabel = "SECTION", converter = SectionIdConverter.class,
            descriptionKey = "param.section")
    private String sectionId;

    @Parameters(index = "1", arity = "0..1", paramLabel = "REV1", descriptionKey = "param.diff.rev1")
    private String oldRevision;

    @Parameters(index = "2", arity = "0..1", paramLabel = "REV2", descriptionKey = "param.diff.rev2")
    private String newRevision;

    @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto", descriptionKey = "option.color")
    private ColourMode colour;

    @Option(names = {"-U", "--unified"}, paramLabel = "N", defaultValue = "0", descriptionKey = "option.unified")
    private int context;

    @Override
    int run() throws Exception {
        if (context < 0) {
            throw new ChartaException("cli.error.contextInvalid", String.valueOf(context));
        }
        Charter charter = openCharter();
        Section section = charter.section(sectionId);
        String oldText;
        String newText;
        try (CharterRepository repository = CharterRepository.open(charter.folder())) {
            oldText = textAt(repository, oldRevision == null ? Constants.HEAD : oldRevision, section);
            newText = newRevision == null
                    ? charter.readSection(section.id()) : textAt(repository, newRevision, section);
        }

        boolean painted = colour == ColourMode.ALWAYS || (colour == ColourMode.AUTO && cli().terminal());
        new WordDiffPrinter(painted, context).print(oldText, newText, cli().out());
        return ExitCodes.OK;
    }

    /**
     * Reads the section's file at a revision. A revision before the section existed gives an empty text. Before
     * the first commit no revision resolves, and the message states that instead of calling {@code HEAD} unknown.
     */
    private static String textAt(CharterRepository repository, String revision, Section section)
            throws ChartaException {
        try {
            return History.readAt(repository, revision, section.path()).orElse("");
        } catch (ChartaException e) {
            if (e.messageKey().equals("error.git.revisionUnknown") && !hasCommit(repository)) {
                throw new ChartaException(e, "cli.error.noRecordedVersion", section.id());
            }
            throw e;
        }
    }

    private static boolean hasCommit(CharterRepository repository) {
        try {
            return repository.repository().resolve(Constants.HEAD) != null;
        } catch (IOException e) {
            // The revision error that led here is the better message, so keep it.
            return true;
        }
    }
}
