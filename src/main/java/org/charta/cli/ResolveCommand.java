package org.charta.cli;

import org.charta.core.ChartaException;
import org.charta.core.amend.AmendmentMerge;
import org.charta.core.amend.Amendments;
import org.charta.core.git.CharterRepository;
import org.charta.core.git.PendingMerge;
import org.charta.core.merge.Choice;
import org.charta.core.merge.Conflict;
import org.charta.core.merge.ConflictKind;
import org.charta.core.merge.Resolution;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.List;
import java.util.Optional;

/**
 * {@code charta resolve}: lists the conflicts of a sync that stopped, takes one choice per conflict, or aborts the
 * sync. Choices are kept until the next {@code charta sync}, which records the merge with them and sends it. The
 * conflicts of an amendment merge or update are settled the same way; the choice that settles the last one writes
 * that merge at once.
 */
@Command(name = "resolve")
final class ResolveCommand extends CliCommand {

    @Parameters(index = "0", arity = "0..1", paramLabel = "CONFLICT", descriptionKey = "param.resolve.conflict")
    private String conflict;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    private Action action;

    @Option(names = "--json", descriptionKey = "option.json")
    private boolean json;

    /** The action: at most one of the options. */
    static final class Action {

        @Option(names = "--mine", descriptionKey = "option.resolve.mine")
        boolean mine;

        @Option(names = "--theirs", descriptionKey = "option.resolve.theirs")
        boolean theirs;

        @Option(names = "--both", descriptionKey = "option.resolve.both")
        boolean both;

        @Option(names = "--text", paramLabel = "TEXT", descriptionKey = "option.resolve.text")
        String text;

        @Option(names = "--delete", descriptionKey = "option.resolve.delete")
        boolean delete;

        @Option(names = "--abort", descriptionKey = "option.resolve.abort")
        boolean abort;
    }

    @Override
    int run() throws Exception {
        try (CharterRepository repository = CharterRepository.open(root().charterFolder())) {
            Optional<PendingMerge> pending = PendingMerge.load(repository);
            if (pending.isEmpty()) {
                if (json && action == null) {
                    Json.print(cli().out(), List.of());
                } else {
                    cli().say("resolve.nothing");
                }
                return action == null ? ExitCodes.OK : ExitCodes.FAILURE;
            }
            if (action != null && action.abort) {
                return abort(repository);
            }
            if (action == null) {
                return list(pending.get());
            }
            if (conflict == null) {
                cli().sayError("resolve.whichConflict");
                return ExitCodes.USAGE;
            }
            return choose(repository, pending.get());
        }
    }

    private int abort(CharterRepository repository) throws ChartaException {
        boolean sync = PendingMerge.load(repository).map(PendingMerge::isSync).orElse(true);
        boolean restored = PendingMerge.abort(repository);
        if (!sync) {
            cli().say("resolve.abortedAmendmentMerge");
        } else {
            cli().say(restored ? "resolve.aborted" : "resolve.abortedKeepingHead");
        }
        return ExitCodes.OK;
    }

    private int list(PendingMerge pending) {
        List<Conflict> conflicts = pending.conflicts();
        if (json) {
            Json.print(cli().out(), PendingConflictJson.all(pending));
            return ExitCodes.OK;
        }
        for (int index = 0; index < conflicts.size(); index++) {
            Conflict each = conflicts.get(index);
            Resolution chosen = pending.choices().get(each.id());
            String state = chosen == null ? cli().text("resolve.state.open") : choiceText(chosen);
            cli().say("resolve.item", index + 1, TerminalText.safeLine(place(each)), state);
            printVersion("resolve.base", each, each.base());
            printVersion("resolve.mine", each, each.mine());
            printVersion("resolve.theirs", each, each.theirs());
        }
        long open = pending.unsettled().size();
        if (!pending.isSync()) {
            String purpose = pending.purpose();
            String id = purpose.substring(purpose.indexOf(':') + 1);
            cli().say("resolve.amendmentMerge", id);
            if (open == 0) {
                cli().say("resolve.amendmentAllChosen", purpose.substring(0, purpose.indexOf(':')), id);
                return ExitCodes.OK;
            }
        }
        cli().say(open == 0 ? "resolve.allChosen" : "resolve.howTo", open, conflicts.size());
        return ExitCodes.OK;
    }

    private int choose(CharterRepository repository, PendingMerge pending) throws ChartaException {
        Conflict chosen = find(pending.conflicts());
        requireOffered(chosen);
        PendingMerge updated = PendingMerge.choose(repository, chosen.id(), resolution());
        cli().say("resolve.chosen", TerminalText.safeLine(place(chosen)), choiceText(resolution()));
        int open = updated.unsettled().size();
        if (open == 0 && !updated.isSync()) {
            return finishAmendmentMerge(repository, updated);
        }
        cli().say(open == 0 ? "resolve.allChosen" : "resolve.left", open, updated.conflicts().size());
        return ExitCodes.OK;
    }

    /**
     * Writes the amendment merge or update whose last conflict just got a choice. A sync's merge waits for the next
     * {@code charta sync} instead, which also sends it.
     */
    private int finishAmendmentMerge(CharterRepository repository, PendingMerge pending) throws ChartaException {
        boolean merge = pending.purpose().startsWith("merge:");
        String id = pending.purpose().substring(pending.purpose().indexOf(':') + 1);
        String title = Amendments.summary(repository, id).record().title();
        AmendmentMerge outcome = Amendments.finishPending(repository, identity(repository));
        return AmendmentMergeReport.print(cli(), merge ? AmendmentMergeReport.Kind.MERGE
                : AmendmentMergeReport.Kind.UPDATE, title, id, outcome);
    }

    /** Finds the conflict named by its number in the list (from 1) or by the start of its id. */
    private Conflict find(List<Conflict> conflicts) throws ChartaException {
        if (conflict.matches("[0-9]{1,4}")) {
            int number = Integer.parseInt(conflict);
            if (number >= 1 && number <= conflicts.size()) {
                return conflicts.get(number - 1);
            }
        } else if (conflict.length() >= 4) {
            List<Conflict> matching = conflicts.stream().filter(c -> c.id().startsWith(conflict)).toList();
            if (matching.size() == 1) {
                return matching.get(0);
            }
        }
        throw new ChartaException("error.merge.unknownConflict", conflict);
    }

    private Resolution resolution() {
        if (action.mine) {
            return Resolution.of(Choice.MINE);
        }
        if (action.theirs) {
            return Resolution.of(Choice.THEIRS);
        }
        if (action.both) {
            return Resolution.of(Choice.BOTH);
        }
        return Resolution.edited(action.delete ? "" : action.text);
    }

    /**
     * Rejects an option that the conflict does not offer, naming the option as typed, and an empty {@code --text},
     * which would delete the paragraph without the person saying so: {@code --delete} does that.
     */
    private void requireOffered(Conflict chosen) throws ChartaException {
        String option = null;
        if (action.both && !chosen.bothAllowed()) {
            option = "--both";
        } else if (action.text != null && !chosen.editAllowed()) {
            option = "--text";
        } else if (action.delete && !chosen.editAllowed()) {
            option = "--delete";
        }
        if (option != null) {
            throw new ChartaException("error.resolve.optionNotOffered", option, place(chosen));
        }
        if (action.text != null && action.text.isBlank()) {
            throw new ChartaException("error.resolve.textEmpty", conflict);
        }
    }

    private String choiceText(Resolution resolution) {
        if (resolution.choice() == Choice.EDITED && resolution.text().isBlank()) {
            return cli().text("resolve.choice.deleted");
        }
        return cli().text("resolve.choice." + resolution.choice().name().toLowerCase());
    }

    /**
     * Prints one version of a conflict: its first line after the label, and each further line indented under the
     * first. Every line is escaped on its own, so a line break never shows as an escape.
     */
    private void printVersion(String key, Conflict shown, String text) {
        if (text == null) {
            cli().say(key, cli().text(shown.kind() == ConflictKind.SECTION_DELETED
                    ? "resolve.absent" : "resolve.absentFile"));
            return;
        }
        String readable = shown.kind() == ConflictKind.MANIFEST ? ManifestValues.readable(text) : text.strip();
        List<String> lines = readable.lines().toList();
        cli().say(key, lines.isEmpty() ? "" : lines.get(0));
        String indent = " ".repeat(cli().text(key, "").length());
        for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
            cli().out().println(indent + TerminalText.safeLine(line));
        }
    }

    /** Names a conflict for a person: its file and paragraph. */
    static String place(Conflict conflict) {
        String section = conflict.sectionId() == null ? conflict.path() : conflict.sectionId();
        if (conflict.field() != null) {
            return conflict.path() + " (" + conflict.field() + ")";
        }
        return conflict.paragraph() > 0 ? section + " ¶" + conflict.paragraph() : section;
    }
}
