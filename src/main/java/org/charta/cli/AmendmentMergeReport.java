package org.charta.cli;

import org.charta.core.amend.AmendmentMerge;

/** Prints the outcome of {@code amend merge}, {@code amend update}, or of the resolve that completes either. */
final class AmendmentMergeReport {

    /** Which of the two merges of an amendment the outcome is about. */
    enum Kind {
        MERGE("amend.merged", "amend.mergeUpToDate"),
        UPDATE("amend.updated", "amend.updateUpToDate");

        private final String doneKey;
        private final String upToDateKey;

        Kind(String doneKey, String upToDateKey) {
            this.doneKey = doneKey;
            this.upToDateKey = upToDateKey;
        }
    }

    private AmendmentMergeReport() {
    }

    /**
     * Prints the outcome and returns the exit code: {@link ExitCodes#CONFLICT} when conflicts wait for choices,
     * as {@code sync} does, else {@link ExitCodes#OK}.
     */
    static int print(CliContext cli, Kind kind, String title, String id, AmendmentMerge outcome) {
        switch (outcome.outcome()) {
            case MERGED -> {
                cli.say(kind.doneKey, title, id, outcome.commit().substring(0, 7));
                if (!outcome.nowOutdated().isEmpty()) {
                    cli.say("amend.nowOutdated", String.join(", ", outcome.nowOutdated()));
                }
                return ExitCodes.OK;
            }
            case UP_TO_DATE -> {
                cli.say(kind.upToDateKey, title, id);
                return ExitCodes.OK;
            }
            default -> {
                cli.sayError("amend.conflicts", outcome.conflicts().size(), title, id);
                return ExitCodes.CONFLICT;
            }
        }
    }
}
