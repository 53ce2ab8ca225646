package org.charta;

import org.charta.cli.ChartaCli;
import org.charta.core.i18n.Messages;
import org.charta.core.transport.UploadPackTraces;
import org.charta.ui.ChartaApp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Entry point of {@code charta.jar} and of the packaged application: with arguments it runs the command
 * line, without it opens the window. It does not extend {@code Application}, because a packaged or
 * shaded JavaFX application whose main class does is refused at start when JavaFX is on the class path.
 *
 * <p>Where no window can open (no display, or a JavaFX toolkit that fails to start), it prints one line that
 * points to the command line and exits with 1, instead of JavaFX's stack trace.
 */
public final class Launcher {

    private static final Logger LOG = LoggerFactory.getLogger(Launcher.class);

    private Launcher() {
    }

    public static void main(String[] args) {
        UploadPackTraces.install();
        if (args.length > 0) {
            System.exit(ChartaCli.execute(args));
        }
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int exitCode = openWindow(args, System.getProperty("os.name", ""), System.getenv(), ChartaApp::main, err);
        if (exitCode != 0) {
            System.exit(exitCode);
        }
    }

    /**
     * Opens the window with {@code launcher} when a display is available, and returns when it closes.
     *
     * @return 0 when the window opened and closed, 1 when it could not open; the reason is then one line on
     *         {@code err}, and the stack trace goes to the log at DEBUG
     */
    static int openWindow(String[] args, String osName, Map<String, String> environment,
                          Consumer<String[]> launcher, PrintWriter err) {
        if (!hasDisplay(osName, environment)) {
            LOG.debug("No DISPLAY or WAYLAND_DISPLAY on {}; not opening the window", osName);
            err.println(Messages.format("launcher.noDisplay"));
            return 1;
        }
        try {
            launcher.accept(args);
            return 0;
        } catch (RuntimeException | LinkageError e) {
            // JavaFX throws UnsupportedOperationException or RuntimeException when its toolkit cannot start,
            // and UnsatisfiedLinkError when a native library such as GTK is missing.
            LOG.debug("The window could not open", e);
            err.println(Messages.format("launcher.windowFailed", rootMessage(e)));
            return 1;
        }
    }

    /**
     * Returns whether a window can be shown: always on Windows and macOS, elsewhere only when an X11 or
     * Wayland display is named in the environment.
     */
    static boolean hasDisplay(String osName, Map<String, String> environment) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows") || os.startsWith("mac")) {
            return true;
        }
        return isSet(environment.get("DISPLAY")) || isSet(environment.get("WAYLAND_DISPLAY"));
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }

    /** Returns the message of the innermost cause, which names the problem; JavaFX's wrappers only add noise. */
    private static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return message == null || message.isBlank() ? root.getClass().getSimpleName() : message.strip();
    }
}
