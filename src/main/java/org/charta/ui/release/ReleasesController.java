package org.charta.ui.release;

import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Alert;
import org.charta.core.release.Releases;
import org.charta.ui.amend.AmendmentLabels;
import org.charta.ui.app.AppContext;
import org.charta.ui.app.CharterSession;
import org.charta.ui.app.IdentityService;
import org.charta.ui.app.UiText;
import org.charta.ui.dialog.Dialogs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;

/**
 * Opens the releases window and tags releases: the notes are drafted on the serial lane from the amendments merged
 * since the previous release, the coordinator edits them, and the tag is written on the local main text.
 */
public final class ReleasesController {

    private static final Logger LOG = LoggerFactory.getLogger(ReleasesController.class);

    private final AppContext context;
    private final UiText text;
    private final IdentityService identities;
    private final AmendmentLabels labels;
    private final ObservableBooleanValue mayTag;
    private ReleasesWindow window;

    /** @param mayTag whether the person may tag, which shows the window's Tag button */
    public ReleasesController(AppContext context, IdentityService identities, AmendmentLabels labels,
                              ObservableBooleanValue mayTag) {
        this.context = context;
        this.text = context.text();
        this.identities = identities;
        this.labels = labels;
        this.mayTag = mayTag;
        mayTag.addListener((observable, previous, value) -> {
            if (window != null) {
                window.setMayTag(value);
            }
        });
    }

    /** Opens the releases window, or brings it to the front, and reads the releases. */
    public ReleasesWindow openWindow() {
        if (window == null) {
            window = new ReleasesWindow(context, labels, this::tag);
            window.stage().setOnHidden(event -> window = null);
            window.setMayTag(mayTag.get());
            window.show();
        } else {
            window.stage().toFront();
        }
        window.load();
        return window;
    }

    public Optional<ReleasesWindow> window() {
        return Optional.ofNullable(window);
    }

    /** Drafts the notes, prompts for the name and the edited notes, then tags the local main text. */
    public void tag() {
        CharterSession session = context.session();
        if (session == null) {
            return;
        }
        context.executor().submit("draft release notes", () -> Releases.draftNotes(session.repository(), text.locale()),
                notes -> new TagDialog(owner(), text, notes).ask().ifPresent(request -> tag(session, request)),
                error -> context.showError(text.get("ui.release.error.header"), error));
    }

    private void tag(CharterSession session, TagDialog.Request request) {
        identities.withIdentity(identity -> context.executor().submit("tag release " + request.name(),
                () -> Releases.tag(session.repository(), request.name(), request.notes(), identity), release -> {
                    LOG.info("Tagged release {} ({}) at {}", release.name(), release.tag(), release.commit());
                    if (window != null) {
                        window.load();
                    }
                    Dialogs.showMessage(owner(), text, Alert.AlertType.INFORMATION, text.get("ui.release.tagged.header",
                            release.name()), text.get("ui.release.tagged.message", release.name(), release.tag()));
                }, error -> context.showError(text.get("ui.release.error.header"), error)));
    }

    private javafx.stage.Window owner() {
        return window != null && window.stage().isShowing() ? window.stage() : context.owner();
    }
}
