package org.charta.ui.sync;

import javafx.scene.control.Alert;
import org.charta.core.ChartaException;
import org.charta.core.git.CharterRepository;
import org.charta.core.git.GitLocks;
import org.charta.core.git.IncomingChanges;
import org.charta.core.git.IncomingOutcome;
import org.charta.core.git.RemoteLock;
import org.charta.core.transport.Authenticated;
import org.charta.core.git.RemoteSync;
import org.charta.core.git.SharedRefs;
import org.charta.core.git.SyncOutcome;
import org.charta.core.git.SyncResult;
import org.charta.ui.app.AppContext;
import org.charta.ui.app.CharterSession;
import org.charta.ui.app.IdentityService;
import org.charta.ui.app.UiText;
import org.charta.ui.dialog.Dialogs;
import org.charta.ui.transport.UiRemoteAccess;
import org.charta.ui.editor.EditorController;
import org.charta.ui.editor.EditorLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Records, syncs and publishes the open charter. The open section is saved first. While a sync runs, the
 * editor is locked because the merge may rewrite its file: what is typed meanwhile is held and typed out once
 * the merged text is shown. The rest of the window stays responsive.
 */
public final class SyncController {

    private static final Logger LOG = LoggerFactory.getLogger(SyncController.class);

    private final AppContext context;
    private final UiText text;
    private final EditorController editor;
    private final IdentityService identities;
    private final StatusViewModel status;
    private final StatusUpdater statusUpdater;
    private Consumer<Runnable> onChangesReceived = done -> done.run();
    private Runnable onRecorded = () -> { };
    private EditorLock syncLock;
    private final ConflictResolution conflicts;

    public SyncController(AppContext context, EditorController editor, IdentityService identities,
                          StatusViewModel status, StatusUpdater statusUpdater) {
        this.context = context;
        this.text = context.text();
        this.editor = editor;
        this.identities = identities;
        this.status = status;
        this.statusUpdater = statusUpdater;
        this.conflicts = new ConflictResolution(context, editor, status, statusUpdater);
    }

    /** Opens the conflicts of the sync that stopped, so the person can go on choosing. */
    public void resolveConflicts() {
        if (context.session() != null && !status.busyProperty().get()) {
            conflicts.show(this::sync, onChangesReceived);
        }
    }

    /**
     * Opens the conflicts of an amendment's merge or update that stopped; {@code finish} runs the same step again
     * once every conflict has a choice, and Abort puts the text back as before the step.
     */
    public void showConflicts(Runnable finish) {
        if (context.session() != null) {
            conflicts.show(finish, onChangesReceived);
        }
    }

    /**
     * Sets what runs after a sync received changes: reload the outline, the open section and the comments,
     * then call the given runnable, which unlocks the editor.
     */
    public void setOnChangesReceived(Consumer<Runnable> onChangesReceived) {
        this.onChangesReceived = onChangesReceived;
    }

    /** Sets what runs after the person recorded changes, such as showing the amendment they edit again. */
    public void setOnRecorded(Runnable onRecorded) {
        this.onRecorded = onRecorded;
    }

    /** Saves, then prompts for a message and records every pending change as one commit. */
    public void record() {
        CharterSession session = context.session();
        if (session == null || status.busyProperty().get()) {
            return;
        }
        editor.save(saved -> {
            if (!saved) {
                return;
            }
            context.executor().submit("list pending changes", () -> PendingChanges.read(session),
                    pending -> askAndRecord(session, pending),
                    error -> handleGitError(error, this::record));
        });
    }

    /**
     * Fetches the shared changes first, while the person goes on typing, then saves and records, fetches again
     * (only what arrived meanwhile), merges and pushes on the serial lane. The editor is locked before the save,
     * so every key typed before that is in the saved text and every later one is held until the merged text is
     * shown. The slow download of others' changes happens before the lock.
     */
    public void sync() {
        CharterSession session = context.session();
        if (session == null || status.busyProperty().get()) {
            return;
        }
        begin(text.get("ui.sync.fetching"));
        status.progress().start();
        UiRemoteAccess remote = new UiRemoteAccess(context.owner(), text);
        // The network lane keeps autosave running during a slow download; the fetch opens its own repository.
        context.executor().network("fetch before sync " + session.folder(), () -> {
            // Recovery runs when the session opens. Run here, beside the serial lane, it could remove a lock that
            // the lane is about to use.
            try (CharterRepository repository = CharterRepository.openWithoutRecovery(session.folder())) {
                return Authenticated.run(remote.create(status.progress()),
                        access -> IncomingChanges.fetch(repository, access));
            }
        },
                incoming -> {
                    if (incoming.outcome() == IncomingOutcome.CANCELLED || status.progress().isCancelled()) {
                        status.lastSyncProperty().set(text.get("ui.progress.cancelled"));
                        finish();
                        return;
                    }
                    syncLocked(session, remote);
                }, error -> {
                    boolean cancelled = status.progress().isCancelled();
                    status.lastSyncProperty().set(cancelled ? text.get("ui.progress.cancelled")
                            : text.get("ui.sync.failed", text.time(Instant.now())));
                    finish();
                    if (!cancelled) {
                        handleGitError(error, this::sync);
                    }
                });
    }

    private void syncLocked(CharterSession session, UiRemoteAccess remote) {
        if (context.session() != session) {
            finish();
            return;
        }
        syncLock = editor.lock();
        status.activityProperty().set(text.get("ui.sync.running"));
        editor.save(saved -> {
            if (!saved) {
                finish();
                return;
            }
            identities.withIdentity(identity -> context.executor().submit("sync " + session.folder(), () -> {
                String message = PendingChanges.read(session).defaultMessage(text);
                SyncResult result;
                // A background fetch of the same charter may be running on the network lane: wait for it.
                try (RemoteLock.Held held = RemoteLock.acquire(session.folder())) {
                    result = Authenticated.run(remote.create(status.progress()),
                            access -> RemoteSync.sync(access, session.repository(), identity, message));
                }
                return new Outcome(result, PendingChanges.titlesByPath(session));
            }, outcome -> showResult(session, outcome), error -> {
                // A cancelled sync stopped between safe steps, so it is reported in the status bar without a dialog.
                boolean cancelled = status.progress().isCancelled();
                // An earlier "Synced" must not stay in the status bar once a sync has failed.
                status.lastSyncProperty().set(cancelled ? text.get("ui.progress.cancelled")
                        : text.get("ui.sync.failed", text.time(Instant.now())));
                Runnable after = () -> {
                    finish();
                    if (!cancelled) {
                        handleGitError(error, this::sync);
                    }
                };
                if (context.session() == session) {
                    // A sync can fail after its first merge already changed files. The editor reloads before
                    // it unlocks, because the next autosave would otherwise write the old text back.
                    onChangesReceived.accept(after);
                } else {
                    after.run();
                }
            }), this::finish);
        });
    }

    /** Asks for the URL of an empty shared remote and publishes the charter there. */
    public void publish() {
        CharterSession session = context.session();
        if (session == null || status.busyProperty().get()) {
            return;
        }
        Optional<String> url = Dialogs.askText(context.owner(), text, text.get("ui.publish.header"),
                text.get("ui.publish.label"), "");
        if (url.isEmpty()) {
            return;
        }
        begin(text.get("ui.publish.running"));
        editor.save(saved -> {
            if (!saved) {
                finish();
                return;
            }
            UiRemoteAccess remote = new UiRemoteAccess(context.owner(), text);
            identities.withIdentity(identity -> context.executor().submit("publish " + session.folder(),
                    () -> Authenticated.run(remote.create(status.progress()),
                            access -> RemoteSync.publish(access, session.repository(), url.get(), identity)),
                    result -> {
                        finish();
                        status.lastSyncProperty().set(text.get("ui.publish.done", url.get(), text.time(Instant.now())));
                        statusUpdater.readNow();
                        Dialogs.showMessage(context.owner(), text, Alert.AlertType.INFORMATION,
                                text.get("ui.publish.doneHeader"), text.get("ui.publish.doneMessage", url.get()));
                    }, error -> {
                        finish();
                        handleGitError(error, this::publish);
                    }), this::finish);
        });
    }

    private void askAndRecord(CharterSession session, PendingChanges pending) {
        if (pending.isEmpty()) {
            status.activityProperty().set(text.get("ui.record.nothing"));
            statusUpdater.readNow();
            return;
        }
        RecordDialog.ask(context.owner(), text, pending.defaultMessage(text), pending.describe(text))
                .ifPresent(message -> recordWith(session, message));
    }

    /**
     * Records the pending changes with a message the person already wrote. After a stale lock is removed, it
     * runs again with the same message, saving first what was typed meanwhile.
     */
    private void recordWith(CharterSession session, String message) {
        identities.withIdentity(identity -> context.executor().submit("record",
                () -> session.repository().record(message, identity), commit -> {
                    status.activityProperty().set(commit.map(id -> text.get("ui.record.done", id.abbreviate(7).name()))
                            .orElse(text.get("ui.record.nothing")));
                    statusUpdater.readNow();
                    onRecorded.run();
                }, error -> handleGitError(error, () -> editor.save(saved -> {
                    if (saved && context.session() == session) {
                        recordWith(session, message);
                    }
                }))));
    }

    private void showResult(CharterSession session, Outcome outcome) {
        SyncResult result = outcome.result();
        LOG.info("Sync ended {}: {}", result.outcome(), result.detail());
        if (context.session() != session) {
            // Another charter opened during the sync; its status bar must not show this result.
            finish();
            return;
        }
        status.offlineProperty().set(result.outcome() == SyncOutcome.OFFLINE);
        status.lastSyncProperty().set(lastSyncText(result));
        statusUpdater.readNow();

        boolean received = result.receivedCommits() > 0 || !result.changedPaths().isEmpty();
        Runnable after = () -> {
            finish();
            explain(result, outcome.titles());
        };
        if (received) {
            onChangesReceived.accept(after);
        } else {
            after.run();
        }
    }

    private String lastSyncText(SyncResult result) {
        String time = text.time(Instant.now());
        return switch (result.outcome()) {
            case SYNCED -> text.get("ui.sync.synced", time, result.sentCommits(), result.receivedCommits());
            case UP_TO_DATE -> text.get("ui.sync.upToDate", time);
            case OFFLINE -> text.get("ui.sync.offline", time);
            case REJECTED -> text.get("ui.sync.rejected", time);
            case CONFLICT -> text.get("ui.sync.conflict", time);
            case NO_REMOTE -> text.get("ui.sync.noRemote");
            case FAILED -> text.get("ui.sync.failed", time);
        };
    }

    /**
     * Explains the outcomes that need the person's attention. Success and offline only show in the status bar,
     * unless an amendment, a release or the main text was left aside or rejected.
     */
    private void explain(SyncResult result, Map<String, String> titles) {
        String shared = sharedAttention(result.shared());
        switch (result.outcome()) {
            case CONFLICT -> conflicts.show(this::sync, onChangesReceived);
            case REJECTED -> Dialogs.showMessage(context.owner(), text, Alert.AlertType.WARNING,
                    text.get("ui.sync.rejected.header"), (result.remoteMoved()
                            ? text.get("ui.sync.rejected.message")
                            : refusal(result.serverReason())) + (shared.isEmpty() ? "" : "\n\n" + shared));
            case NO_REMOTE -> Dialogs.showMessage(context.owner(), text, Alert.AlertType.INFORMATION,
                    text.get("ui.sync.noRemote.header"), text.get("ui.sync.noRemote.message"));
            case FAILED -> Dialogs.showMessage(context.owner(), text, Alert.AlertType.ERROR,
                    text.get("ui.sync.failed.header"),
                    text.get("ui.sync.failed.message", describePaths(result.conflictingPaths(), titles)));
            default -> {
                if (!shared.isEmpty()) {
                    Dialogs.showMessage(context.owner(), text, Alert.AlertType.WARNING,
                            text.get("ui.sync.shared.header"), shared);
                }
            }
        }
    }

    /** Describes the amendments, releases and main text that a sync left aside or that the remote rejected. */
    private String sharedAttention(SharedRefs shared) {
        List<String> lines = new ArrayList<>();
        if (shared.mainNeedsAttention()) {
            lines.add(text.get("ui.sync.shared.mainNeedsAttention"));
        }
        addNames(lines, "ui.sync.shared.amendmentsNeedingAttention", shared.amendmentsNeedingAttention());
        addNames(lines, "ui.sync.shared.amendmentsRejected", shared.amendmentsRejected());
        addNames(lines, "ui.sync.shared.tagsRejected", shared.tagsRejected());
        return String.join("\n\n", lines);
    }

    private void addNames(List<String> lines, String key, List<String> names) {
        if (!names.isEmpty()) {
            lines.add(text.get(key, String.join(", ", names)));
        }
    }

    private String refusal(String serverReason) {
        String message = text.get("ui.sync.refused.message");
        return serverReason == null ? message : message + "\n\n" + text.get("ui.sync.serverSaid", serverReason);
    }

    private String describePaths(List<String> paths, Map<String, String> titles) {
        StringBuilder lines = new StringBuilder();
        for (String path : paths) {
            String title = titles.get(path);
            lines.append("• ").append(title == null ? path : text.get("ui.sync.pathWithTitle", title, path))
                    .append('\n');
        }
        return lines.toString().strip();
    }

    /**
     * Shows a Git error. A stale index lock is offered for removal, after which the operation runs again.
     * A fresh lock may belong to a running Git program, so it is only reported.
     */
    private void handleGitError(Throwable error, Runnable retry) {
        statusUpdater.readNow();
        if (error instanceof ChartaException charta && "error.git.indexLockedStale".equals(charta.messageKey())) {
            boolean remove = Dialogs.confirm(context.owner(), text, text.get("ui.lock.header"),
                    charta.localizedMessage(text.locale()) + "\n\n" + text.get("ui.lock.question"),
                    text.get("ui.lock.remove"));
            if (remove) {
                removeLockThen(retry);
            }
            return;
        }
        context.showError(text.get("ui.sync.error.header"), error);
    }

    private void removeLockThen(Runnable retry) {
        CharterSession session = context.session();
        context.executor().submit("remove stale index lock", () -> {
            GitLocks.removeStaleIndexLock(session.repository().repository());
            return Boolean.TRUE;
        }, removed -> {
            statusUpdater.readNow();
            retry.run();
        }, error -> context.showError(text.get("ui.lock.failed"), error));
    }

    private void begin(String activity) {
        status.busyProperty().set(true);
        status.activityProperty().set(activity);
    }

    /** Ends a sync or publish: clears the activity and releases the editor, typing out what was held. */
    private void finish() {
        status.progress().stop();
        status.busyProperty().set(false);
        status.activityProperty().set("");
        if (syncLock != null) {
            EditorLock lock = syncLock;
            syncLock = null;
            lock.release();
        }
    }

    private record Outcome(SyncResult result, Map<String, String> titles) {
    }
}
