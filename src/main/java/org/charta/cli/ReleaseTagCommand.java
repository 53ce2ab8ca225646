package org.charta.cli;

import org.charta.core.charter.Charter;
import org.charta.core.git.CharterRepository;
import org.charta.core.release.Release;
import org.charta.core.release.Releases;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.List;

/**
 * {@code charta release tag NAME [--notes TEXT]}: tags the local main text as a release. Without {@code --notes}
 * the notes are drafted from the amendments merged since the previous release.
 */
@Command(name = "tag")
final class ReleaseTagCommand extends CliCommand {

    @Parameters(index = "0..*", arity = "1..*", paramLabel = "NAME", descriptionKey = "param.release.name")
    private List<String> words;

    @Option(names = "--notes", paramLabel = "TEXT", descriptionKey = "option.release.notes")
    private String notes;

    @Override
    int run() throws Exception {
        Charter charter = openCharter();
        try (CharterRepository repository = CharterRepository.open(charter.folder())) {
            String releaseNotes = notes != null ? notes : Releases.draftNotes(repository, cli().locale());
            Release release = Releases.tag(repository, String.join(" ", words), releaseNotes, identity(repository));
            cli().say("release.tagged", release.name(), release.tag(), release.commit().substring(0, 7));
            if (!release.notes().isEmpty()) {
                cli().say("release.notes");
                cli().out().println("  " + TerminalText.safe(release.notes()).replace("\n", "\n  "));
            }
        }
        return ExitCodes.OK;
    }
}
