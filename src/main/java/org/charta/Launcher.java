package org.charta;

import org.charta.cli.ChartaCli;
import org.charta.ui.ChartaApp;

/**
 * Entry point of {@code charta.jar} and of the packaged application: with arguments it runs the command
 * line, without it opens the window. It does not extend {@code Application}, because a packaged or
 * shaded JavaFX application whose main class does is refused at start when JavaFX is on the class path.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            ChartaApp.main(args);
        } else {
            System.exit(ChartaCli.execute(args));
        }
    }
}
