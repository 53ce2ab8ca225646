package org.charta.ui.sync;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.charta.core.git.Incoming;
import org.charta.core.git.IncomingOutcome;

import java.util.List;

/** The repository and sync state the status bar shows. */
public final class StatusViewModel {

    private final IntegerProperty unrecordedSections = new SimpleIntegerProperty();
    private final ObjectProperty<List<String>> unrecordedPaths = new SimpleObjectProperty<>(List.of());
    private final IntegerProperty ahead = new SimpleIntegerProperty();
    private final IntegerProperty behind = new SimpleIntegerProperty();
    private final BooleanProperty hasRemote = new SimpleBooleanProperty();
    private final StringProperty remoteUrl = new SimpleStringProperty("");
    private final BooleanProperty offline = new SimpleBooleanProperty();
    private final BooleanProperty indexLocked = new SimpleBooleanProperty();
    private final StringProperty lastSync = new SimpleStringProperty("");
    private final StringProperty activity = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ObjectProperty<Incoming> incoming =
            new SimpleObjectProperty<>(Incoming.nothing(IncomingOutcome.LAST_FETCH));
    private final FxTaskProgress progress = new FxTaskProgress();

    /** Section files changed on disk but not yet recorded in a commit. */
    public IntegerProperty unrecordedSectionsProperty() {
        return unrecordedSections;
    }

    /** Every uncommitted path (sections, comments, manifest), for the tooltip. */
    public ObjectProperty<List<String>> unrecordedPathsProperty() {
        return unrecordedPaths;
    }

    /** Local commits the shared remote lacks, as of the last fetch. */
    public IntegerProperty aheadProperty() {
        return ahead;
    }

    /** Shared commits not yet merged here, as of the last fetch. */
    public IntegerProperty behindProperty() {
        return behind;
    }

    public BooleanProperty hasRemoteProperty() {
        return hasRemote;
    }

    public StringProperty remoteUrlProperty() {
        return remoteUrl;
    }

    /** True after a sync found the remote unreachable, until a sync reaches it again. */
    public BooleanProperty offlineProperty() {
        return offline;
    }

    public BooleanProperty indexLockedProperty() {
        return indexLocked;
    }

    /** The last sync's result and time in the UI language, or empty before the first sync. */
    public StringProperty lastSyncProperty() {
        return lastSync;
    }

    /** What a long-running task is doing ("Syncing…"), or empty. */
    public StringProperty activityProperty() {
        return activity;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    /** Returns the shared changes that wait to be merged, as of the last fetch. */
    public ObjectProperty<Incoming> incomingProperty() {
        return incoming;
    }

    /** Returns the progress and Cancel flag of the running clone, fetch or sync, which the status bar shows. */
    public FxTaskProgress progress() {
        return progress;
    }
}
