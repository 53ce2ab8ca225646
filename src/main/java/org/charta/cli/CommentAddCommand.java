package org.charta.cli;

import org.charta.core.Identity;
import org.charta.core.amend.Deliberation;
import org.charta.core.charter.Charter;
import org.charta.core.charter.Section;
import org.charta.core.comment.Anchor;
import org.charta.core.comment.CommentStore;
import org.charta.core.comment.CommentThread;
import org.charta.core.comment.Stance;
import org.charta.core.git.CharterRepository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

import java.util.List;

/**
 * {@code charta comment add}: starts a thread on a whole paragraph of a section ({@code SECTION PARAGRAPH TEXT}),
 * on a phrase of that paragraph with {@code --quote}, or, with {@code --amendment}, on a whole amendment
 * ({@code TEXT}), optionally as an argument for or against it.
 */
@Command(name = "add")
final class CommentAddCommand extends CliCommand {

    @Option(names = "--amendment", paramLabel = "ID", descriptionKey = "option.comment.amendment")
    private String amendment;

    @Option(names = "--stance", paramLabel = "for|against", descriptionKey = "option.comment.stance")
    private Stance stance;

    @Option(names = "--quote", paramLabel = "TEXT", descriptionKey = "option.comment.quote")
    private String quote;

    @Option(names = "--occurrence", paramLabel = "N", descriptionKey = "option.comment.occurrence")
    private Integer occurrence;

    @Parameters(arity = "1..*", paramLabel = "ARGUMENTS", descriptionKey = "param.comment.arguments")
    private List<String> words;

    @Override
    int run() throws Exception {
        if (occurrence != null && quote == null) {
            throw new ParameterException(spec().commandLine(), cli().text("error.occurrenceWithoutQuote"));
        }
        if (amendment != null) {
            if (quote != null) {
                throw new ParameterException(spec().commandLine(), cli().text("error.quoteWithAmendment"));
            }
            return addOnAmendment();
        }
        if (stance != null) {
            throw new ParameterException(spec().commandLine(), cli().text("error.stanceWithoutAmendment"));
        }
        if (words.size() < 3) {
            throw new ParameterException(spec().commandLine(), cli().text("error.commentArguments"));
        }
        String sectionId = sectionId(words.get(0));
        int paragraph = CommentAnchors.paragraphNumber(spec().commandLine(), cli(), words.get(1));
        String text = CommentText.of(words.subList(2, words.size()));

        Charter charter = openCharter();
        Section section = charter.section(sectionId);
        Anchor anchor = CommentAnchors.anchor(section.id(), charter.readSection(section.id()), paragraph, quote,
                occurrence);
        Identity author = identityFor(charter.folder());

        CommentThread thread = new CommentStore(charter.folder()).startThread(anchor, text, author);
        if (quote == null) {
            cli().say("comment.added", thread.id(), paragraph, section.id());
        } else {
            cli().say("comment.addedOnPhrase", thread.id(), paragraph, section.id(), anchor.quote());
        }
        return ExitCodes.OK;
    }

    /** Canonicalises a language version's tag, as {@link SectionIdConverter} does for a {@code SECTION} parameter. */
    private String sectionId(String argument) {
        try {
            return SectionIdConverter.canonical(argument);
        } catch (RootCommand.InvalidValueException e) {
            throw new ParameterException(spec().commandLine(), e.getMessage());
        }
    }

    private int addOnAmendment() throws Exception {
        String text = CommentText.of(words);
        Stance chosen = stance == null ? Stance.NONE : stance;
        Charter charter = openCharter();
        try (CharterRepository repository = CharterRepository.open(charter.folder())) {
            CommentThread thread = Deliberation.startThread(repository, amendment, text, chosen,
                    identity(repository));
            cli().say("comment.amendmentAdded", thread.id(), amendment, chosen.ordinal());
        }
        return ExitCodes.OK;
    }
}
