package org.charta.cli;

import org.charta.core.charter.Charter;
import org.charta.core.git.CharterRepository;
import org.charta.core.release.Release;
import org.charta.core.release.Releases;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.time.Instant;
import java.util.List;

/** {@code charta release list [--json]}: the releases of the main text, newest first. */
@Command(name = "list")
final class ReleaseListCommand extends CliCommand {

    @Option(names = "--json", descriptionKey = "option.json")
    private boolean json;

    @Override
    int run() throws Exception {
        Charter charter = openCharter();
        List<Release> releases;
        try (CharterRepository repository = CharterRepository.open(charter.folder())) {
            releases = Releases.list(repository);
        }

        if (json) {
            Json.print(cli().out(), releases);
        } else if (releases.isEmpty()) {
            cli().say("release.none");
        } else {
            for (Release release : releases) {
                String line = String.join("  ", release.tag(), release.name(),
                        CliDates.format(Instant.parse(release.date()), cli().locale()), release.tagger(),
                        release.commit().substring(0, 7));
                cli().out().println(TerminalText.safeLine(line));
            }
        }
        return ExitCodes.OK;
    }
}
