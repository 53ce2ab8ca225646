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

import java.nio.file.Path;

/** {@code charta sync}: records pending work, then fetches, merges and pushes with the shared remote. */
@Command(name = "sync")
final class SyncCommand extends CliCommand {

    /**
     * Message of the commit that records pending work before a sync. It goes into the history that every
     * co-author shares, whatever their language, so it stays English like Git's own merge messages.
     */
    static final String PENDING_WORK_MESSAGE = "Record changes before sync";

    @Override
    int run() throws Exception {
        // The charter is not opened: one whose manifest is invalid must still receive a fix from the remote. The
        // core checks the charter that a merge or a push would share. Only a folder without any manifest stops
        // here, with the error that opening it gives.
        Path folder = root().charterFolder();
        if (!Charter.isCharter(folder)) {
            openCharter();
        }
        try (CharterRepository repository = CharterRepository.open(folder);
             RemoteAccess access = CliRemoteAccess.create(cli(), root().noPrompt())) {
            Identity author = identity(repository);
            SyncResult result = Authenticated.run(access,
                    attempt -> RemoteSync.sync(attempt, repository, author, PENDING_WORK_MESSAGE));
            String remoteUrl = repository.status().remoteUrl();
            if (result.outcome() == SyncOutcome.REJECTED && result.remoteMoved()) {
                cli().sayError("sync.remoteMoved", String.valueOf(remoteUrl));
                return ExitCodes.REJECTED;
            }
            return new SyncReport(cli()).report(result, remoteUrl);
        }
    }
}
