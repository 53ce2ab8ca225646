package org.charta.core.transport;

/**
 * Receives the progress of a clone, fetch or push and tells it whether to stop. Called from the background thread
 * that does the work.
 */
public interface TaskProgress {

    /** Does nothing and never cancels. */
    TaskProgress NONE = new TaskProgress() {
        @Override
        public void update(String phase, int done, int total) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /**
     * Reports progress within one phase.
     *
     * @param phase what Git is doing, as JGit names it ("Receiving objects"...)
     * @param done  units done so far
     * @param total units in the phase, or 0 when unknown
     */
    void update(String phase, int done, int total);

    /** Whether the person asked to stop; the operation then ends at the next safe point. */
    boolean isCancelled();
}
