package org.charta.core.transport;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.PrintStream;

/**
 * A standard error stream that sends the stack traces of JGit's in-process upload-pack thread to the log.
 *
 * <p>For a {@code file://} remote, JGit 7.4 serves the fetch from a thread named {@value #THREAD_NAME}, which
 * calls {@code printStackTrace()} when the fetching side closes the pipe, as a cancelled or timed-out fetch does.
 * That put bare "Pipe closed" traces on standard error. The fetching side reports the failure itself, so the
 * trace goes to the log at INFO. Every other thread writes to the original stream unchanged.
 */
public final class UploadPackTraces extends PrintStream {

    static final String THREAD_NAME = "JGit-Upload-Pack";

    private static final Logger LOG = LoggerFactory.getLogger(UploadPackTraces.class);

    private final PrintStream original;

    UploadPackTraces(PrintStream original) {
        super(original, true);
        this.original = original;
    }

    /** Replaces {@link System#err} with a stream that logs the upload-pack thread's traces, once per process. */
    public static synchronized void install() {
        if (!(System.err instanceof UploadPackTraces)) {
            System.setErr(new UploadPackTraces(System.err));
        }
    }

    /**
     * Logs a throwable printed by the upload-pack thread, and drops the lines of its trace, which the log entry
     * contains. {@code Throwable.printStackTrace} prints the throwable itself through this method first.
     */
    @Override
    public void println(Object line) {
        if (!onUploadPackThread()) {
            original.println(line);
        } else if (line instanceof Throwable error) {
            LOG.info("The local upload-pack thread stopped because the fetching side closed the connection",
                    error);
        } else if (!isTraceLine(String.valueOf(line))) {
            original.println(line);
        }
    }

    private static boolean onUploadPackThread() {
        return Thread.currentThread().getName().startsWith(THREAD_NAME);
    }

    private static boolean isTraceLine(String line) {
        String stripped = line.stripLeading();
        return stripped.startsWith("at ") || stripped.startsWith("...") || stripped.startsWith("Caused by: ")
                || stripped.startsWith("Suppressed: ");
    }
}
