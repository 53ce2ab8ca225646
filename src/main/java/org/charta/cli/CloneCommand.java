package org.charta.cli;

import org.charta.core.charter.Charter;
import org.charta.core.git.CharterRepository;
import org.charta.core.git.RemoteSync;
import org.charta.core.transport.Authenticated;
import org.charta.core.transport.RemoteAccess;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;

/** {@code charta clone}: copies a shared charter into a new or empty folder. */
@Command(name = "clone")
final class CloneCommand extends CliCommand {

    @Parameters(index = "0", paramLabel = "URL", descriptionKey = "param.url")
    private String url;

    @Parameters(index = "1", paramLabel = "DIR", descriptionKey = "param.clone.dir")
    private Path folder;

    @Override
    int run() throws Exception {
        // Progress goes to the error stream, and only on a terminal, so that scripts see a clean output.
        Path target = folder.toAbsolutePath().normalize();
        String address = RemoteAddress.resolve(url);
        try (RemoteAccess access = CliRemoteAccess.create(cli(), root().noPrompt());
             CharterRepository repository = Authenticated.run(access,
                     attempt -> RemoteSync.cloneCharter(attempt, address, target))) {
            Charter charter = Charter.open(repository.folder());
            cli().say("clone.done", charter.title(), charter.folder(), charter.manifest().sections().size());
        }
        return ExitCodes.OK;
    }
}
