package org.charta.cli;

import org.charta.core.charter.Charter;
import org.charta.core.git.CharterRepository;
import org.charta.core.git.RemoteSync;
import org.charta.core.git.SyncResult;
import picocli.CommandLine.Command;

/** {@code charta sync}: records pending work, then fetches, merges and pushes with the shared remote. */
@Command(name = "sync")
final class SyncCommand extends CliCommand {

    @Override
    int run() throws Exception {
        Charter charter = openCharter();
        try (CharterRepository repository = CharterRepository.open(charter.folder())) {
            SyncResult result = RemoteSync.sync(repository, identity(repository), cli().text("sync.pendingMessage"));
            return new SyncReport(cli()).report(result, repository.status().remoteUrl());
        }
    }
}
