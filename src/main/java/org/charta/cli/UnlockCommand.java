package org.charta.cli;

import org.charta.core.ChartaException;
import org.charta.core.git.CharterRepository;
import org.charta.core.git.GitLocks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * {@code charta unlock}: removes {@code .git/index.lock} when a crash left it behind. A lock that a running process
 * holds is kept and the command fails. Where the holders cannot be listed (no {@code /proc}), a lock younger than
 * {@link GitLocks#STALE_AFTER} is kept instead, and the message names its age.
 */
@Command(name = "unlock")
final class UnlockCommand extends CliCommand {

    private static final Logger LOG = LoggerFactory.getLogger(UnlockCommand.class);

    @Override
    int run() throws Exception {
        // Only the repository is opened, not the charter, so that a lock can be removed even when the manifest
        // or a section file is broken. The recovery that opening runs is skipped, because it would remove the lock
        // before this command can report it.
        try (CharterRepository repository = CharterRepository.openWithoutRecovery(root().charterFolder())) {
            Path lock = GitLocks.indexLock(repository.repository());
            Optional<Duration> age = age(lock);
            if (age.isEmpty()) {
                cli().say("unlock.notLocked", lock);
                return ExitCodes.OK;
            }
            try {
                GitLocks.removeStaleIndexLock(repository.repository());
            } catch (ChartaException e) {
                if (!e.messageKey().equals("error.git.indexLocked")) {
                    throw e;
                }
                if (GitLocks.canListHolders()) {
                    throw new ChartaException(e, "cli.error.lockHeld", lock.toString());
                }
                throw new ChartaException(e, "cli.error.lockInUse", lock.toString(), age.get().toSeconds(),
                        GitLocks.STALE_AFTER.toMinutes());
            }
            LOG.info("Removed the stale index lock {}, {} old", lock, age.get());
            cli().say("unlock.done", lock, age.get().toMinutes());
            return ExitCodes.OK;
        }
    }

    /** Returns how long ago the lock was last written, or empty when there is no lock. */
    private static Optional<Duration> age(Path lock) throws ChartaException {
        try {
            Instant modified = Files.getLastModifiedTime(lock).toInstant();
            Duration age = Duration.between(modified, Instant.now());
            // A clock that was set back gives a lock from the future; it counts as brand new.
            return Optional.of(age.isNegative() ? Duration.ZERO : age);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new ChartaException(e, "error.file.readFailed", lock.toString(), e.getMessage());
        }
    }
}
