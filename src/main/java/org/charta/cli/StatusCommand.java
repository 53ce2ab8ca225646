package org.charta.cli;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.charta.core.amend.Amendments;
import org.charta.core.charter.Charter;
import org.charta.core.git.CharterRepository;
import org.charta.core.git.ConflictRef;
import org.charta.core.git.Incoming;
import org.charta.core.git.IncomingChanges;
import org.charta.core.git.RepositoryStatus;
import org.charta.core.transport.Authenticated;
import org.charta.core.transport.RemoteAccess;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.List;

/**
 * {@code charta status}: the charter, its sections, unrecorded changes, remote, last commit, and the sections
 * others changed on the remote (fetched first with {@code --fetch}, else as of the last fetch).
 */
@Command(name = "status")
final class StatusCommand extends CliCommand {

    @Option(names = "--json", descriptionKey = "option.json")
    private boolean json;

    @Option(names = "--fetch", descriptionKey = "option.fetch")
    private boolean fetch;

    @Override
    int run() throws Exception {
        Charter charter = openCharter();
        RepositoryStatus status;
        Incoming incoming;
        String amendment;
        try (CharterRepository repository = CharterRepository.open(charter.folder())) {
            incoming = fetch ? fetchIncoming(repository) : IncomingChanges.pending(repository);
            status = repository.status();
            amendment = Amendments.current(repository).orElse(null);
        }
        StatusJson report = new StatusJson(charter.title(), charter.folder().toString(), amendment,
                SectionsCommand.SectionJson.of(charter.sections()), status.uncommittedPaths(), status.ahead(),
                status.behind(), status.hasRemote() ? status.remoteUrl() : null, status.indexLocked(),
                status.headCommit(), ConflictJson.of(status.conflicts()), IncomingJson.of(incoming));
        if (json) {
            Json.print(cli().out(), report);
        } else {
            printText(report);
        }
        return ExitCodes.OK;
    }

    /** Fetches with the command line's credentials: prompts, or the CHARTA_* variables under --no-prompt. */
    private Incoming fetchIncoming(CharterRepository repository) throws Exception {
        try (RemoteAccess access = CliRemoteAccess.create(cli(), root().noPrompt())) {
            return Authenticated.run(access, attempt -> IncomingChanges.fetch(repository, attempt));
        }
    }

    private void printText(StatusJson report) {
        CliContext cli = cli();
        PrintWriter out = cli.out();
        cli.say("status.charter", report.charter());
        cli.say("status.folder", report.folder());
        if (report.amendment() == null) {
            cli.say("status.editingMain");
        } else {
            cli.say("status.editingAmendment", report.amendment());
        }
        cli.say("status.sections", report.sections().size());
        cli.say(report.head() == null ? "status.noHead" : "status.head", String.valueOf(report.head()));
        if (report.remote() == null) {
            cli.say("status.noRemote");
        } else {
            cli.say("status.remote", report.remote(), report.ahead(), report.behind());
        }
        if (report.uncommitted().isEmpty()) {
            cli.say("status.clean");
        } else {
            cli.say("status.uncommitted", report.uncommitted().size());
            report.uncommitted().forEach(path -> out.println("  " + TerminalText.safeLine(path)));
        }
        if (report.indexLocked()) {
            cli.say("status.indexLocked");
        }
        printIncoming(report.incoming());
        for (ConflictJson conflict : report.conflicts()) {
            String commit = conflict.commit().substring(0, Math.min(7, conflict.commit().length()));
            if (conflict.paths().isEmpty()) {
                cli.say("status.conflictNoPaths", commit, conflict.ref());
            } else {
                List<String> paths = conflict.paths().stream().map(TerminalText::safeLine).toList();
                cli.say("status.conflict", commit, conflict.ref(), String.join(", ", paths));
            }
        }
    }

    private void printIncoming(IncomingJson incoming) {
        CliContext cli = cli();
        if ("offline".equals(incoming.outcome())) {
            cli.say("status.incomingOffline");
        } else if ("cancelled".equals(incoming.outcome())) {
            cli.say("status.incomingCancelled");
        }
        if (incoming.commits() == 0) {
            cli.say("status.incomingNone");
        } else {
            List<String> sections = incoming.sections().stream().map(TerminalText::safeLine).toList();
            cli.say("status.incoming", incoming.commits(), String.join(", ", sections));
        }
        if (incoming.amendments() > 0) {
            cli.say("status.incomingAmendments", incoming.amendments());
        }
    }

    /** The {@code --json} output of {@code status}. */
    @JsonPropertyOrder({"charter", "folder", "amendment", "sections", "uncommitted", "ahead", "behind", "remote",
            "indexLocked", "head", "conflicts", "incoming"})
    record StatusJson(String charter, String folder, String amendment, List<SectionsCommand.SectionJson> sections,
                      List<String> uncommitted, int ahead, int behind, String remote, boolean indexLocked,
                      String head, List<ConflictJson> conflicts, IncomingJson incoming) {
    }

    /**
     * The shared changes waiting for the checked-out branch in the {@code --json} output: how the fetch ended
     * ({@code last-fetch} without {@code --fetch}), the commit count, the ids of the changed sections, the authors,
     * and the number of amendment branches with new commits on the remote.
     */
    @JsonPropertyOrder({"outcome", "commits", "sections", "authors", "amendments"})
    record IncomingJson(String outcome, int commits, List<String> sections, List<String> authors, int amendments) {

        static IncomingJson of(Incoming incoming) {
            return new IncomingJson(incoming.outcome().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
                    incoming.commits(), incoming.sectionIds(), incoming.authors(), incoming.amendments());
        }
    }

    /** One unresolved conflict in the {@code --json} output: the ref, the full id of the shared commit, the files. */
    @JsonPropertyOrder({"ref", "commit", "paths"})
    record ConflictJson(String ref, String commit, List<String> paths) {

        static List<ConflictJson> of(List<ConflictRef> conflicts) {
            return conflicts.stream().map(conflict -> new ConflictJson(conflict.ref(), conflict.commit(),
                    conflict.paths())).toList();
        }
    }
}
