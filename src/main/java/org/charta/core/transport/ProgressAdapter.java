package org.charta.core.transport;

import org.eclipse.jgit.lib.ProgressMonitor;

/**
 * JGit's progress monitor over a {@link TaskProgress}. It forwards an update when the percentage changes (or,
 * without a known total, at most every {@link #UNKNOWN_TOTAL_STEP} units), and JGit stops the transfer at its next
 * check of {@link #isCancelled()}.
 */
final class ProgressAdapter implements ProgressMonitor {

    private static final int UNKNOWN_TOTAL_STEP = 100;

    private final TaskProgress progress;
    private String phase = "";
    private int total;
    private int done;
    private int lastReported = -1;

    ProgressAdapter(TaskProgress progress) {
        this.progress = progress;
    }

    @Override
    public void start(int totalTasks) {
        // The number of phases is not shown.
    }

    @Override
    public void beginTask(String title, int totalWork) {
        phase = title;
        total = Math.max(totalWork, 0);
        done = 0;
        lastReported = -1;
        progress.update(phase, 0, total);
    }

    @Override
    public void update(int completed) {
        done += completed;
        int mark = total > 0 ? (int) (100L * done / total) : done / UNKNOWN_TOTAL_STEP;
        if (mark != lastReported) {
            lastReported = mark;
            progress.update(phase, done, total);
        }
    }

    @Override
    public void endTask() {
        progress.update(phase, total > 0 ? total : done, total);
    }

    @Override
    public boolean isCancelled() {
        return progress.isCancelled();
    }

    @Override
    public void showDuration(boolean enabled) {
        // Durations are not shown.
    }
}
