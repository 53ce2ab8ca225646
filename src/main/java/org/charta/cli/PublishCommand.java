package org.charta.cli;

import org.charta.core.Identity;
import org.charta.core.charter.Charter;
import org.charta.core.git.CharterRepository;
import org.charta.core.git.RemoteSync;
import org.charta.core.git.SyncOutcome;
import org.charta.core.git.SyncResult;
import org.charta.core.transport.Authenticated;
import org.charta.core.transport.RemoteAccess;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code charta publish}: shares the charter through an empty remote, which becomes {@code origin}. */
@Command(name = "publish")
final class PublishCommand extends CliCommand {

    @Parameters(index = "0", paramLabel = "URL", descriptionKey = "param.url")
    private String url;

    @Override
    int run() throws Exception {
        Charter charter = openCharter();
        String address = RemoteAddress.resolve(url);
        try (CharterRepository repository = CharterRepository.open(charter.folder());
             RemoteAccess access = CliRemoteAccess.create(cli(), root().noPrompt())) {
            Identity author = identity(repository);
            SyncResult result = Authenticated.run(access,
                    attempt -> RemoteSync.publish(attempt, repository, address, author));
            String shown = RemoteSync.displayAddress(address);
            if (result.outcome() == SyncOutcome.SYNCED) {
                cli().say("publish.done", shown);
                return ExitCodes.OK;
            }
            return new SyncReport(cli()).report(result, shown);
        }
    }
}
