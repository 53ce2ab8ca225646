package org.charta.ui.sync;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;
import org.charta.core.git.CharterRepository;
import org.charta.core.git.Incoming;
import org.charta.core.git.IncomingChanges;
import org.charta.core.git.IncomingOutcome;
import org.charta.core.transport.TaskProgress;
import org.charta.ui.transport.UiRemoteAccess;
import org.charta.ui.app.AppContext;
import org.charta.ui.app.CharterSession;
import org.charta.ui.app.UiText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.function.LongSupplier;

/**
 * Fetches the shared changes every few minutes and when the window regains focus, and shows in the
 * {@link StatusViewModel} which sections others changed. It never merges and never changes local work.
 *
 * <p>A fetch runs on the executor's network lane with a repository object of its own, because a slow remote
 * would otherwise hold up autosave on the serial lane. It never overlaps a sync of the same charter: a fetch is
 * not started while a sync runs, and {@code RemoteLock} makes a fetch that is already running and a sync that
 * starts meanwhile take turns. A background fetch that fails is only logged, because the person did not start it.
 */
public final class BackgroundFetcher {

    private static final Logger LOG = LoggerFactory.getLogger(BackgroundFetcher.class);

    /** Shortest time between two fetches triggered by the window regaining focus. */
    static final long FOCUS_INTERVAL_MILLIS = 60_000;

    private final AppContext context;
    private final UiText text;
    private final StatusViewModel status;
    private final StatusUpdater statusUpdater;
    private final LongSupplier clock;
    private Timeline timer;
    private boolean running;
    private long lastFocusFetch = Long.MIN_VALUE;

    public BackgroundFetcher(AppContext context, StatusViewModel status, StatusUpdater statusUpdater) {
        this(context, status, statusUpdater, System::currentTimeMillis);
    }

    BackgroundFetcher(AppContext context, StatusViewModel status, StatusUpdater statusUpdater, LongSupplier clock) {
        this.context = context;
        this.text = context.text();
        this.status = status;
        this.statusUpdater = statusUpdater;
        this.clock = clock;
    }

    /** Starts (or restarts) the periodic fetch; {@code minutes} 0 turns it off. */
    public void schedule(int minutes) {
        if (timer != null) {
            timer.stop();
            timer = null;
        }
        if (minutes <= 0) {
            LOG.info("Background fetch is off");
            return;
        }
        timer = new Timeline(new KeyFrame(Duration.minutes(minutes), event -> fetchQuietly()));
        timer.setCycleCount(Timeline.INDEFINITE);
        timer.play();
        LOG.info("Background fetch every {} {}", minutes, minutes == 1 ? "minute" : "minutes");
    }

    /** Stops the periodic fetch, when the window closes. */
    public void stop() {
        schedule(0);
    }

    /** Fetches when the window regains focus, at most once every {@link #FOCUS_INTERVAL_MILLIS} ms. */
    public void focusGained() {
        long now = clock.getAsLong();
        if (lastFocusFetch != Long.MIN_VALUE && now - lastFocusFetch < FOCUS_INTERVAL_MILLIS) {
            return;
        }
        lastFocusFetch = now;
        fetchQuietly();
    }

    /** Fetches without a progress bar and without a dialog. */
    public void fetchQuietly() {
        fetch(TaskProgress.NONE, false);
    }

    /**
     * Fetches with the status bar's progress bar and Cancel button, as the person asked. A failure is shown in
     * a dialog; a cancel only in the status bar.
     */
    public void fetchNow() {
        status.progress().start();
        status.activityProperty().set(text.get("ui.incoming.fetching"));
        fetch(status.progress(), true);
    }

    /** Reads what the last fetch saw, without contacting the remote: after a sync or when a charter opens. */
    public void refreshPending() {
        CharterSession session = context.session();
        if (session == null) {
            return;
        }
        context.executor().submit("read incoming changes", () -> IncomingChanges.pending(session.repository()),
                incoming -> show(session, incoming),
                error -> LOG.warn("Could not read the incoming changes of {}", session.folder(), error));
    }

    private void fetch(TaskProgress progress, boolean manual) {
        CharterSession session = context.session();
        if (session == null || running || (!manual && status.busyProperty().get())) {
            if (manual) {
                endManual();
            }
            return;
        }
        running = true;
        context.executor().network("fetch " + session.folder(), () -> {
            // Recovery runs when the session opens. Run here, beside the serial lane, it could remove a lock that
            // the lane is about to use.
            try (CharterRepository repository = CharterRepository.openWithoutRecovery(session.folder())) {
                return IncomingChanges.fetch(repository, UiRemoteAccess.background(progress));
            }
        }, incoming -> {
            running = false;
            show(session, incoming);
            statusUpdater.readNow();
            if (manual) {
                endManual();
                status.activityProperty().set(manualOutcomeText(incoming));
            }
        }, error -> {
            running = false;
            if (manual) {
                endManual();
                context.showError(text.get("ui.incoming.failed"), error);
            }
        });
    }

    private void show(CharterSession session, Incoming incoming) {
        // A fetch of a charter closed meanwhile must not mark sections of the one open now.
        if (context.session() != session) {
            return;
        }
        status.incomingProperty().set(incoming);
        if (incoming.outcome() == IncomingOutcome.OFFLINE) {
            status.offlineProperty().set(true);
        } else if (incoming.outcome() == IncomingOutcome.FETCHED) {
            status.offlineProperty().set(false);
        }
    }

    private String manualOutcomeText(Incoming incoming) {
        return switch (incoming.outcome()) {
            case CANCELLED -> text.get("ui.progress.cancelled");
            case OFFLINE -> text.get("ui.incoming.offline");
            case NO_REMOTE -> text.get("ui.sync.noRemote");
            default -> incoming.isEmpty() ? text.get("ui.incoming.none", text.time(Instant.now())) : "";
        };
    }

    private void endManual() {
        status.progress().stop();
        status.activityProperty().set("");
    }
}
