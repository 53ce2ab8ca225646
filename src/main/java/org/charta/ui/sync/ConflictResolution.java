package org.charta.ui.sync;

import org.charta.core.charter.Section;
import org.charta.core.git.PendingMerge;
import org.charta.core.merge.Resolution;
import org.charta.ui.app.AppContext;
import org.charta.ui.app.CharterSession;
import org.charta.ui.app.UiText;
import org.charta.ui.conflict.ConflictDialog;
import org.charta.ui.editor.EditorController;
import org.charta.ui.editor.EditorLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Shows the conflicts of a sync that stopped and carries out what the person decides. Each choice is kept at
 * once in the pending merge. "Resolve and sync" syncs again, which records the merge and sends it. Abort puts the
 * text back as it was before the sync. Disk work runs on the background executor.
 */
final class ConflictResolution {

    private static final Logger LOG = LoggerFactory.getLogger(ConflictResolution.class);

    private final AppContext context;
    private final EditorController editor;
    private final UiText text;
    private final StatusViewModel status;
    private final StatusUpdater statusUpdater;
    private ConflictDialog open;

    ConflictResolution(AppContext context, EditorController editor, StatusViewModel status,
                       StatusUpdater statusUpdater) {
        this.context = context;
        this.editor = editor;
        this.text = context.text();
        this.status = status;
        this.statusUpdater = statusUpdater;
    }

    /**
     * Reads the pending merge and opens the dialog on it, or reports in the status bar that nothing waits.
     *
     * @param syncAgain runs the sync that completes the merge
     * @param afterAbort reloads the open section and the outline once the text is back, then runs the runnable
     */
    void show(Runnable syncAgain, Consumer<Runnable> afterAbort) {
        CharterSession session = context.session();
        if (session == null) {
            return;
        }
        String language = text.language();
        context.executor().submit("read pending conflicts", () -> Pending.read(session, language), pending -> {
            if (context.session() != session) {
                return;
            }
            if (pending.merge().isEmpty()) {
                status.activityProperty().set(text.get("ui.conflicts.none"));
                return;
            }
            open(session, pending, syncAgain, afterAbort);
        }, error -> context.showError(text.get("ui.conflicts.error.header"), error));
    }

    private void open(CharterSession session, Pending pending, Runnable syncAgain, Consumer<Runnable> afterAbort) {
        if (open != null) {
            open.close();
        }
        PendingMerge merge = pending.merge().get();
        ConflictDialog.Purpose purpose = merge.isSync() ? ConflictDialog.Purpose.SYNC
                : merge.purpose().startsWith("update:") ? ConflictDialog.Purpose.AMENDMENT_UPDATE
                : ConflictDialog.Purpose.AMENDMENT;
        open = ConflictDialog.show(context.owner(), text, purpose, merge.conflicts(), merge.choices(),
                pending.titles()::get, new ConflictDialog.Listener() {
                    @Override
                    public void chosen(String conflictId, Resolution resolution) {
                        choose(session, conflictId, resolution);
                    }

                    @Override
                    public void finish() {
                        closeDialog();
                        // The choice typed last is queued on the serial lane before this sync, so it applies.
                        syncAgain.run();
                    }

                    @Override
                    public void abort() {
                        closeDialog();
                        abortMerge(session, afterAbort);
                    }

                    @Override
                    public void closed() {
                        open = null;
                        statusUpdater.readNow();
                    }
                });
    }

    private void choose(CharterSession session, String conflictId, Resolution resolution) {
        context.executor().submit("keep conflict choice",
                () -> PendingMerge.choose(session.repository(), conflictId, resolution),
                updated -> LOG.info("{} of {} conflicts settled", updated.conflicts().size()
                        - updated.unsettled().size(), updated.conflicts().size()),
                error -> context.showError(text.get("ui.conflicts.error.header"), error));
    }

    /**
     * Aborts with the editor locked and saved first, as a sync does: the abort may rewrite files, and text typed
     * meanwhile is held and typed out once the reloaded text is shown.
     */
    private void abortMerge(CharterSession session, Consumer<Runnable> afterAbort) {
        EditorLock lock = editor.lock();
        editor.save(saved -> {
            if (!saved) {
                lock.release();
                return;
            }
            context.executor().submit("abort pending merge", () -> PendingMerge.abort(session.repository()),
                    restored -> afterAbort.accept(() -> {
                        status.lastSyncProperty().set(restored
                                ? text.get("ui.conflicts.aborted")
                                : text.get("ui.conflicts.abortedKeepingWork"));
                        statusUpdater.readNow();
                        lock.release();
                    }), error -> {
                        lock.release();
                        context.showError(text.get("ui.conflicts.error.header"), error);
                    });
        });
    }

    private void closeDialog() {
        if (open != null) {
            ConflictDialog dialog = open;
            open = null;
            dialog.close();
        }
    }

    /**
     * Returns the section titles by id in the UI language, as the outline shows them: the manifest's translation,
     * else the section's own heading.
     */
    static Map<String, String> titles(List<Section> sections, String language) {
        Map<String, String> titles = new HashMap<>();
        for (Section section : sections) {
            titles.put(section.id(), section.title(language));
        }
        return titles;
    }

    /** The pending merge with the section titles the dialog names its conflicts by. */
    private record Pending(Optional<PendingMerge> merge, Map<String, String> titles) {

        static Pending read(CharterSession session, String language) throws Exception {
            return new Pending(PendingMerge.load(session.repository()),
                    ConflictResolution.titles(session.sections(), language));
        }
    }
}
