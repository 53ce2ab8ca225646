package org.charta.ui.app;

import org.charta.core.ChartaException;
import org.charta.core.Identity;
import org.charta.core.charter.Charter;
import org.charta.core.charter.Section;
import org.charta.core.demo.DemoCharter;
import org.charta.core.git.History;
import org.charta.core.translation.LanguageVersion;
import org.charta.ui.comment.CommentsController;
import org.charta.ui.editor.EditorController;
import org.charta.ui.editor.EditorLock;
import org.charta.ui.outline.OutlineActions;
import org.charta.ui.outline.OutlineViewModel;
import org.charta.ui.outline.SectionItem;
import org.charta.ui.sync.StatusUpdater;
import org.charta.ui.translation.LanguageNames;
import org.charta.ui.translation.TranslationController;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Opens and closes charters and carries out the outline's requests: open, add, rename, move and delete
 * sections. Every change to the charter runs on the serial lane after the open section is saved.
 */
public final class CharterController implements OutlineActions {

    private static final Logger LOG = LoggerFactory.getLogger(CharterController.class);

    private final AppContext context;
    private final UiText text;
    private final OutlineViewModel outline;
    private final EditorController editor;
    private final CommentsController comments;
    private final StatusUpdater status;
    private Consumer<CharterSession> onCharterOpened = session -> { };
    private Runnable onFilesChanged = () -> { };

    public CharterController(AppContext context, OutlineViewModel outline, EditorController editor,
                             CommentsController comments, StatusUpdater status) {
        this.context = context;
        this.text = context.text();
        this.outline = outline;
        this.editor = editor;
        this.comments = comments;
        this.status = status;
    }

    /** Receives each charter once it is open and its outline shown. */
    public void setOnCharterOpened(Consumer<CharterSession> onCharterOpened) {
        this.onCharterOpened = onCharterOpened;
    }

    /**
     * Runs after the charter's files changed as a whole: a charter opened, a structural change, a sync or an
     * amendment merge reloaded it. The translations' status is computed again then.
     */
    public void setOnFilesChanged(Runnable onFilesChanged) {
        this.onFilesChanged = onFilesChanged;
    }

    /**
     * Opens the charter of the last session, or the demo charter when there is none or it cannot be opened.
     */
    public void openInitial() {
        Optional<Path> last = context.settings().lastCharter();
        Optional<String> lastSection = context.settings().lastSection();
        context.executor().submit("open the initial charter", () -> {
            if (last.isPresent() && Charter.isCharter(last.get())) {
                try {
                    return CharterSession.open(last.get());
                } catch (ChartaException e) {
                    LOG.warn("Could not reopen the last charter {}; opening the demo charter", last.get(), e);
                }
            }
            Identity person = GlobalIdentity.read().or(() -> IdentityService.remembered(context.settings()))
                    .orElse(null);
            return CharterSession.open(DemoCharter.ensure(person));
        }, session -> show(session, lastSection.orElse(null)),
                error -> context.showError(text.get("ui.charter.openFailed"), error));
    }

    /** Saves and closes the open charter, then opens the one in the folder. */
    public void openCharter(Path folder) {
        editor.close(closed -> {
            if (!closed) {
                return;
            }
            CharterSession previous = context.session();
            context.executor().submit("open charter " + folder, () -> {
                CharterSession session = CharterSession.open(folder);
                if (previous != null) {
                    previous.close();
                }
                return session;
            }, session -> show(session, null), error -> {
                context.showError(text.get("ui.charter.openFailed"), error);
                reopenSection(previous);
            });
        });
    }

    /**
     * Saves the open section, empties the editor and closes the charter. {@code done} receives whether the text
     * was saved. The editor is emptied so that nothing typed after the save is left in a window that closes.
     */
    public void closeCharter(Consumer<Boolean> done) {
        editor.close(saved -> {
            if (!saved) {
                done.accept(false);
                return;
            }
            CharterSession session = context.session();
            context.setSession(null);
            if (session == null) {
                done.accept(true);
                return;
            }
            context.executor().submit("close charter", () -> {
                session.close();
                return Boolean.TRUE;
            }, closed -> done.accept(true), error -> done.accept(true));
        });
    }

    @Override
    public void openSection(String id) {
        openSection(id, opened -> { });
    }

    /**
     * Opens a section, or one of its language versions when {@code id} is {@code sectionId@language}, in the
     * editor after saving the open text. The outline keeps the source section selected, and the comments show the
     * threads of the text opened. {@code done} receives whether it opened.
     */
    public void openSection(String id, Consumer<Boolean> done) {
        String sectionId = TranslationController.sectionOf(id);
        SectionItem item = outline.find(sectionId);
        if (item == null) {
            done.accept(false);
            return;
        }
        editor.open(id, editorTitle(id, item), opened -> {
            if (opened) {
                outline.openSectionIdProperty().set(sectionId);
                comments.showSection(id);
                context.settings().setLastSection(sectionId);
            } else {
                outline.resetSelection();
            }
            done.accept(opened);
        });
    }

    /** Returns the editor's title: the section's, followed by the language's name for a language version. */
    private String editorTitle(String id, SectionItem item) {
        return LanguageVersion.parse(id)
                .map(version -> text.get("ui.translation.editorTitle", item.title(),
                        LanguageNames.asHeading(version.language(), text.locale())))
                .orElse(item.title());
    }

    @Override
    public void addSection(String title, String afterId) {
        CharterSession session = context.session();
        change("add section", () -> session.charter().addSection(title, afterId).id(), this::openSection, () -> { });
    }

    @Override
    public void renameSection(String id, String title) {
        CharterSession session = context.session();
        // The rename rewrites the heading in the file, so typing is held from before the save until the reload.
        EditorLock lock = id.equals(editor.sectionId()) ? editor.lock() : null;
        change("rename section " + id, () -> {
            session.charter().renameSection(id, title);
            return id;
        }, renamed -> {
            if (lock == null) {
                return;
            }
            SectionItem item = outline.find(id);
            editor.setTitle(item == null ? title : item.title());
            editor.reload(reloaded -> lock.release());
        }, () -> release(lock));
    }

    @Override
    public void moveSection(String id, int newIndex) {
        CharterSession session = context.session();
        change("move section " + id, () -> {
            session.charter().moveSection(id, newIndex);
            return id;
        }, moved -> { }, () -> { });
    }

    @Override
    public void deleteSection(String id) {
        CharterSession session = context.session();
        int index = outline.indexOf(id);
        // Typing into a section whose file is being deleted would fail to save, so it is held instead; the same goes
        // for one of its language versions, which the deletion leaves without a source.
        String open = editor.sectionId();
        EditorLock lock = open != null && id.equals(TranslationController.sectionOf(open)) ? editor.lock() : null;
        change("delete section " + id, () -> {
            session.charter().deleteSection(id);
            return id;
        }, deleted -> {
            if (lock == null) {
                return;
            }
            if (!outline.sections().isEmpty()) {
                int next = Math.min(index, outline.sections().size() - 1);
                editor.close(closed -> {
                    lock.release();
                    openSection(outline.sections().get(next).id());
                });
            } else {
                editor.close(closed -> {
                    lock.release();
                    comments.showSection(null);
                });
            }
        }, () -> release(lock));
    }

    @Override
    public void hasRecordedVersion(String id, Consumer<Boolean> recorded) {
        CharterSession session = context.session();
        SectionItem item = outline.find(id);
        if (session == null || item == null) {
            recorded.accept(false);
            return;
        }
        context.executor().submit("read history of " + item.path(),
                () -> !History.log(session.repository(), item.path(), 1).isEmpty(), recorded, error -> {
                    LOG.warn("Could not read the history of {}; warning as if it had none", item.path(), error);
                    recorded.accept(false);
                });
    }

    /**
     * Re-reads the outline, the open section and its comments after a sync changed files, then runs
     * {@code done}. The open section was saved before the sync, so reloading it loses nothing.
     */
    public void reloadAfterSync(Runnable done) {
        CharterSession session = context.session();
        if (session == null) {
            done.run();
            return;
        }
        context.executor().submit("reload charter after sync", () -> {
            session.charter().reload();
            return items(session);
        }, items -> {
            outline.setSections(items);
            String open = editor.sectionId();
            SectionItem openItem = open == null ? null : outline.find(TranslationController.sectionOf(open));
            if (openItem != null) {
                editor.setTitle(editorTitle(open, openItem));
                editor.reload(reloaded -> {
                    comments.reload();
                    onFilesChanged.run();
                    done.run();
                });
            } else if (!items.isEmpty()) {
                editor.close(closed -> {
                    openSection(items.get(0).id());
                    onFilesChanged.run();
                    done.run();
                });
            } else {
                onFilesChanged.run();
                done.run();
            }
        }, error -> {
            context.showError(text.get("ui.charter.openFailed"), error);
            done.run();
        });
    }

    /**
     * Saves the open section, runs a structural change, then shows the new outline. {@code onFailure} runs when
     * the save or the change fails, after which the error is shown.
     */
    private void change(String name, Callable<String> task, Consumer<String> after, Runnable onFailure) {
        CharterSession session = context.session();
        if (session == null) {
            onFailure.run();
            return;
        }
        outline.busyProperty().set(true);
        editor.save(saved -> {
            if (!saved) {
                outline.busyProperty().set(false);
                onFailure.run();
                return;
            }
            context.executor().submit(name, () -> new Change(task.call(), items(session)), change -> {
                outline.busyProperty().set(false);
                outline.setSections(change.items());
                status.refresh();
                onFilesChanged.run();
                after.accept(change.id());
            }, error -> {
                outline.busyProperty().set(false);
                onFailure.run();
                context.showError(text.get("ui.outline.changeFailed"), error);
            });
        });
    }

    private static void release(EditorLock lock) {
        if (lock != null) {
            lock.release();
        }
    }

    private void show(CharterSession session, String preferredSection) {
        context.setSession(session);
        // The status bar still shows the previous charter's sync and counts until this one's are read.
        status.reset();
        editor.setStore(session);
        context.settings().setLastCharter(session.folder());
        context.saveSettings();
        context.executor().submit("list sections", () -> items(session), items -> {
            outline.setSections(items);
            context.stage().setTitle(text.get("ui.window.title", session.charter().title()));
            onCharterOpened.accept(session);
            onFilesChanged.run();
            status.readNow();
            String first = preferredSection != null && outline.find(preferredSection) != null ? preferredSection
                    : items.isEmpty() ? null : items.get(0).id();
            if (first != null) {
                openSection(first);
            } else {
                comments.showSection(null);
            }
        }, error -> context.showError(text.get("ui.charter.openFailed"), error));
    }

    private void reopenSection(CharterSession previous) {
        if (previous != null && context.session() == previous && !outline.sections().isEmpty()) {
            String id = outline.openSectionIdProperty().get();
            openSection(id != null && outline.find(id) != null ? id : outline.sections().get(0).id());
        }
    }

    /** Lists the sections for the outline, titled in the UI language; runs on the serial lane. */
    private List<SectionItem> items(CharterSession session) throws ChartaException {
        return session.sections().stream().map(this::item).toList();
    }

    private SectionItem item(Section section) {
        return new SectionItem(section.id(), section.title(text.language()), section.title(), section.path());
    }

    private record Change(String id, List<SectionItem> items) {
    }
}
