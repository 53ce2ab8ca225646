package org.charta.cli;

import org.charta.core.ChartaException;
import org.charta.core.charter.Charter;
import org.charta.core.comment.LocatedThread;
import org.charta.core.comment.ThreadExport;
import org.charta.core.io.AtomicFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * {@code charta comment export}: the threads of a section or of the whole charter, open and resolved, as a
 * Markdown report or as CSV for a meeting. The report goes to standard output (also with {@code --output -}), or
 * with {@code --output} to a file written atomically, which must not exist yet unless {@code --force} is given.
 */
@Command(name = "export")
final class CommentExportCommand extends CliCommand {

    private static final Logger LOG = LoggerFactory.getLogger(CommentExportCommand.class);

    /** The {@code --output} value that means standard output, as in most command-line tools. */
    private static final String STANDARD_OUTPUT = "-";

    /** The report formats. */
    enum Format {
        MARKDOWN,
        CSV
    }

    @Parameters(index = "0", arity = "0..1", paramLabel = "SECTION", converter = SectionIdConverter.class,
            descriptionKey = "param.comment.exportSection")
    private String sectionId;

    @Option(names = "--format", paramLabel = "markdown|csv", descriptionKey = "option.comment.format")
    private Format format;

    @Option(names = "--output", paramLabel = "FILE", descriptionKey = "option.comment.output")
    private Path output;

    @Option(names = "--force", descriptionKey = "option.comment.force")
    private boolean force;

    @Override
    int run() throws Exception {
        Path file = toStandardOutput() ? null : output.toAbsolutePath().normalize();
        if (file != null) {
            checkWritable(file);
        }
        Charter charter = openCharter();
        CharterThreads threads = CharterThreads.of(charter);
        List<LocatedThread> located = threads.located(sectionId);

        String report = chosenFormat() == Format.CSV
                ? ThreadExport.csv(located, threads::title)
                : ThreadExport.markdown(located, threads::title, cli().locale());
        if (file == null) {
            cli().out().print(terminalSafe(report));
            cli().out().flush();
            return ExitCodes.OK;
        }
        write(file, report);
        cli().say("comment.exported", located.size(), file.toString());
        return ExitCodes.OK;
    }

    /**
     * Escapes control characters in co-authors' text, because standard output is often a terminal. A file keeps the
     * exact text. The CSV line ends ({@code CR LF}) stay as they are.
     */
    private static String terminalSafe(String report) {
        return Arrays.stream(report.split("\r\n", -1))
                .map(TerminalText::safe)
                .collect(Collectors.joining("\r\n"));
    }

    /** Returns whether the report goes to standard output: without {@code --output}, or with {@code --output -}. */
    private boolean toStandardOutput() {
        return output == null || output.toString().equals(STANDARD_OUTPUT);
    }

    /** Returns {@code --format}, else CSV for an output file named {@code *.csv}, else Markdown. */
    private Format chosenFormat() {
        if (format != null) {
            return format;
        }
        boolean csvFile = output != null
                && output.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv");
        return csvFile ? Format.CSV : Format.MARKDOWN;
    }

    /**
     * Rejects an output path before any work, so that a bad path writes nothing.
     * NOTE: a file that another program creates between this check and the write is replaced.
     */
    private void checkWritable(Path file) throws ChartaException {
        if (Files.isDirectory(file)) {
            throw new ChartaException("cli.error.outputIsFolder", file.toString());
        }
        if (Files.exists(file) && !force) {
            throw new ChartaException("cli.error.outputExists", file.toString());
        }
        Path folder = file.getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            throw new ChartaException("cli.error.outputFolderMissing", folder.toString(), file.getFileName());
        }
    }

    private static void write(Path file, String report) throws ChartaException {
        try {
            AtomicFiles.writeString(file, report);
            LOG.info("Exported comment threads to {}", file);
        } catch (IOException e) {
            throw new ChartaException(e, "error.file.writeFailed", file.toString(), e.getMessage());
        }
    }
}
