package org.charta.cli;

import org.charta.core.git.SyncResult;

import java.util.List;

/**
 * Turns the result of {@code sync} or {@code publish} into output and an exit code: a success is reported on
 * standard output, every other outcome as one line on standard error.
 */
final class SyncReport {

    /** Number of updated files listed by name; a sync that brings more prints how many others. */
    static final int LISTED_PATHS = 20;

    private final CliContext cli;

    SyncReport(CliContext cli) {
        this.cli = cli;
    }

    /**
     * Prints the result and returns the exit code for it.
     *
     * @param remoteUrl the URL of the remote, named in the messages for offline and rejected
     */
    int report(SyncResult result, String remoteUrl) {
        String url = String.valueOf(remoteUrl);
        return switch (result.outcome()) {
            case SYNCED -> {
                cli.say("sync.synced", result.sentCommits(), result.receivedCommits());
                listChanged(result.changedPaths());
                yield ExitCodes.OK;
            }
            case UP_TO_DATE -> {
                cli.say("sync.upToDate");
                yield ExitCodes.OK;
            }
            case CONFLICT -> fail(ExitCodes.CONFLICT, "sync.conflicts", result.conflicts().size(),
                    String.join(", ", result.conflictingPaths()));
            case OFFLINE -> fail(ExitCodes.OFFLINE, "sync.offline", url);
            case REJECTED -> result.serverReason() == null
                    ? fail(ExitCodes.REJECTED, "sync.rejected", url)
                    : fail(ExitCodes.REJECTED, "sync.rejectedBecause", url,
                            TerminalText.safe(result.serverReason()).replace("\n", "\n  "));
            case NO_REMOTE -> fail(ExitCodes.NO_REMOTE, "sync.noRemote");
            case FAILED -> fail(ExitCodes.FAILURE, "sync.failed", String.join(", ", result.conflictingPaths()));
        };
    }

    /** Lists the updated files, the first {@link #LISTED_PATHS} by name and the rest as a count. */
    private void listChanged(List<String> paths) {
        paths.stream().limit(LISTED_PATHS).forEach(path -> cli.say("sync.changedPath", path));
        if (paths.size() > LISTED_PATHS) {
            cli.say("sync.changedMore", paths.size() - LISTED_PATHS);
        }
    }

    private int fail(int exitCode, String key, Object... arguments) {
        cli.sayError(key, arguments);
        return exitCode;
    }
}
