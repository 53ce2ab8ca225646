package org.charta.ui.app;

import org.charta.core.Identity;
import org.charta.ui.dialog.IdentityDialog;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * Supplies the identity that commits and comments carry: Git's {@code user.name} and {@code user.email}, else
 * the identity the person entered earlier in Charta (kept in the per-person {@link Settings}), else what the
 * person enters now. An identity that did not come from Git's configuration is stored in the clone's own
 * {@code .git/config} too, so other Git tools use the same one. A person is therefore asked once, not once per
 * charter.
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
                return;
            }
            Optional<Identity> remembered = remembered(context.settings());
            if (remembered.isPresent()) {
                store(session, remembered.get(), action, onCancel);
            } else {
                askAndStore(session, action, onCancel);
            }
        }, error -> {
            context.showError(context.text().get("ui.identity.failed"), error);
            onCancel.run();
        });
    }

    /** Returns the identity kept in the settings, unless it was edited into one the dialog would reject. */
    static Optional<Identity> remembered(Settings settings) {
        return settings.identity().filter(IdentityDialog::isValid);
    }

    /** Asks for the identity and keeps the reply in the settings, for every later charter. */
    static Optional<Identity> askAndRemember(AppContext context) {
        Optional<Identity> entered = IdentityDialog.ask(context.owner(), context.text());
        entered.ifPresent(identity -> {
            context.settings().setIdentity(identity);
            context.saveSettings();
        });
        return entered;
    }

    private void askAndStore(CharterSession session, Consumer<Identity> action, Runnable onCancel) {
        Optional<Identity> entered = askAndRemember(context);
        if (entered.isEmpty()) {
            onCancel.run();
            return;
        }
        store(session, entered.get(), action, onCancel);
    }

    private void store(CharterSession session, Identity identity, Consumer<Identity> action, Runnable onCancel) {
        context.executor().submit("store identity", () -> {
            session.storeIdentity(identity);
            return identity;
        }, action, error -> {
            context.showError(context.text().get("ui.identity.failed"), error);
            onCancel.run();
        });
    }
}
