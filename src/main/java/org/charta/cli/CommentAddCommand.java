package org.charta.cli;

import org.charta.core.Identity;
import org.charta.core.charter.Charter;
import org.charta.core.charter.Section;
import org.charta.core.comment.Anchor;
import org.charta.core.comment.Anchors;
import org.charta.core.comment.CommentStore;
import org.charta.core.comment.CommentThread;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.util.List;

/** {@code charta comment add}: starts a thread on a whole paragraph of a section. */
@Command(name = "add")
final class CommentAddCommand extends CliCommand {

    @Parameters(index = "0", paramLabel = "SECTION", descriptionKey = "param.section")
    private String sectionId;

    @Parameters(index = "1", paramLabel = "PARAGRAPH", descriptionKey = "param.paragraph")
    private int paragraph;

    @Parameters(index = "2..*", arity = "1..*", paramLabel = "TEXT", descriptionKey = "param.comment.text")
    private List<String> words;

    @Override
    int run() throws Exception {
        String text = CommentText.of(words);
        Charter charter = openCharter();
        Section section = charter.section(sectionId);
        Anchor anchor = Anchors.forParagraph(section.id(), charter.readSection(section.id()), paragraph);
        Identity author = identityFor(charter.folder());

        CommentThread thread = new CommentStore(charter.folder()).startThread(anchor, text, author);
        cli().say("comment.added", thread.id(), paragraph, section.id());
        return ExitCodes.OK;
    }
}
