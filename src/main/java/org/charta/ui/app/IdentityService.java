package org.charta.ui.app;

import org.charta.core.Identity;
import org.charta.ui.dialog.IdentityDialog;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * Supplies the identity that commits and comments carry: Git's {@code user.name} and {@code user.email},
 * or, when they are unset, what the person enters once. That answer is stored in the clone's own
 * {@code .git/config}, so the question does not come back.
 */
public final class IdentityService {

    private final AppContext context;

    public IdentityService(AppContext context) {
        this.context = context;
    }

    /** Runs the action on the JavaFX thread with the identity; does nothing when the person cancels. */
    public void withIdentity(Consumer<Identity> action) {
        withIdentity(action, () -> { });
    }

    /**
     * Runs the action with the identity, or {@code onCancel} when the person cancels the question or the
     * identity cannot be stored (that error is shown first).
     */
    public void withIdentity(Consumer<Identity> action, Runnable onCancel) {
        CharterSession session = context.session();
        if (session == null) {
            onCancel.run();
            return;
        }
        context.executor().submit("resolve identity", session::identity, identity -> {
            if (identity.isPresent()) {
                action.accept(identity.get());
            } else {
                askAndStore(session, action, onCancel);
            }
        }, error -> {
            context.showError(context.text().get("ui.identity.failed"), error);
            onCancel.run();
        });
    }

    private void askAndStore(CharterSession session, Consumer<Identity> action, Runnable onCancel) {
        Optional<Identity> entered = IdentityDialog.ask(context.owner(), context.text());
        if (entered.isEmpty()) {
            onCancel.run();
            return;
        }
        context.executor().submit("store identity", () -> {
            session.storeIdentity(entered.get());
            return entered.get();
        }, action, error -> {
            context.showError(context.text().get("ui.identity.failed"), error);
            onCancel.run();
        });
    }
}
