package org.charta.ui.editor;

/**
 * A hold that keeps the editor read-only while something rewrites the open section's file. The editor is
 * writable again once every lock taken is released. Releasing a lock twice does nothing.
 */
public final class EditorLock {

    private final Runnable onRelease;
    private boolean released;

    EditorLock(Runnable onRelease) {
        this.onRelease = onRelease;
    }

    /** Releases the hold. Call it on the JavaFX thread. */
    public void release() {
        if (!released) {
            released = true;
            onRelease.run();
        }
    }
}
