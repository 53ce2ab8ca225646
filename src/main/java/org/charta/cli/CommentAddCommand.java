package org.charta.cli;

import org.charta.core.Identity;
import org.charta.core.amend.Deliberation;
import org.charta.core.charter.Charter;
import org.charta.core.charter.Section;
import org.charta.core.comment.Anchor;
import org.charta.core.comment.Anchors;
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
 * or, with {@code --amendment}, on a whole amendment ({@code TEXT}), optionally as an argument for or against it.
 */
@Command(name = "add")
final class CommentAddCommand extends CliCommand {

    @Option(names = "--amendment", paramLabel = "ID", descriptionKey = "option.comment.amendment")
    private String amendment;

    @Option(names = "--stance", paramLabel = "for|against", descriptionKey = "option.comment.stance")
    private Stance stance;

    @Parameters(arity = "1..*", paramLabel = "ARGUMENTS", descriptionKey = "param.comment.arguments")
    private List<String> words;

    @Override
    int run() throws Exception {
        if (amendment != null) {
            return addOnAmendment();
        }
        if (stance != null) {
            throw new ParameterException(spec().commandLine(), cli().text("error.stanceWithoutAmendment"));
        }
        if (words.size() < 3) {
            throw new ParameterException(spec().commandLine(), cli().text("error.commentArguments"));
        }
        String sectionId = words.get(0);
        int paragraph = paragraphNumber(words.get(1));
        String text = CommentText.of(words.subList(2, words.size()));

        Charter charter = openCharter();
        Section section = charter.section(sectionId);
        Anchor anchor = Anchors.forParagraph(section.id(), charter.readSection(section.id()), paragraph);
        Identity author = identityFor(charter.folder());

        CommentThread thread = new CommentStore(charter.folder()).startThread(anchor, text, author);
        cli().say("comment.added", thread.id(), paragraph, section.id());
        return ExitCodes.OK;
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

    private int paragraphNumber(String value) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new ParameterException(spec().commandLine(), cli().text("error.paragraphNotNumber", value));
        }
    }
}
