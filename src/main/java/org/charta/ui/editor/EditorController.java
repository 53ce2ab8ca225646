package org.charta.ui.editor;

import javafx.util.Duration;
import org.charta.ui.app.UiText;
import org.charta.ui.task.BackgroundExecutor;
import org.charta.ui.task.Debouncer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.function.Consumer;

/**
 * Loads sections into the editor and saves them: about {@link #AUTOSAVE_DELAY} after typing pauses, and
 * before anything that reads the files (switching sections, recording, syncing, closing).
 *
 * <p>Writes run on the serial lane, so a later read or commit always finds them on disk. A failed save keeps the
 * text in the editor, marks the state {@link SaveState#FAILED} and stops every step that would replace the
 * text, such as opening another section.
 *
 * <p>No keystroke may be lost between a save and whatever replaces the text after it. A step that rewrites
 * the open section's file (a sync, a rename) takes a {@link #lock() lock} before it saves: from then on the
 * editor holds what the person types and types it out once the new text is shown. Switching to another
 * section or closing saves again until nothing new was typed, and replaces the text in the same JavaFX event
 * as that last check.
 */
public final class EditorController {

    private static final Logger LOG = LoggerFactory.getLogger(EditorController.class);

    /** Typing pause after which the section is saved. */
    public static final Duration AUTOSAVE_DELAY = Duration.millis(800);

    private final SectionEditor editor;
    private final EditorViewModel model;
    private final BackgroundExecutor executor;
    private final UiText text;
    private final Debouncer autosave;

    private SectionStore store;
    private String lastSavedText = "";
    private boolean loading;
    private int savesInFlight;
    private int locks;
    private String lockedSectionId;
    private Consumer<Throwable> onSaveFailed = error -> { };
    private Consumer<Throwable> onReadFailed = error -> { };
    private Consumer<String> onTypingDropped = typed -> { };

    public EditorController(SectionEditor editor, EditorViewModel model, BackgroundExecutor executor, UiText text) {
        this.editor = editor;
        this.model = model;
        this.executor = executor;
        this.text = text;
        this.autosave = new Debouncer(AUTOSAVE_DELAY, () -> save(saved -> { }));
        editor.textProperty().addListener((observable, previous, current) -> onTextChanged());
        editor.setEditable(false);
    }

    /** Sets the charter whose sections are edited. Call {@link #close} on the previous one first. */
    public void setStore(SectionStore store) {
        this.store = store;
    }

    /** Receives the error of a save that failed, after the state changed to {@link SaveState#FAILED}. */
    /** Receives the error when a section cannot be read for opening or reloading. */
    public void setOnReadFailed(Consumer<Throwable> onReadFailed) {
        this.onReadFailed = onReadFailed;
    }

    public void setOnSaveFailed(Consumer<Throwable> onSaveFailed) {
        this.onSaveFailed = onSaveFailed;
    }

    /**
     * Receives what the person typed while the editor was locked, when the section was closed or replaced
     * before the lock ended, so it could not be typed into it.
     */
    public void setOnTypingDropped(Consumer<String> onTypingDropped) {
        this.onTypingDropped = onTypingDropped;
    }

    /**
     * Makes the editor read-only until the returned lock is released, and keeps the keys typed meanwhile.
     * Take it before the save that precedes a rewrite of the section file. Every key typed before the lock is
     * then in that save, and every key typed after it is typed out at the caret once the last lock is released.
     */
    public EditorLock lock() {
        if (locks == 0) {
            lockedSectionId = sectionId();
            editor.holdTyping();
            model.lockedProperty().set(true);
        }
        locks++;
        return new EditorLock(this::unlock);
    }

    private void unlock() {
        locks--;
        if (locks > 0) {
            return;
        }
        model.lockedProperty().set(false);
        String id = sectionId();
        boolean sameSection = id != null && id.equals(lockedSectionId);
        String dropped = editor.releaseTyping(sameSection);
        editor.setEditable(id != null);
        if (!dropped.isEmpty()) {
            LOG.warn("{} characters typed while section {} was locked could not be placed, because it was closed",
                    dropped.length(), lockedSectionId);
            onTypingDropped.accept(dropped);
        }
    }

    public String sectionId() {
        return model.sectionIdProperty().get();
    }

    /** Returns whether the editor shows text that is not on disk. */
    public boolean hasUnsavedText() {
        return sectionId() != null && !editor.text().equals(lastSavedText);
    }

    /**
     * Saves the open section if its text changed, then calls {@code done} with whether the text is now on
     * disk. With nothing to save, {@code done} runs at once.
     */
    public void save(Consumer<Boolean> done) {
        autosave.cancel();
        String id = sectionId();
        if (id == null || store == null) {
            done.accept(true);
            return;
        }
        SectionEditor.SavePoint point = editor.savePoint();
        // While another save is still writing, even the last saved text must be written again, because the
        // file would otherwise end up with that other save's text.
        if (point.text().equals(lastSavedText) && savesInFlight == 0) {
            editor.markSaved(point);
            updateState();
            done.accept(true);
            return;
        }

        SectionStore target = store;
        model.saveStateProperty().set(SaveState.SAVING);
        savesInFlight++;
        executor.submit("save section " + id, () -> {
            target.write(id, point.text());
            return Boolean.TRUE;
        }, ignored -> {
            savesInFlight--;
            if (id.equals(sectionId())) {
                lastSavedText = point.text();
                editor.markSaved(point);
            }
            model.saveErrorProperty().set("");
            updateState();
            done.accept(true);
        }, error -> {
            savesInFlight--;
            LOG.warn("Could not save section {}; the text stays in the editor", id);
            model.saveErrorProperty().set(text.describe(error));
            model.saveStateProperty().set(SaveState.FAILED);
            onSaveFailed.accept(error);
            done.accept(false);
        });
    }

    /**
     * Saves the open section, then loads another one. When the save fails the open section stays, and
     * {@code done} receives false.
     */
    public void open(String id, String title, Consumer<Boolean> done) {
        save(saved -> {
            if (!saved) {
                done.accept(false);
                return;
            }
            SectionStore source = store;
            executor.submit("read section " + id, () -> source.read(id),
                    content -> showWhenSaved(id, title, content, done), error -> {
                        onReadFailed.accept(error);
                        done.accept(false);
                    });
        });
    }

    /**
     * Shows another section once the open one is saved, saving again what was typed while the other section
     * was read. The check and the switch run in one JavaFX event, so no key lands in between.
     */
    private void showWhenSaved(String id, String title, String content, Consumer<Boolean> done) {
        if (hasUnsavedText()) {
            save(saved -> {
                if (saved) {
                    showWhenSaved(id, title, content, done);
                } else {
                    done.accept(false);
                }
            });
            return;
        }
        show(id, title, content);
        done.accept(true);
    }

    /**
     * Re-reads the open section after something else rewrote its file (a sync, a rename), keeping the caret
     * in its paragraph. The caller takes a {@link #lock()} before the save that precedes the rewrite and
     * releases it after this finishes, so no typing is replaced.
     */
    public void reload(Consumer<Boolean> done) {
        String id = sectionId();
        if (id == null || store == null) {
            done.accept(true);
            return;
        }
        SectionStore source = store;
        executor.submit("reload section " + id, () -> source.read(id), content -> {
            if (id.equals(sectionId()) && !content.equals(editor.text())) {
                showReloaded(content);
            }
            done.accept(true);
        }, error -> {
            // The text shown may no longer match the file; reading it again is the person's call.
            onReadFailed.accept(error);
            done.accept(false);
        });
    }

    /**
     * Saves and then empties the editor, before another charter opens or the window closes. What is typed
     * during the save is saved too before the editor empties.
     */
    public void close(Consumer<Boolean> done) {
        save(saved -> {
            if (!saved) {
                done.accept(false);
            } else if (hasUnsavedText()) {
                close(done);
            } else {
                show(null, "", "");
                done.accept(true);
            }
        });
    }

    public void setTitle(String title) {
        model.sectionTitleProperty().set(title);
    }

    private void show(String id, String title, String content) {
        loading = true;
        try {
            lastSavedText = content;
            model.sectionIdProperty().set(id);
            model.sectionTitleProperty().set(title);
            editor.load(content);
            model.saveErrorProperty().set("");
            model.saveStateProperty().set(SaveState.SAVED);
            editor.setEditable(id != null && locks == 0);
        } finally {
            loading = false;
        }
    }

    private void showReloaded(String content) {
        loading = true;
        try {
            lastSavedText = content;
            editor.reload(content);
            model.saveErrorProperty().set("");
            model.saveStateProperty().set(SaveState.SAVED);
        } finally {
            loading = false;
        }
    }

    private void onTextChanged() {
        if (loading || sectionId() == null) {
            return;
        }
        SaveState state = model.saveStateProperty().get();
        if (state != SaveState.SAVING && state != SaveState.FAILED) {
            model.saveStateProperty().set(SaveState.UNSAVED);
        }
        autosave.trigger();
    }

    private void updateState() {
        if (savesInFlight > 0) {
            model.saveStateProperty().set(SaveState.SAVING);
        } else if (hasUnsavedText()) {
            model.saveStateProperty().set(SaveState.UNSAVED);
            autosave.trigger();
        } else {
            model.saveStateProperty().set(SaveState.SAVED);
        }
    }
}
