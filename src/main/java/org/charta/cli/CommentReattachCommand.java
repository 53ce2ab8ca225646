package org.charta.cli;

import org.charta.core.ChartaException;
import org.charta.core.Identity;
import org.charta.core.charter.Charter;
import org.charta.core.charter.Section;
import org.charta.core.comment.Anchor;
import org.charta.core.comment.CommentStore;
import org.charta.core.comment.CommentThread;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;

/**
 * {@code charta comment reattach}: attaches a thread by hand to a paragraph, or to a phrase of it with
 * {@code --quote}, typically an orphaned thread to the text that replaced its own. The new text becomes the
 * thread's quote; the earlier quote stays in the thread's files.
 */
@Command(name = "reattach")
final class CommentReattachCommand extends CliCommand {

    @Parameters(index = "0", paramLabel = "THREAD", descriptionKey = "param.thread")
    private String threadId;

    @Parameters(index = "1", paramLabel = "SECTION", converter = SectionIdConverter.class,
            descriptionKey = "param.section")
    private String sectionId;

    @Parameters(index = "2", paramLabel = "PARAGRAPH", descriptionKey = "param.paragraph")
    private String paragraphValue;

    @Option(names = "--quote", paramLabel = "TEXT", descriptionKey = "option.comment.quote")
    private String quote;

    @Option(names = "--occurrence", paramLabel = "N", descriptionKey = "option.comment.occurrence")
    private Integer occurrence;

    @Override
    int run() throws Exception {
        if (occurrence != null && quote == null) {
            throw new ParameterException(spec().commandLine(), cli().text("error.occurrenceWithoutQuote"));
        }
        int paragraph = CommentAnchors.paragraphNumber(spec().commandLine(), cli(), paragraphValue);
        Charter charter = openCharter();
        CommentStore store = new CommentStore(charter.folder());
        CommentThread thread = CharterThreads.requireThread(charter.folder(), store, threadId);
        if (thread.anchor().isAmendment()) {
            throw new ChartaException("cli.error.threadOnAmendment", thread.id(), thread.anchor().amendment());
        }

        Section section = charter.section(sectionId);
        Anchor anchor = CommentAnchors.anchor(section.id(), charter.readSection(section.id()), paragraph, quote,
                occurrence);
        Identity author = identityFor(charter.folder());
        store.reattach(thread.id(), anchor, author);
        cli().say("comment.reattached", thread.id(), paragraph, section.id());
        return ExitCodes.OK;
    }
}
