package org.charta.cli;

import org.charta.core.ChartaException;
import org.charta.core.Identity;
import org.charta.core.charter.Charter;
import org.charta.core.git.CharterRepository;
import org.charta.core.git.Identities;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** Base of every subcommand: access to the run's context and global options, and the exit code of a run. */
abstract class CliCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    CommandSpec spec() {
        return spec;
    }

    RootCommand root() {
        return (RootCommand) spec.root().userObject();
    }

    CliContext cli() {
        return root().context();
    }

    /** Opens the charter named by {@code --charter} or the current folder, checking its manifest and sections. */
    Charter openCharter() throws ChartaException {
        return Charter.open(root().charterFolder());
    }

    /** Resolves the author of commits and comments in a folder that may not be a repository yet. */
    Identity identityFor(Path folder) throws ChartaException {
        if (CharterRepository.isRepository(folder)) {
            try (CharterRepository repository = CharterRepository.open(folder)) {
                return identity(repository);
            }
        }
        return identity(null);
    }

    /** Resolves the author of commits and comments: {@code --as}, else Git's user.name and user.email. */
    Identity identity(CharterRepository repository) throws ChartaException {
        String override = root().identityOverride().orElse(null);
        if (repository != null) {
            return Identities.resolve(repository.repository(), override);
        }
        return Identities.resolve(null, override);
    }

    @Override
    public final Integer call() throws Exception {
        return run();
    }

    /** Runs the command and returns its exit code; a {@link ChartaException} becomes one line on stderr. */
    abstract int run() throws Exception;
}
