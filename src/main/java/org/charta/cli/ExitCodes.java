package org.charta.cli;

/**
 * Exit codes of the {@code charta} command. 2 means conflicts, for {@code sync}, {@code amend merge} and
 * {@code amend update}; 3 to 5 are for {@code sync}, and 4 for {@code publish} too; every other failure is 1.
 * Usage errors are 64 ({@code EX_USAGE} of BSD's sysexits.h) and not picocli's default 2, which means conflicts.
 */
public final class ExitCodes {

    public static final int OK = 0;
    public static final int FAILURE = 1;
    public static final int CONFLICT = 2;
    public static final int OFFLINE = 3;
    public static final int REJECTED = 4;
    public static final int NO_REMOTE = 5;
    public static final int USAGE = 64;

    private ExitCodes() {
    }
}
