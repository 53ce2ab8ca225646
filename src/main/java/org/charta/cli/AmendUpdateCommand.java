package org.charta.cli;

import org.charta.core.amend.AmendmentMerge;
import org.charta.core.amend.Amendments;
import org.charta.core.charter.Charter;
import org.charta.core.git.CharterRepository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code charta amend update}: merges the text an amendment came from (the main text, or the parent amendment) into
 * it with the prose-aware merge, so that it is no longer outdated. Conflicts wait for {@code charta resolve}.
 */
@Command(name = "update")
final class AmendUpdateCommand extends CliCommand {

    @Parameters(index = "0", paramLabel = "ID", descriptionKey = "param.amend.id")
    private String id;

    @Override
    int run() throws Exception {
        Charter charter = openCharter();
        try (CharterRepository repository = CharterRepository.open(charter.folder())) {
            String title = Amendments.summary(repository, id).record().title();
            AmendmentMerge outcome = Amendments.update(repository, id, identity(repository));
            return AmendmentMergeReport.print(cli(), AmendmentMergeReport.Kind.UPDATE, title, id, outcome);
        }
    }
}
