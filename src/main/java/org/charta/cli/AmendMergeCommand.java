package org.charta.cli;

import org.charta.core.amend.AmendmentMerge;
import org.charta.core.amend.Amendments;
import org.charta.core.charter.Charter;
import org.charta.core.git.CharterRepository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code charta amend merge}: merges an adopted amendment into the main text with a real merge commit. Only a
 * coordinator. Conflicts wait for {@code charta resolve}, and the merge completes when the last one has a choice.
 */
@Command(name = "merge")
final class AmendMergeCommand extends CliCommand {

    @Parameters(index = "0", paramLabel = "ID", descriptionKey = "param.amend.id")
    private String id;

    @Override
    int run() throws Exception {
        Charter charter = openCharter();
        try (CharterRepository repository = CharterRepository.open(charter.folder())) {
            String title = Amendments.summary(repository, id).record().title();
            AmendmentMerge outcome = Amendments.merge(repository, id, identity(repository));
            return AmendmentMergeReport.print(cli(), AmendmentMergeReport.Kind.MERGE, title, id, outcome);
        }
    }
}
