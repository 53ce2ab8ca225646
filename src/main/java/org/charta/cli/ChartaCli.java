package org.charta.cli;

import org.charta.core.ChartaException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.ParameterException;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The {@code charta} command line: parses the arguments with picocli, runs one command over the core, and
 * returns its exit code (see {@link ExitCodes}).
 *
 * <p>Every failure ends as one plain line on the error stream, from the message bundle in the default
 * locale, with control characters escaped by {@link TerminalText}; the stack trace goes only to the log at
 * DEBUG, which {@code --verbose} shows.
 */
public final class ChartaCli {

    private static final Logger LOG = LoggerFactory.getLogger(ChartaCli.class);

    private ChartaCli() {
    }

    /**
     * Runs the command line on the process's standard streams, written as UTF-8 like Git's own output, in the
     * language that {@link CliLocale} chooses from the JVM's default locale and the environment.
     *
     * @return the exit code; this method never calls {@link System#exit(int)}
     */
    public static int execute(String[] args) {
        Locale locale = CliLocale.forProcess();
        if (!locale.equals(Locale.getDefault())) {
            LOG.debug("Output language {} taken from the environment instead of {}", locale, Locale.getDefault());
            Locale.setDefault(locale);
        }
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        return execute(args, out, err, System.console() != null);
    }

    /** Runs the command line with its output and errors written to the given writers, without colours. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        return execute(args, out, err, false);
    }

    private static int execute(String[] args, PrintWriter out, PrintWriter err, boolean terminal) {
        try (CliLogging logging = CliLogging.start(err)) {
            CliContext context = new CliContext(out, err, Locale.getDefault(), terminal);
            RootCommand root = new RootCommand(context);
            CommandLine commandLine = createCommandLine(root, context);
            commandLine.setExecutionStrategy(parseResult -> {
                if (root.verbose()) {
                    logging.verbose();
                }
                return new CommandLine.RunLast().execute(parseResult);
            });
            int exitCode = commandLine.execute(args);
            if (exitCode != ExitCodes.OK) {
                logging.dropHeldLines();
            }
            return exitCode;
        } finally {
            out.flush();
            err.flush();
        }
    }

    private static CommandLine createCommandLine(RootCommand root, CliContext context) {
        CommandLine commandLine = new CommandLine(root);
        commandLine.setResourceBundle(new CliBundle(context.locale()));
        commandLine.setHelpFactory(SpaceWrappingHelp::new);
        commandLine.setOut(context.out());
        commandLine.setErr(context.err());
        commandLine.setColorScheme(Help.defaultColorScheme(context.terminal() ? Help.Ansi.AUTO : Help.Ansi.OFF));
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setParameterExceptionHandler((error, args) -> usageError(error, context));
        commandLine.setExecutionExceptionHandler((error, failed, parseResult) -> failure(error, context));
        return commandLine;
    }

    private static int usageError(ParameterException error, CliContext context) {
        LOG.debug("Invalid arguments", error);
        // TODO: picocli writes its own parse errors ("Unknown option: '--frob'") in English only; the
        // surrounding sentence is localized, the inner message is not.
        String message = error.getCause() instanceof RootCommand.InvalidValueException invalid
                ? invalid.getMessage() : sentence(error.getMessage());
        if (error instanceof CommandLine.UnmatchedArgumentException unmatched
                && !unmatched.getSuggestions().isEmpty()) {
            message = message + " " + context.text("error.suggestion", String.join(", ", unmatched.getSuggestions()));
        }
        String command = error.getCommandLine().getCommandSpec().qualifiedName();
        context.err().println(TerminalText.safeLine(oneLine(context.text("error.usage", oneLine(message), command))));
        return ExitCodes.USAGE;
    }

    /** Ends picocli's messages, which have no final full stop, like the bundle's sentences. */
    private static String sentence(String text) {
        String stripped = String.valueOf(text).strip();
        return stripped.endsWith(".") || stripped.endsWith("?") ? stripped : stripped + ".";
    }

    private static int failure(Exception error, CliContext context) {
        if (error instanceof ChartaException chartaError) {
            LOG.debug("Command failed: {}", chartaError.getMessage(), chartaError);
            context.err().println(TerminalText.safeLine(oneLine(CliErrors.message(chartaError, context.locale()))));
        } else {
            LOG.debug("Command failed unexpectedly", error);
            context.err().println(TerminalText.safeLine(oneLine(context.text("error.unexpected",
                    String.valueOf(error)))));
        }
        return ExitCodes.FAILURE;
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s*\\R\\s*", " ").strip();
    }
}
