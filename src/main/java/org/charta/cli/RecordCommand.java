package org.charta.cli;

import org.charta.core.ChartaException;
import org.charta.core.charter.Charter;
import org.charta.core.git.CharterRepository;
import org.eclipse.jgit.lib.ObjectId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.Optional;

/** {@code charta record}: records every change in the charter folder as one commit. */
@Command(name = "record")
final class RecordCommand extends CliCommand {

    @Option(names = {"-m", "--message"}, required = true, paramLabel = "MESSAGE", descriptionKey = "option.message")
    private String message;

    @Override
    int run() throws Exception {
        Charter charter = openCharter();
        if (message.isBlank()) {
            throw new ChartaException("cli.error.messageEmpty");
        }
        try (CharterRepository repository = CharterRepository.open(charter.folder())) {
            Optional<ObjectId> commit = repository.record(message.strip(), identity(repository));
            if (commit.isEmpty()) {
                cli().say("record.nothing");
            } else {
                cli().say("record.done", commit.get().abbreviate(7).name());
            }
        }
        return ExitCodes.OK;
    }
}
