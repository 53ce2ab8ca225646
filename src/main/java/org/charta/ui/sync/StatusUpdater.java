package org.charta.ui.sync;

import javafx.util.Duration;
import org.charta.core.git.Incoming;
import org.charta.core.git.IncomingOutcome;
import org.charta.core.git.RepositoryStatus;
import org.charta.ui.app.AppContext;
import org.charta.ui.app.CharterSession;
import org.charta.ui.task.Debouncer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Set;

/**
 * Reads the repository status on the serial lane (never contacting the remote) and puts it into the
 * {@link StatusViewModel}. Requests within a short delay are coalesced into one read.
 */
public final class StatusUpdater {

    private static final Logger LOG = LoggerFactory.getLogger(StatusUpdater.class);

    private static final Duration DELAY = Duration.millis(400);

    private final AppContext context;
    private final StatusViewModel model;
    private final Debouncer debouncer;

    public StatusUpdater(AppContext context, StatusViewModel model) {
        this.context = context;
        this.model = model;
        this.debouncer = new Debouncer(DELAY, this::readNow);
    }

    /** Schedules a status read. */
    public void refresh() {
        debouncer.trigger();
    }

    /**
     * Forgets everything shown about the previous charter (counts, remote, last sync, activity), when another
     * charter opens. A task still running keeps its busy flag and activity, which its own end clears.
     */
    public void reset() {
        debouncer.cancel();
        model.unrecordedSectionsProperty().set(0);
        model.unrecordedPathsProperty().set(List.of());
        model.aheadProperty().set(0);
        model.behindProperty().set(0);
        model.hasRemoteProperty().set(false);
        model.remoteUrlProperty().set("");
        model.offlineProperty().set(false);
        model.indexLockedProperty().set(false);
        model.lastSyncProperty().set("");
        model.incomingProperty().set(Incoming.nothing(IncomingOutcome.LAST_FETCH));
        if (!model.busyProperty().get()) {
            model.activityProperty().set("");
        }
    }

    /** Reads the status now, after whatever the serial lane is doing. */
    public void readNow() {
        debouncer.cancel();
        CharterSession session = context.session();
        if (session == null) {
            return;
        }
        context.executor().submit("read repository status", () -> new Snapshot(session.repository().status(),
                        sectionPaths(session)),
                snapshot -> {
                    // A read of a charter closed meanwhile would show its counts under the new one.
                    if (context.session() == session) {
                        show(snapshot);
                    }
                },
                error -> LOG.warn("Could not read the repository status of {}", session.folder()));
    }

    private static Set<String> sectionPaths(CharterSession session) {
        return Set.copyOf(session.charter().manifest().textPaths());
    }

    private void show(Snapshot snapshot) {
        RepositoryStatus status = snapshot.status();
        List<String> paths = status.uncommittedPaths();
        model.unrecordedSectionsProperty().set((int) paths.stream().filter(snapshot.sectionPaths()::contains).count());
        model.unrecordedPathsProperty().set(paths);
        model.aheadProperty().set(status.ahead());
        model.behindProperty().set(status.behind());
        model.hasRemoteProperty().set(status.hasRemote());
        model.remoteUrlProperty().set(status.remoteUrl() == null ? "" : status.remoteUrl());
        model.indexLockedProperty().set(status.indexLocked());
    }

    private record Snapshot(RepositoryStatus status, Set<String> sectionPaths) {
    }
}
