package org.charta.cli;

import org.charta.core.ChartaException;
import org.charta.core.Identity;
import org.charta.core.charter.Charter;
import org.charta.core.comment.CommentStore;
import org.charta.core.comment.CommentThread;
import org.charta.core.comment.LocatedThread;
import org.charta.core.comment.OrphanHistory;
import org.charta.core.comment.ThreadFilter;
import org.charta.core.git.CharterRepository;
import org.charta.core.governance.Governance;
import org.charta.core.governance.Member;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.ArrayList;
import java.nio.file.Files;
import java.util.List;
import java.util.stream.Collectors;
import java.util.Set;
import java.util.Map;

/**
 * {@code charta comment list}: the threads of the charter or of one section, each with the paragraph its anchor
 * is found in now. Open threads by default; {@code --mine}, {@code --mentioning-me}, {@code --text-changed} and
 * {@code --orphaned} narrow the list further. With {@code --amendment}, the deliberation on that amendment instead.
 */
@Command(name = "list")
final class CommentListCommand extends CliCommand {

    @Parameters(index = "0", arity = "0..1", paramLabel = "SECTION", converter = SectionIdConverter.class,
            descriptionKey = "param.comment.section")
    private String sectionId;

    @Option(names = "--json", descriptionKey = "option.json")
    private boolean json;

    @Option(names = "--amendment", paramLabel = "ID", descriptionKey = "option.comment.listAmendment")
    private String amendment;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    private StateFilter state;

    @Option(names = "--mine", descriptionKey = "option.comment.mine")
    private boolean mine;

    @Option(names = "--mentioning-me", descriptionKey = "option.comment.mentioningMe")
    private boolean mentioningMe;

    @Option(names = "--text-changed", descriptionKey = "option.comment.textChanged")
    private boolean textChanged;

    @Option(names = "--orphaned", descriptionKey = "option.comment.orphaned")
    private boolean orphaned;

    /** Open, resolved or both: at most one of the three options. */
    static final class StateFilter {

        @Option(names = "--all", descriptionKey = "option.comment.all")
        boolean all;

        @Option(names = "--open", descriptionKey = "option.comment.open")
        boolean open;

        @Option(names = "--resolved", descriptionKey = "option.comment.resolved")
        boolean resolved;
    }

    @Override
    int run() throws Exception {
        Charter charter = openCharter();
        if (amendment != null) {
            return new AmendmentCommentList(cli(), json).print(charter.folder(), amendment);
        }
        CharterThreads threads = CharterThreads.of(charter);
        List<LocatedThread> located = threads.located(sectionId);
        long unreadableFolders = unreadableThreadFolders(threads.store());
        if (unreadableFolders > 0) {
            cli().sayError("comment.unreadableThreads", unreadableFolders, CommentStore.COMMENTS_FOLDER);
        }

        List<ThreadFilter> filters = filters();
        Identity me = needsIdentity(filters) ? identityFor(charter.folder()) : null;
        List<Member> members = filters.contains(ThreadFilter.MENTIONING_ME) ? members(charter) : List.of();
        List<LocatedThread> listed = located.stream()
                .filter(thread -> filters.stream().allMatch(filter -> filter.test(thread, me, members)))
                .toList();
        Map<String, OrphanHistory.Removal> removals = threads.removals(listed);

        if (json) {
            Json.print(cli().out(), listed.stream().map(thread -> ThreadJson.of(thread, removals.get(thread.id())))
                    .toList());
        } else if (listed.isEmpty()) {
            cli().say("comment.none");
        } else {
            ThreadPrinter printer = new ThreadPrinter(cli());
            listed.forEach(thread -> printer.printSummary(thread, removals.get(thread.id())));
        }
        return ExitCodes.OK;
    }

    /** Counts the thread folders that gave no thread: every file in them, or the folder itself, was unreadable. */
    private static long unreadableThreadFolders(CommentStore store) throws ChartaException {
        Set<String> readable = store.threads().stream().map(CommentThread::id).collect(Collectors.toSet());
        return store.unreadableFiles().stream()
                .map(path -> Files.isDirectory(path) ? path : path.getParent())
                .map(folder -> folder.getFileName().toString())
                .filter(id -> !readable.contains(id))
                .distinct()
                .count();
    }

    /** Returns the filters every listed thread passes: the state (open by default), then the chosen narrowings. */
    private List<ThreadFilter> filters() {
        List<ThreadFilter> filters = new ArrayList<>();
        if (state == null || state.open) {
            filters.add(ThreadFilter.OPEN);
        } else if (state.resolved) {
            filters.add(ThreadFilter.RESOLVED);
        }
        if (mine) {
            filters.add(ThreadFilter.MINE);
        }
        if (mentioningMe) {
            filters.add(ThreadFilter.MENTIONING_ME);
        }
        if (textChanged) {
            filters.add(ThreadFilter.TEXT_CHANGED);
        }
        if (orphaned) {
            filters.add(ThreadFilter.ORPHANED);
        }
        return filters;
    }

    private static boolean needsIdentity(List<ThreadFilter> filters) {
        return filters.contains(ThreadFilter.MINE) || filters.contains(ThreadFilter.MENTIONING_ME);
    }

    /** Reads the members from the main text's manifest, as every membership check does. */
    private static List<Member> members(Charter charter) throws ChartaException {
        try (CharterRepository repository = CharterRepository.open(charter.folder())) {
            return Governance.ofMainText(repository).members();
        }
    }
}
