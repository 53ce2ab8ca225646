package org.charta.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.AppenderBase;
import org.slf4j.ILoggerFactory;
import org.slf4j.LoggerFactory;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Logging for one command-line run. The log goes to the command's error stream, never to standard output, so
 * that JSON and text output stay clean.
 *
 * <p>By default only warnings and errors are logged, one line each and without stack traces, and they are held
 * back until the command ends: a command that succeeds prints them, a command that fails drops them, because
 * they are about the failure that its one error line already reports. {@code --verbose} logs Charta at DEBUG,
 * with stack traces, as it happens.
 *
 * <p>{@link #close()} puts back the appenders and levels that {@code logback.xml} configured, so that tests
 * running many commands in one JVM leave logging as they found it.
 */
final class CliLogging implements AutoCloseable {

    private static final String CHARTA_LOGGER = "org.charta";
    private static final String QUIET_PATTERN = "%-5level %logger{0} - %msg%n%nopex";
    private static final String VERBOSE_PATTERN = "%d{HH:mm:ss.SSS} %-5level %logger{0} - %msg%n%ex";

    private final LoggerContext context;
    private final PrintWriter err;
    private final List<Appender<ILoggingEvent>> savedAppenders = new ArrayList<>();
    private Level savedRootLevel;
    private Level savedChartaLevel;
    private WriterAppender appender;

    private CliLogging(LoggerContext context, PrintWriter err) {
        this.context = context;
        this.err = err;
    }

    /** Sends the log to {@code err} at WARN until {@link #close()}; does nothing when Logback is not in use. */
    static CliLogging start(PrintWriter err) {
        ILoggerFactory factory = LoggerFactory.getILoggerFactory();
        if (!(factory instanceof LoggerContext context)) {
            return new CliLogging(null, err);
        }
        CliLogging logging = new CliLogging(context, err);
        logging.install();
        return logging;
    }

    /** Logs Charta at DEBUG, with stack traces and without holding lines back, for the rest of the run. */
    void verbose() {
        if (context == null) {
            return;
        }
        root().detachAppender(appender);
        appender.stop();
        appender.flush();
        appender = newAppender(VERBOSE_PATTERN, false);
        root().addAppender(appender);
        charta().setLevel(Level.DEBUG);
    }

    /** Forgets the log lines held back so far, after a failure was reported in its own line. */
    void dropHeldLines() {
        if (appender != null) {
            appender.drop();
        }
    }

    private void install() {
        Logger root = root();
        savedRootLevel = root.getLevel();
        savedChartaLevel = charta().getLevel();
        for (Iterator<Appender<ILoggingEvent>> it = root.iteratorForAppenders(); it.hasNext(); ) {
            savedAppenders.add(it.next());
        }
        savedAppenders.forEach(root::detachAppender);

        appender = newAppender(QUIET_PATTERN, true);
        root.addAppender(appender);
        root.setLevel(Level.WARN);
        charta().setLevel(Level.WARN);
    }

    private WriterAppender newAppender(String pattern, boolean holdLines) {
        PatternLayout layout = new PatternLayout();
        layout.setContext(context);
        layout.setPattern(pattern);
        layout.start();
        WriterAppender writerAppender = new WriterAppender(err, layout, holdLines);
        writerAppender.setContext(context);
        writerAppender.setName("charta-cli");
        writerAppender.start();
        return writerAppender;
    }

    private Logger root() {
        return context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }

    private Logger charta() {
        return context.getLogger(CHARTA_LOGGER);
    }

    @Override
    public void close() {
        if (context == null) {
            return;
        }
        Logger root = root();
        root.detachAppender(appender);
        appender.stop();
        appender.flush();
        savedAppenders.forEach(root::addAppender);
        root.setLevel(savedRootLevel);
        charta().setLevel(savedChartaLevel);
    }

    /** Writes formatted events to the command's error stream, at once or when {@link #flush()} is called. */
    private static final class WriterAppender extends AppenderBase<ILoggingEvent> {

        private final PrintWriter writer;
        private final PatternLayout layout;
        private final boolean holdLines;
        private final List<String> heldLines = new ArrayList<>();

        WriterAppender(PrintWriter writer, PatternLayout layout, boolean holdLines) {
            this.writer = writer;
            this.layout = layout;
            this.holdLines = holdLines;
        }

        @Override
        protected void append(ILoggingEvent event) {
            // Log messages name paths and ids from the shared repository, which a co-author controls.
            String line = TerminalText.safe(layout.doLayout(event));
            if (holdLines) {
                synchronized (heldLines) {
                    heldLines.add(line);
                }
                return;
            }
            writer.print(line);
            writer.flush();
        }

        void flush() {
            synchronized (heldLines) {
                heldLines.forEach(writer::print);
                heldLines.clear();
            }
            writer.flush();
        }

        void drop() {
            synchronized (heldLines) {
                heldLines.clear();
            }
        }
    }
}
