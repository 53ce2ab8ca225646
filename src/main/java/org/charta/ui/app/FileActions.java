package org.charta.ui.app;

import javafx.stage.DirectoryChooser;
import org.charta.core.ChartaException;
import org.charta.core.Identity;
import org.charta.core.charter.CharterSetup;
import org.charta.ui.transport.UiRemoteAccess;
import org.charta.ui.dialog.CharterDialogs;
import org.charta.ui.dialog.CloneDialog;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * The File menu's ways to get a charter: create one, open one, adopt a folder, clone a shared one, import
 * a Markdown document. Each ends by opening the charter in the window.
 */
public final class FileActions {

    private final AppContext context;
    private final UiText text;
    private final CharterController charters;

    public FileActions(AppContext context, CharterController charters) {
        this.context = context;
        this.text = context.text();
        this.charters = charters;
    }

    public void newCharter() {
        CharterDialogs.newCharter(context.owner(), text).ifPresent(request -> withFirstAuthor((author, store) ->
                create("create charter in " + request.folder(), request.folder(), author, store, () ->
                        CharterSetup.create(request.folder(), request.title(), languages(), author))));
    }

    public void openCharter() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(text.get("ui.open.title"));
        CharterSession session = context.session();
        if (session != null && session.folder().getParent() != null) {
            chooser.setInitialDirectory(session.folder().getParent().toFile());
        }
        File folder = chooser.showDialog(context.owner());
        if (folder != null) {
            charters.openCharter(folder.toPath());
        }
    }

    public void adoptFolder() {
        CharterDialogs.adopt(context.owner(), text).ifPresent(request -> withFirstAuthor((author, store) ->
                create("adopt " + request.folder(), request.folder(), author, store, () ->
                        CharterSetup.adopt(request.folder(), blankToNull(request.title()), languages(), author))));
    }

    public void importMarkdown() {
        CharterDialogs.importDocument(context.owner(), text).ifPresent(request -> withFirstAuthor((author, store) ->
                create("import " + request.document(), request.folder(), author, store, () ->
                        CharterSetup.importDocument(request.document(), request.folder(),
                                blankToNull(request.title()), languages(), author))));
    }

    public void cloneCharter() {
        CloneDialog.show(context.owner(), text, context.executor(), new UiRemoteAccess(context.owner(), text))
                .ifPresent(charters::openCharter);
    }

    /** A step that creates a charter and its first commit, run on the serial lane. */
    private interface Creation {
        void run() throws ChartaException;
    }

    private void create(String name, Path folder, Identity author, boolean storeIdentity, Creation creation) {
        context.executor().submit(name, () -> {
            creation.run();
            if (storeIdentity) {
                try (CharterSession session = CharterSession.open(folder)) {
                    session.storeIdentity(author);
                }
            }
            return folder.toAbsolutePath().normalize();
        }, charters::openCharter, error -> context.showError(text.get("ui.charter.createFailed"), error));
    }

    /**
     * Finds the author of a new charter's first commit: the global Git identity, else the one the person
     * entered earlier in Charta, else what the person enters now. The last two are then stored in the new
     * repository ({@code store} is true).
     */
    private void withFirstAuthor(BiConsumer<Identity, Boolean> action) {
        context.executor().submit("read global identity", GlobalIdentity::read, global -> {
            if (global.isPresent()) {
                action.accept(global.get(), false);
                return;
            }
            Optional<Identity> known = IdentityService.remembered(context.settings())
                    .or(() -> IdentityService.askAndRemember(context));
            known.ifPresent(identity -> action.accept(identity, true));
        }, error -> context.showError(text.get("ui.identity.failed"), error));
    }

    private List<String> languages() {
        return List.of(text.language());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
