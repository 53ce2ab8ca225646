package org.charta.cli;

import org.charta.core.ChartaException;
import org.charta.core.Identity;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * The {@code charta} command: the options every subcommand accepts, and the list of subcommands. Run without
 * a subcommand it prints its usage and exits with {@link ExitCodes#USAGE}.
 */
@Command(name = "charta",
        synopsisSubcommandLabel = "COMMAND",
        subcommands = {
                InitCommand.class,
                ImportCommand.class,
                SectionsCommand.class,
                StatusCommand.class,
                RecordCommand.class,
                PublishCommand.class,
                CloneCommand.class,
                SyncCommand.class,
                ResolveCommand.class,
                LogCommand.class,
                DiffCommand.class,
                CommentCommand.class,
                TranslateCommand.class,
                AmendCommand.class,
                MemberCommand.class,
                VoteCommand.class,
                ReleaseCommand.class,
                UnlockCommand.class
        })
final class RootCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--charter", paramLabel = "DIR", scope = ScopeType.INHERIT, descriptionKey = "option.charter")
    private Path charter;

    @Option(names = "--as", paramLabel = "IDENTITY", scope = ScopeType.INHERIT,
            converter = IdentityText.class, descriptionKey = "option.as")
    private String as;

    @Option(names = {"-v", "--verbose"}, scope = ScopeType.INHERIT, descriptionKey = "option.verbose")
    private boolean verbose;

    @Option(names = "--no-prompt", scope = ScopeType.INHERIT, descriptionKey = "option.noPrompt")
    private boolean noPrompt;

    @Option(names = {"-h", "--help"}, usageHelp = true, scope = ScopeType.INHERIT, descriptionKey = "option.help")
    private boolean help;

    private final CliContext context;

    RootCommand(CliContext context) {
        this.context = context;
    }

    CliContext context() {
        return context;
    }

    /** Returns the charter folder: {@code --charter}, or the current folder. */
    Path charterFolder() {
        Path folder = charter == null ? Path.of("") : charter;
        return folder.toAbsolutePath().normalize();
    }

    /** Returns the {@code --as} value, already checked to be {@code "Name <email>"}. */
    Optional<String> identityOverride() {
        return Optional.ofNullable(as);
    }

    /** Whether {@code --no-prompt} forbids asking for credentials and host keys. */
    boolean noPrompt() {
        return noPrompt;
    }

    boolean verbose() {
        return verbose;
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(context.err());
        return ExitCodes.USAGE;
    }

    /**
     * Checks {@code --as} while the arguments are parsed, so that a malformed identity is a usage error before
     * any command starts. The value stays a string because the core resolves it together with Git's
     * configuration.
     */
    static final class IdentityText implements CommandLine.ITypeConverter<String> {

        @Override
        public String convert(String value) {
            try {
                Identity.parse(value);
                return value;
            } catch (ChartaException e) {
                throw new InvalidValueException(e.localizedMessage(Locale.getDefault()));
            }
        }
    }

    /** A malformed option value, such as {@code --as}, whose message is already a whole sentence from the bundle. */
    static final class InvalidValueException extends CommandLine.TypeConversionException {

        InvalidValueException(String message) {
            super(message);
        }
    }
}
