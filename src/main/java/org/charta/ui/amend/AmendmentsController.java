package org.charta.ui.amend;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.control.Alert;
import org.charta.core.comment.Stance;
import org.charta.core.Identity;
import org.charta.core.amend.AmendmentMerge;
import org.charta.core.amend.AmendmentRecord;
import org.charta.core.amend.AmendmentStatus;
import org.charta.core.amend.AmendmentSummary;
import org.charta.core.amend.Amendments;
import org.charta.core.amend.VoteChoice;
import org.charta.core.amend.Votes;
import org.charta.core.diff.ParagraphChange;
import org.charta.core.diff.SectionComparison;
import org.charta.core.git.PendingMerge;
import org.charta.core.governance.Members;
import org.charta.core.governance.Role;
import org.charta.ui.app.AppContext;
import org.charta.ui.app.CharterSession;
import org.charta.ui.app.IdentityService;
import org.charta.ui.app.UiText;
import org.charta.ui.dialog.Dialogs;
import org.charta.ui.editor.EditorController;
import org.charta.ui.editor.EditorLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Carries out everything the window does with amendments: list them, show one, create, switch the editor to one
 * and back, propose, withdraw, update, merge, open and close votes, cast votes. Disk and Git work runs on the
 * serial lane. Actions that may rewrite section files save and lock the editor first and reload the charter after,
 * as a sync does. A merge or update that stops on conflicts opens the conflict dialog.
 */
public final class AmendmentsController {

    private static final Logger LOG = LoggerFactory.getLogger(AmendmentsController.class);

    /** Opens the conflict dialog; its argument runs when the person has chosen for every conflict. */
    public interface ConflictOpener {

        void open(Runnable finish);
    }

    /** The message of the commit that records the edits of the amendment being proposed. */
    static final String RECORD_BEFORE_PROPOSE = "Record edits before proposing";

    private final AppContext context;
    private final UiText text;
    private final EditorController editor;
    private final IdentityService identities;
    private final Consumer<Runnable> reloadCharter;
    private final ConflictOpener conflicts;
    private final AmendmentListModel model = new AmendmentListModel();
    private final ObjectProperty<Roles> roles = new SimpleObjectProperty<>(Roles.NONE);
    private final StringProperty editedId = new SimpleStringProperty();
    private final StringProperty editedTitle = new SimpleStringProperty();
    private final BooleanProperty editedVoting = new SimpleBooleanProperty();
    private final BooleanBinding coordinator = Bindings.createBooleanBinding(() -> roles.get().mayCoordinate(),
            roles);
    private final AmendmentLabels labels;
    private final DetailLoader details;
    private volatile Map<String, String> titles = Map.of();
    private AmendmentsWindow window;
    private MembersDialog membersDialog;
    private Consumer<String> activity = message -> { };
    private Runnable statusRefresh = () -> { };

    /**
     * @param reloadCharter reloads the outline, the open section and its comments after the work tree changed,
     *                      then runs its argument (which unlocks the editor)
     */
    public AmendmentsController(AppContext context, EditorController editor, IdentityService identities,
                                Consumer<Runnable> reloadCharter, ConflictOpener conflicts) {
        this.context = context;
        this.text = context.text();
        this.editor = editor;
        this.identities = identities;
        this.reloadCharter = reloadCharter;
        this.conflicts = conflicts;
        this.labels = new AmendmentLabels(text, id -> titles.get(id));
        this.details = new DetailLoader(context, labels);
        roles.addListener((observable, previous, value) -> {
            if (window != null) {
                window.refreshDetail();
            }
        });
    }

    /**
     * Connects the status bar: {@code activity} shows a sentence about what just happened, {@code statusRefresh}
     * reads the pending changes again after the work tree moved to another text.
     */
    public void setStatusBar(Consumer<String> activity, Runnable statusRefresh) {
        this.activity = activity;
        this.statusRefresh = statusRefresh;
    }

    /**
     * Shows the checked-out amendment again after its changes were recorded, so the window's diff and counts
     * are never older than the last record.
     */
    public void recorded() {
        String id = editedId.get();
        CharterSession session = context.session();
        if (id == null || session == null || window == null) {
            return;
        }
        context.executor().submit("read amendment " + id, () -> Amendments.summary(session.repository(), id),
                summary -> {
                    model.replace(summary);
                    if (window != null) {
                        window.refreshDetail();
                    }
                }, error -> LOG.warn("Could not read amendment {} after a record", id, error));
    }

    public AmendmentListModel model() {
        return model;
    }

    /** The labels the amendment views use, with the main text's section titles once the list was read. */
    public AmendmentLabels labels() {
        return labels;
    }

    public ReadOnlyObjectProperty<Roles> rolesProperty() {
        return roles;
    }

    /** Returns whether the person may open and close votes, merge and tag; menus show those entries only then. */
    public BooleanBinding coordinatorProperty() {
        return coordinator;
    }

    /** The id of the amendment checked out, or null while the main text is edited. */
    public ReadOnlyStringProperty editedIdProperty() {
        return editedId;
    }

    public ReadOnlyStringProperty editedTitleProperty() {
        return editedTitle;
    }

    /** Returns whether the vote on the checked-out amendment is open, so that the banner warns before edits. */
    public ReadOnlyBooleanProperty editedVotingProperty() {
        return editedVoting;
    }

    /** Returns the amendments window while it is open, for tests. */
    public Optional<AmendmentsWindow> window() {
        return Optional.ofNullable(window);
    }

    /**
     * Reads who the person is, what they may do and which text is checked out; called when a charter opens and
     * after a sync. Refreshes the open amendments window too.
     */
    public void refreshState() {
        CharterSession session = context.session();
        if (session == null) {
            applyState(AmendmentTasks.CharterState.NONE);
            return;
        }
        context.executor().submit("read amendment state", () -> AmendmentTasks.readState(session), state -> {
            if (context.session() == session) {
                applyState(state);
                if (window != null) {
                    reloadList();
                }
            }
        }, error -> {
            LOG.warn("Could not read the roles and the checked-out amendment of {}", session.folder(), error);
            applyState(AmendmentTasks.CharterState.NONE);
        });
    }

    /** Opens the amendments window, or brings it to the front, and reads the list. */
    public AmendmentsWindow openWindow() {
        if (window == null) {
            window = new AmendmentsWindow(context, this, labels);
            window.stage().setOnHidden(event -> window = null);
            window.show();
        } else {
            window.stage().toFront();
        }
        reloadList();
        return window;
    }

    /** Reads every amendment again and shows them in the list; the time this takes is what the benchmark measures. */
    public void reloadList() {
        reloadList(() -> { });
    }

    void reloadList(Runnable after) {
        CharterSession session = context.session();
        if (session == null) {
            return;
        }
        String language = text.language();
        long started = System.nanoTime();
        context.executor().submit("list amendments", () -> AmendmentTasks.list(session, language), listing -> {
            titles = listing.titles();
            model.setAmendments(listing.amendments());
            if (window != null) {
                window.setSections(listing.titles());
                window.listRead();
            }
            LOG.info("Listed {} amendments in {} ms", listing.amendments().size(),
                    (System.nanoTime() - started) / 1_000_000);
            after.run();
        }, error -> {
            if (window != null) {
                window.showListError(text.describe(error));
            }
        });
    }

    /** Shows one amendment in the detail: header at once, then the diff, the tally and the deliberation. */
    void loadDetail(AmendmentSummary summary, AmendmentDetail detail) {
        details.load(summary, AmendmentActions.available(summary, roles.get(), editedId.get()), roles.get(), detail);
    }

    /** Asks for a new amendment, creates it and checks it out, so the editor edits its text. */
    public void newAmendment() {
        CharterSession session = context.session();
        if (session == null) {
            return;
        }
        String language = text.language();
        context.executor().submit("list amendments for a new one", () -> AmendmentTasks.list(session, language),
                listing -> {
                    titles = listing.titles();
                    model.setAmendments(listing.amendments());
                    List<AmendmentSummary> parents = listing.amendments().stream()
                            .filter(summary -> summary.status() != null && summary.status().isOpen()).toList();
                    new NewAmendmentDialog(owner(), text, listing.titles(), editor.sectionId(), parents).ask()
                            .ifPresent(request -> create(session, request));
                }, error -> context.showError(text.get("ui.amend.error.header"), error));
    }

    /**
     * Opens the list of members; a coordinator may add members, change their roles and remove them there. Each
     * change is one commit of the manifest (pending edits are saved and recorded first), after which the roles
     * are read again.
     */
    public void showMembers() {
        CharterSession session = context.session();
        if (session == null) {
            return;
        }
        MembersDialog[] shown = new MembersDialog[1];
        MembersDialog.Changes changes = new MembersDialog.Changes() {
            @Override
            public void add(String name, String email, Role role) {
                changeMembers(shown[0], "add member " + email, identity ->
                        Members.add(session.repository(), name, email, role.key(), identity));
            }

            @Override
            public void remove(String email) {
                changeMembers(shown[0], "remove member " + email, identity -> {
                    Members.remove(session.repository(), email, identity);
                    return email;
                });
            }
        };
        // Members counts the main text's members, so changes are made with the main text checked out only.
        String note = !roles.get().mayCoordinate() ? text.get("ui.amend.members.coordinatorsOnly")
                : editedId.get() != null ? text.get("ui.amend.members.mainTextOnly") : null;
        shown[0] = new MembersDialog(owner(), text, note, changes);
        shown[0].show();
        membersDialog = shown[0];
        context.executor().submit("list members", () -> Members.list(session.repository()), shown[0]::showMembers,
                error -> shown[0].showError(text.describe(error)));
    }

    /** Returns the members dialog last opened, for tests. */
    Optional<MembersDialog> membersDialog() {
        return Optional.ofNullable(membersDialog);
    }

    private void changeMembers(MembersDialog dialog, String name, IdentityCall<?> call) {
        CharterSession session = context.session();
        if (session == null) {
            return;
        }
        editor.save(saved -> {
            if (!saved) {
                dialog.showError(text.get("ui.amend.members.notSaved"));
                return;
            }
            identities.withIdentity(identity -> context.executor().submit(name, () -> {
                call.run(identity);
                return Members.list(session.repository());
            }, members -> {
                dialog.showMembers(members);
                refreshState();
            }, error -> dialog.showError(text.describe(error))), () -> dialog.showError(""));
        });
    }

    /** Checks the main text out again, recording the amendment's pending work first. */
    public void backToMain() {
        switchTo(null);
    }

    /** Carries out an action on an amendment, after a confirmation for those that are hard to undo. */
    public void act(AmendmentSummary summary, AmendmentActions.Action action) {
        String id = summary.id();
        String title = summary.record().title();
        switch (action) {
            case EDIT -> switchTo(id);
            case UPDATE -> mergeLike("update amendment " + id, "ui.amend.updated", (session, identity) ->
                    Amendments.update(session.repository(), id, identity));
            case MERGE -> {
                if (confirm("ui.amend.confirm.merge.header", "ui.amend.confirm.merge.message", "ui.amend.action.merge",
                        title)) {
                    mergeLike("merge amendment " + id, "ui.amend.merged", id, (session, identity) ->
                            Amendments.merge(session.repository(), id, identity));
                }
            }
            case PROPOSE -> propose(id);
            case WITHDRAW -> {
                if (confirm("ui.amend.confirm.withdraw.header", "ui.amend.confirm.withdraw.message",
                        "ui.amend.action.withdraw", title)) {
                    change(id, "withdraw amendment " + id, (session, identity) ->
                            Amendments.withdraw(session.repository(), id, identity), () -> leaveIfClosed(id));
                }
            }
            case OPEN_VOTE -> change(id, "open vote on " + id, (session, identity) ->
                    Votes.open(session.repository(), id, identity));
            case CLOSE_VOTE -> {
                if (confirm("ui.amend.confirm.close.header", "ui.amend.confirm.close.message",
                        "ui.amend.vote.closeButton", title)) {
                    change(id, "close vote on " + id, (session, identity) ->
                            Votes.close(session.repository(), id, identity));
                }
            }
            case CAST -> {
                // Casting needs a choice and a reason, which the vote panel collects and passes to cast().
            }
        }
    }

    /**
     * Proposes an amendment. When it is the one the editor edits, the editor is saved and its pending edits are
     * recorded onto the amendment first, so what is proposed is what the person sees.
     */
    private void propose(String id) {
        SessionCall<AmendmentRecord> call = (session, identity) -> {
            if (id.equals(Amendments.current(session.repository()).orElse(null))) {
                session.repository().record(RECORD_BEFORE_PROPOSE, identity);
            }
            return Amendments.propose(session.repository(), id, identity);
        };
        if (!id.equals(editedId.get())) {
            change(id, "propose amendment " + id, call);
            return;
        }
        editor.save(saved -> {
            if (saved) {
                change(id, "propose amendment " + id, call, statusRefresh);
            }
        });
    }

    /** Casts or changes the person's vote, then shows the new tally. */
    void cast(AmendmentSummary summary, VoteChoice choice, String reason, AmendmentDetail detail) {
        String id = summary.id();
        change(id, "cast vote on " + id, (session, identity) ->
                Votes.cast(session.repository(), id, identity, choice, reason), detail::castDone);
    }

    /** Adds a comment for, against or about the amendment to its deliberation. */
    void argue(AmendmentSummary summary, String value, Stance stance, AmendmentDetail detail) {
        CharterSession session = context.session();
        if (session == null) {
            return;
        }
        identities.withIdentity(identity -> context.executor().submit("add argument on " + summary.id(),
                () -> {
                    Arguments.add(session, summary.id(), value, stance, identity);
                    return Arguments.read(session, summary.id(), labels);
                }, arguments -> {
                    detail.argumentAdded();
                    detail.showArguments(arguments);
                    refreshRow(summary);
                }, error -> context.showError(text.get("ui.amend.error.header"), error)));
    }

    /**
     * Asks for a comment on a paragraph of the amendment's text, with an optional stance, and starts a thread on
     * that paragraph of the amendment; the deliberation tab then lists it under the paragraph's label.
     */
    void commentParagraph(AmendmentSummary summary, SectionComparison section, ParagraphChange change,
                          AmendmentDetail detail) {
        CharterSession session = context.session();
        if (session == null) {
            return;
        }
        String position = labels.position(section, change);
        Optional<ParagraphCommentDialog.Request> request = new ParagraphCommentDialog(owner(), text, position).ask();
        if (request.isEmpty()) {
            return;
        }
        identities.withIdentity(identity -> context.executor().submit("comment on a paragraph of " + summary.id(),
                () -> {
                    Arguments.addOnParagraph(session, summary.id(), section.sectionId(), change.newNumber(),
                            request.get().text(), request.get().stance(), identity);
                    return Arguments.read(session, summary.id(), labels);
                }, arguments -> {
                    detail.showArguments(arguments);
                    detail.selectDeliberationTab();
                    refreshRow(summary);
                }, error -> context.showError(text.get("ui.amend.error.header"), error)));
    }

    /** Reads one amendment's row again, so its comment count follows a new argument without a Refresh. */
    private void refreshRow(AmendmentSummary summary) {
        CharterSession session = context.session();
        if (session == null) {
            return;
        }
        context.executor().submit("read amendment " + summary.id(), () -> Amendments.summary(session.repository(),
                summary.id()), model::replace, error -> LOG.warn("Could not read amendment {}", summary.id(), error));
    }

    /**
     * Opens the conflict dialog on the pending merge when it belongs to an amendment's merge or update, so that
     * finishing merges again; runs {@code otherwise} when a sync's merge or nothing waits.
     */
    public void resolvePending(Runnable otherwise) {
        CharterSession session = context.session();
        if (session == null) {
            return;
        }
        context.executor().submit("read pending merge", () -> PendingMerge.load(session.repository())
                .map(PendingMerge::isSync).orElse(true), isSync -> {
                    if (isSync) {
                        otherwise.run();
                    } else {
                        conflicts.open(this::finishPending);
                    }
                }, error -> otherwise.run());
    }

    /** Completes the amendment merge or update that waited on conflicts, with the choices made in the dialog. */
    private void finishPending() {
        CharterSession session = context.session();
        if (session == null) {
            return;
        }
        mergeLike("finish pending amendment merge", "ui.amend.merged", (current, identity) ->
                Amendments.finishPending(current.repository(), identity));
    }

    /** Opens the vote on the amendment chosen in the window, or else on the one checked out. */
    public void openVote() {
        withTarget(summary -> act(summary, AmendmentActions.Action.OPEN_VOTE));
    }

    public void closeVote() {
        withTarget(summary -> act(summary, AmendmentActions.Action.CLOSE_VOTE));
    }

    public void merge() {
        withTarget(summary -> act(summary, AmendmentActions.Action.MERGE));
    }

    private void applyState(AmendmentTasks.CharterState state) {
        roles.set(state.roles());
        editedTitle.set(state.editedTitle());
        editedVoting.set(state.editedVoting());
        editedId.set(state.editedId());
    }

    private void create(CharterSession session, NewAmendmentDialog.Request request) {
        withLockedEditor("create amendment", (identity) -> {
            Amendments.create(session.repository(), request.title(), request.rationale(), request.targets(),
                    request.fromAmendment(), identity);
            return AmendmentTasks.readState(session);
        }, state -> {
            applyState(state);
            if (window != null) {
                reloadList(() -> window.select(state.editedId()));
            }
        });
    }

    /**
     * Checks the main text out again when the amendment just merged or withdrawn is the one the editor edits, so
     * nothing typed afterwards lands on a closed amendment, and says so in the status bar.
     */
    private void leaveIfClosed(String closedId) {
        if (closedId == null || !closedId.equals(editedId.get())) {
            return;
        }
        switchTo(null, () -> activity.accept(text.get("ui.amend.backAfterClose")));
    }

    private void switchTo(String id) {
        switchTo(id, () -> { });
    }

    private void switchTo(String id, Runnable after) {
        CharterSession session = context.session();
        if (session == null) {
            return;
        }
        withLockedEditor(id == null ? "switch to the main text" : "switch to amendment " + id, identity -> {
            Amendments.switchTo(session.repository(), id, identity);
            return AmendmentTasks.readState(session);
        }, state -> {
            applyState(state);
            statusRefresh.run();
            if (window != null) {
                window.refreshDetail();
            }
            after.run();
        });
    }

    /** Updates or merges an amendment; on conflicts, opens the dialog, whose finish runs the same step again. */
    private void mergeLike(String name, String doneKey, SessionCall<AmendmentMerge> call) {
        mergeLike(name, doneKey, null, call);
    }

    /** @param closedId the amendment this step closes (a merge), or null for an update */
    private void mergeLike(String name, String doneKey, String closedId, SessionCall<AmendmentMerge> call) {
        CharterSession session = context.session();
        if (session == null) {
            return;
        }
        withLockedEditor(name, identity -> call.run(session, identity), result -> {
            LOG.info("{}: {} {}", name, result.outcome(), result.commit());
            if (result.outcome() == AmendmentMerge.Outcome.CONFLICT) {
                conflicts.open(() -> mergeLike(name, doneKey, closedId, call));
                return;
            }
            refreshState();
            reloadList();
            leaveIfClosed(closedId);
            String message = result.outcome() == AmendmentMerge.Outcome.UP_TO_DATE ? text.get("ui.amend.upToDate")
                    : result.nowOutdated().isEmpty() ? text.get(doneKey)
                    : text.get("ui.amend.mergedOutdated", result.nowOutdated().size());
            // The outdated message starts with "Done." itself: a "Done" heading above it would say it twice.
            String header = message.startsWith(text.get("ui.amend.done.header")) ? null
                    : text.get("ui.amend.done.header");
            Dialogs.showMessage(owner(), text, Alert.AlertType.INFORMATION, header, message);
        });
    }

    /** Changes an amendment's status or votes, which touches no section file, then shows it again. */
    private void change(String id, String name, SessionCall<?> call) {
        change(id, name, call, () -> { });
    }

    private void change(String id, String name, SessionCall<?> call, Runnable after) {
        CharterSession session = context.session();
        if (session == null) {
            return;
        }
        setBusy(true);
        identities.withIdentity(identity -> context.executor().submit(name, () -> {
            call.run(session, identity);
            return Amendments.summary(session.repository(), id);
        }, summary -> {
            setBusy(false);
            after.run();
            model.replace(summary);
            if (id.equals(editedId.get())) {
                editedVoting.set(summary.status() == AmendmentStatus.VOTING);
            }
            if (window != null) {
                window.select(id);
                window.refreshDetail();
            }
        }, error -> {
            setBusy(false);
            context.showError(text.get("ui.amend.error.header"), error);
        }), () -> setBusy(false));
    }

    /**
     * Saves and locks the editor, runs a step that may rewrite section files, reloads the charter, then unlocks:
     * what is typed meanwhile is held and typed out into the reloaded text.
     */
    private <T> void withLockedEditor(String name, IdentityCall<T> call, Consumer<T> onSuccess) {
        setBusy(true);
        EditorLock lock = editor.lock();
        editor.save(saved -> {
            if (!saved) {
                setBusy(false);
                lock.release();
                return;
            }
            identities.withIdentity(identity -> context.executor().submit(name, () -> call.run(identity),
                    result -> reloadCharter.accept(() -> {
                        lock.release();
                        setBusy(false);
                        onSuccess.accept(result);
                    }), error -> reloadCharter.accept(() -> {
                        lock.release();
                        setBusy(false);
                        context.showError(text.get("ui.amend.error.header"), error);
                    })), () -> {
                        lock.release();
                        setBusy(false);
                    });
        });
    }

    private void withTarget(Consumer<AmendmentSummary> action) {
        Optional<AmendmentSummary> selected = window == null ? Optional.empty() : window.selected();
        if (selected.isPresent()) {
            action.accept(selected.get());
            return;
        }
        CharterSession session = context.session();
        String id = editedId.get();
        if (session == null || id == null) {
            Dialogs.showMessage(owner(), text, Alert.AlertType.INFORMATION, text.get("ui.amend.pick.header"),
                    text.get("ui.amend.pick.message"));
            return;
        }
        context.executor().submit("read amendment " + id, () -> Amendments.summary(session.repository(), id),
                action, error -> context.showError(text.get("ui.amend.error.header"), error));
    }

    private boolean confirm(String headerKey, String messageKey, String buttonKey, String title) {
        String shown = AmendmentLabels.shortTitle(title);
        return Dialogs.confirm(owner(), text, text.get(headerKey, shown), text.get(messageKey, shown),
                text.get(buttonKey));
    }

    private void setBusy(boolean busy) {
        if (window != null) {
            window.setBusy(busy);
        }
    }

    private javafx.stage.Window owner() {
        return window != null && window.stage().isShowing() ? window.stage() : context.owner();
    }

    /** A step on the serial lane with the session and the person's identity. */
    @FunctionalInterface
    private interface SessionCall<T> {

        T run(CharterSession session, Identity identity) throws Exception;
    }

    /** A step on the serial lane with the person's identity. */
    @FunctionalInterface
    private interface IdentityCall<T> {

        T run(Identity identity) throws Exception;
    }
}
