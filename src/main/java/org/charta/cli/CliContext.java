package org.charta.cli;

import org.charta.core.i18n.Messages;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * The state that every command of one run shares: the output and error streams, the reader's locale, and
 * whether standard output is a terminal (for colours and progress).
 */
final class CliContext {

    private final PrintWriter out;
    private final PrintWriter err;
    private final Locale locale;
    private final boolean terminal;

    CliContext(PrintWriter out, PrintWriter err, Locale locale, boolean terminal) {
        this.out = out;
        this.err = err;
        this.locale = locale;
        this.terminal = terminal;
    }

    PrintWriter out() {
        return out;
    }

    PrintWriter err() {
        return err;
    }

    Locale locale() {
        return locale;
    }

    boolean terminal() {
        return terminal;
    }

    /** Formats the bundle text {@code cli.<key>} in the reader's locale. */
    String text(String key, Object... arguments) {
        return Messages.format(locale, CliBundle.PREFIX + key, arguments);
    }

    /**
     * Prints the bundle text {@code cli.<key>} as one line of output. The arguments often come from co-authors
     * (titles, paths, thread ids), so the line goes through {@link TerminalText#safeLine(String)}.
     */
    void say(String key, Object... arguments) {
        out.println(TerminalText.safeLine(text(key, arguments)));
    }

    /** Prints the bundle text {@code cli.<key>} as one line on the error stream, made safe like {@link #say}. */
    void sayError(String key, Object... arguments) {
        err.println(TerminalText.safeLine(text(key, arguments)));
    }
}
