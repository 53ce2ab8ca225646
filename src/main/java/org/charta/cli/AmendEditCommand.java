package org.charta.cli;

import org.charta.core.amend.AmendmentSummary;
import org.charta.core.amend.Amendments;
import org.charta.core.charter.Charter;
import org.charta.core.git.CharterRepository;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code charta amend edit}: checks out an amendment so that the editor and {@code charta record} change it, or
 * the main text again with {@code --main}. Pending work is recorded on the text that was checked out first.
 */
@Command(name = "edit")
final class AmendEditCommand extends CliCommand {

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Which which;

    /** The text to edit: one amendment, or the main text. */
    static final class Which {

        @Parameters(index = "0", paramLabel = "ID", descriptionKey = "param.amend.id")
        String id;

        @Option(names = "--main", descriptionKey = "option.amend.main")
        boolean main;
    }

    @Override
    int run() throws Exception {
        Charter charter = openCharter();
        try (CharterRepository repository = CharterRepository.open(charter.folder())) {
            String id = which.main ? null : which.id;
            Amendments.switchTo(repository, id, identity(repository));
            if (id == null) {
                cli().say("amend.editingMain");
            } else {
                AmendmentSummary summary = Amendments.summary(repository, id);
                cli().say("amend.editing", summary.record().title(), id);
            }
        }
        return ExitCodes.OK;
    }
}
