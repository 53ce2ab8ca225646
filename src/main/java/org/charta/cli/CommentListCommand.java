package org.charta.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.charta.core.charter.Charter;
import org.charta.core.charter.Section;
import org.charta.core.comment.AnchorLocation;
import org.charta.core.comment.AnchorResolver;
import org.charta.core.comment.AnchorState;
import org.charta.core.comment.Comment;
import org.charta.core.comment.CommentStore;
import org.charta.core.comment.CommentThread;
import org.charta.core.comment.Stance;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code charta comment list}: the threads of the charter or of one section, each with the paragraph its anchor
 * is found in now. Open threads by default. With {@code --amendment}, the deliberation on that amendment instead.
 */
@Command(name = "list")
final class CommentListCommand extends CliCommand {

    /** Maximum length, in code points, of a quote in the text output. {@code --json} has the whole quote. */
    private static final int QUOTE_LENGTH = 72;

    @Parameters(index = "0", arity = "0..1", paramLabel = "SECTION", descriptionKey = "param.comment.section")
    private String sectionId;

    @Option(names = "--json", descriptionKey = "option.json")
    private boolean json;

    @Option(names = "--amendment", paramLabel = "ID", descriptionKey = "option.comment.listAmendment")
    private String amendment;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    private Filter filter;

    /** Filter of the listed threads: at most one of the three options. */
    static final class Filter {

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
        if (sectionId != null) {
            charter.section(sectionId);
        }
        Map<String, String> texts = new HashMap<>();
        for (Section section : charter.sections()) {
            texts.put(section.id(), charter.readSection(section.id()));
        }

        CommentStore store = new CommentStore(charter.folder());
        List<CommentThread> threads = (sectionId == null ? store.threads() : store.threads(sectionId)).stream()
                .filter(thread -> !thread.anchor().isAmendment())
                .toList();
        Map<String, AnchorLocation> locations = AnchorResolver.locateAll(threads,
                id -> Optional.ofNullable(texts.get(id)));
        List<ThreadJson> listed = threads.stream()
                .filter(this::isListed)
                .map(thread -> ThreadJson.of(thread, locations.get(thread.id())))
                .toList();

        if (json) {
            Json.print(cli().out(), listed);
        } else if (listed.isEmpty()) {
            cli().say("comment.none");
        } else {
            listed.forEach(this::printText);
        }
        return ExitCodes.OK;
    }

    private boolean isListed(CommentThread thread) {
        if (filter != null && filter.all) {
            return true;
        }
        boolean wantResolved = filter != null && filter.resolved;
        return thread.resolved() == wantResolved;
    }

    /** Prints a thread; every text in it comes from the shared repository, so it goes through TerminalText. */
    private void printText(ThreadJson thread) {
        CliContext cli = cli();
        PrintWriter out = cli.out();
        String paragraph = thread.paragraph() == null ? "-" : String.valueOf(thread.paragraph());
        cli.say("comment.heading", thread.id(), thread.section(), paragraph,
                cli.text("comment.state." + thread.state()),
                cli.text(thread.resolved() ? "comment.resolvedState" : "comment.openState"));
        out.println("  > " + TerminalText.safeLine(shorten(thread.quote())));
        for (CommentJson comment : thread.comments()) {
            String created = CliDates.format(Instant.parse(comment.created()));
            String text = TerminalText.safe(comment.text()).replace("\n", "\n    ");
            out.println("  " + TerminalText.safeLine(comment.author()) + " (" + created + "): " + text);
        }
    }

    private static String shorten(String quote) {
        String oneLine = quote.replaceAll("\\s+", " ").strip();
        if (oneLine.codePointCount(0, oneLine.length()) <= QUOTE_LENGTH) {
            return oneLine;
        }
        return oneLine.substring(0, oneLine.offsetByCodePoints(0, QUOTE_LENGTH - 1)) + "…";
    }

    /** A thread in the {@code --json} output of {@code comment list}. */
    @JsonPropertyOrder({"id", "section", "paragraph", "state", "resolved", "quote", "comments"})
    record ThreadJson(String id, String section, Integer paragraph, String state, boolean resolved, String quote,
                      List<CommentJson> comments) {

        static ThreadJson of(CommentThread thread, AnchorLocation location) {
            AnchorState state = location.state();
            Integer paragraph = state == AnchorState.ORPHANED ? null : location.paragraph();
            return new ThreadJson(thread.id(), thread.sectionId(), paragraph, state.name().toLowerCase(Locale.ROOT),
                    thread.resolved(), thread.anchor().quote(),
                    thread.comments().stream().map(CommentJson::of).toList());
        }
    }

    /**
     * A comment in the {@code --json} output of {@code comment list}; {@code created} is ISO-8601 in UTC, and
     * {@code stance} ({@code for} or {@code against}) is left out for a comment without one.
     */
    @JsonPropertyOrder({"id", "author", "email", "created", "text", "stance"})
    record CommentJson(String id, String author, String email, String created, String text,
                       @JsonInclude(JsonInclude.Include.NON_NULL) String stance) {

        static CommentJson of(Comment comment) {
            String stance = comment.stance() == Stance.NONE ? null : comment.stance().key();
            return new CommentJson(comment.id(), comment.authorName(), comment.authorEmail(),
                    comment.created().toString(), comment.text(), stance);
        }
    }
}
