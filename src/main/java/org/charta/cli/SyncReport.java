package org.charta.cli;

import org.charta.core.git.SharedRefs;
import org.charta.core.git.SyncResult;

import java.util.List;

/**
 * Turns the result of {@code sync} or {@code publish} into output and an exit code: a success is reported on
 * standard output, every other outcome as one line on standard error. Amendments and releases that were received or
 * sent follow on standard output, one line per kind. Those that need the person (a conflict left aside, a ref the
 * remote rejected) follow on standard error, whatever the outcome.
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
        int exitCode = reportOutcome(result, remoteUrl);
        reportShared(result.shared());
        return exitCode;
    }

    private int reportOutcome(SyncResult result, String remoteUrl) {
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

    private void reportShared(SharedRefs shared) {
        listNames("sync.amendmentsReceived", shared.amendmentsReceived(), false);
        listNames("sync.amendmentsUpdated", shared.amendmentsUpdated(), false);
        listNames("sync.amendmentsSent", shared.amendmentsSent(), false);
        listNames("sync.tagsReceived", shared.tagsReceived(), false);
        listNames("sync.tagsSent", shared.tagsSent(), false);
        listNames("sync.amendmentsNeedingAttention", shared.amendmentsNeedingAttention(), true);
        listNames("sync.amendmentsRejected", shared.amendmentsRejected(), true);
        listNames("sync.tagsRejected", shared.tagsRejected(), true);
        if (shared.mainNeedsAttention()) {
            cli.sayError("sync.mainNeedsAttention");
        }
    }

    /** Prints one line naming every amendment or tag of a list, unless it is empty. */
    private void listNames(String key, List<String> names, boolean toErrors) {
        if (names.isEmpty()) {
            return;
        }
        String joined = String.join(", ", names.stream().map(TerminalText::safeLine).toList());
        if (toErrors) {
            cli.sayError(key, names.size(), joined);
        } else {
            cli.say(key, names.size(), joined);
        }
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
