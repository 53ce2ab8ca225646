package org.charta.cli;

import org.charta.core.amend.AmendmentRecord;
import org.charta.core.amend.Amendments;
import org.charta.core.charter.Charter;
import org.charta.core.git.CharterRepository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code charta amend new}: starts an amendment from the main text or from another amendment and checks it out.
 * Prints only the new id on standard output, so a script can capture it.
 */
@Command(name = "new")
final class AmendNewCommand extends CliCommand {

    @Parameters(index = "0..*", arity = "1..*", paramLabel = "TITLE", descriptionKey = "param.amend.title")
    private List<String> words;

    @Option(names = "--rationale", paramLabel = "TEXT", descriptionKey = "option.amend.rationale")
    private String rationale;

    @Option(names = "--section", paramLabel = "ID", descriptionKey = "option.amend.section")
    private List<String> sections = new ArrayList<>();

    @Option(names = "--from", paramLabel = "ID", descriptionKey = "option.amend.from")
    private String from;

    @Override
    int run() throws Exception {
        Charter charter = openCharter();
        try (CharterRepository repository = CharterRepository.open(charter.folder())) {
            AmendmentRecord record = Amendments.create(repository, String.join(" ", words), rationale, sections,
                    from, identity(repository));
            cli().out().println(record.id());
            cli().sayError("amend.created", record.title(), record.id());
        }
        return ExitCodes.OK;
    }
}
