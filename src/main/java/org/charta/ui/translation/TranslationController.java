package org.charta.ui.translation;

import org.charta.core.charter.LanguageTags;
import javafx.scene.control.Alert;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import org.charta.core.ChartaException;
import org.charta.core.Identity;
import org.charta.core.charter.Charter;
import org.charta.core.markdown.Block;
import org.charta.core.markdown.MarkdownBlocks;
import org.charta.core.translation.FolderImport;
import org.charta.core.translation.ImportPlan;
import org.charta.core.translation.LanguageVersion;
import org.charta.core.translation.TranslationMatcher;
import org.charta.core.translation.TranslationStatus;
import org.charta.core.translation.Translations;
import org.charta.ui.app.AppContext;
import org.charta.ui.app.CharterSession;
import org.charta.ui.app.IdentityService;
import org.charta.ui.app.UiText;
import org.charta.ui.dialog.Dialogs;
import org.charta.ui.editor.EditorController;
import org.charta.ui.editor.EditorLock;
import org.charta.ui.editor.SectionEditor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Carries out the window's translation requests: computes the status of every language version on the serial
 * lane, adds and imports translations, marks paragraphs up to date and opens the side-by-side view. Every
 * write first saves the open text, because the status compares what is on disk.
 */
public final class TranslationController {

    private static final Logger LOG = LoggerFactory.getLogger(TranslationController.class);

    private final AppContext context;
    private final UiText text;
    private final TranslationsModel model;
    private final EditorController editorController;
    private final SectionEditor editor;
    private final IdentityService identities;
    private BiConsumer<String, Consumer<Boolean>> sectionOpener = (id, done) -> done.accept(false);
    private Function<String, String> titleLookup = id -> id;
    private Runnable onFilesWritten = () -> { };
    private TranslationWindow window;
    private long generation;

    public TranslationController(AppContext context, TranslationsModel model, EditorController editorController,
                                 SectionEditor editor, IdentityService identities) {
        this.context = context;
        this.text = context.text();
        this.model = model;
        this.editorController = editorController;
        this.editor = editor;
        this.identities = identities;
    }

    /** Sets how a section or language version id is opened in the editor; {@code done} receives whether it opened. */
    public void setSectionOpener(BiConsumer<String, Consumer<Boolean>> sectionOpener) {
        this.sectionOpener = sectionOpener;
    }

    /**
     * Sets what runs on the JavaFX thread after an add, an import or a mark wrote translation files or alignment
     * records, such as a read of the repository status that counts them as unrecorded.
     */
    public void setOnFilesWritten(Runnable onFilesWritten) {
        this.onFilesWritten = onFilesWritten;
    }

    /** Sets how a section id is turned into the title the outline shows. */
    public void setTitleLookup(Function<String, String> titleLookup) {
        this.titleLookup = titleLookup;
    }

    public TranslationsModel model() {
        return model;
    }

    /** Returns the side-by-side view when it is open, for tests. */
    public Optional<TranslationWindow> window() {
        return Optional.ofNullable(window).filter(open -> open.stage().isShowing());
    }

    /**
     * Computes the status of every translation again, after a charter opened, a sync or an amendment merge
     * changed files, or a record. A result that a newer refresh replaced is dropped.
     */
    public void refresh() {
        refresh(() -> { });
    }

    /** Like {@link #refresh()}, then runs {@code done} on the JavaFX thread, also when the refresh failed. */
    public void refresh(Runnable done) {
        CharterSession session = context.session();
        if (session == null) {
            model.clear();
            done.run();
            return;
        }
        long requested = ++generation;
        context.executor().submit("compute translation status", () -> new Overview(
                Translations.overview(session.charter(), Optional.empty()),
                List.copyOf(session.charter().manifest().languages())), overview -> {
                    if (requested == generation && context.session() == session) {
                        model.setAll(overview.statuses(), overview.languages());
                    }
                    done.run();
                }, error -> {
                    LOG.warn("Could not compute the translation status of {}", session.folder(), error);
                    done.run();
                });
    }

    /**
     * Computes the status of one section's translations again, after its source text or one of its language
     * versions was saved. {@code id} may be a section id or a language version id.
     */
    public void refreshSection(String id) {
        CharterSession session = context.session();
        if (session == null || id == null) {
            return;
        }
        String sectionId = sectionOf(id);
        List<String> languages = model.of(sectionId).stream().map(TranslationStatus::language).toList();
        if (languages.isEmpty()) {
            return;
        }
        long requested = generation;
        context.executor().submit("compute translation status of " + sectionId, () -> {
            List<TranslationStatus> statuses = new ArrayList<>();
            for (String language : languages) {
                statuses.add(Translations.status(session.charter(), sectionId, language));
            }
            return statuses;
        }, statuses -> {
            // A full refresh started meanwhile carries newer statuses of every section.
            if (requested == generation && context.session() == session) {
                model.setSection(sectionId, statuses);
            }
        }, error -> LOG.warn("Could not compute the translation status of {}", sectionId, error));
    }

    /** Asks for a language and adds a translation of the open section that starts as a copy of its source. */
    public void addTranslation() {
        String sectionId = openSectionId();
        if (sectionId == null) {
            return;
        }
        LanguageDialog.ask(context.owner(), text, text.get("ui.translation.add.header", sectionTitle()),
                        text.get("ui.translation.add.message"), choices(sectionId), null,
                        tag -> languageProblem(sectionId, tag, false))
                .ifPresent(language -> add(sectionId, language));
    }

    /** Adds a translation in a language already checked, then opens it; used by the dialog and by tests. */
    public void add(String sectionId, String language) {
        identities.withIdentity(author -> write("add translation " + sectionId + "@" + language,
                charter -> Translations.add(charter, sectionId, language, author),
                version -> refresh(() -> sectionOpener.accept(version.id(), opened -> { })),
                "ui.translation.add.failed"));
    }

    /** Asks for a Markdown file and imports it as a translation of the open section. */
    public void importTranslation() {
        if (openSectionId() == null) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(text.get("ui.translation.import.chooser"));
        chooser.getExtensionFilters().setAll(
                new FileChooser.ExtensionFilter(text.get("ui.translation.import.markdownFiles"), "*.md", "*.markdown"),
                new FileChooser.ExtensionFilter(text.get("ui.translation.import.allFiles"), "*"));
        File chosen = chooser.showOpenDialog(context.owner());
        if (chosen != null) {
            importTranslation(chosen.toPath());
        }
    }

    /**
     * Reads a Markdown file, requests its language, shows how many paragraphs it aligns with the open section's
     * source and imports it once the person confirms. A file that is not UTF-8 or empty is rejected with one
     * message, and nothing is written.
     */
    public void importTranslation(Path file) {
        String sectionId = openSectionId();
        CharterSession session = context.session();
        if (sectionId == null || session == null) {
            return;
        }
        String suggested = ImportPreview.languageFromFolder(file, model.languagesProperty().get()).orElse(null);
        Optional<String> chosen = LanguageDialog.ask(context.owner(), text,
                text.get("ui.translation.import.header", file.getFileName().toString(), sectionTitle()),
                text.get("ui.translation.import.languageMessage"), choices(sectionId), suggested,
                tag -> languageProblem(sectionId, tag, true));
        if (chosen.isEmpty()) {
            return;
        }
        String language = chosen.get();
        context.executor().submit("preview translation import " + file, () -> ImportPreview.read(file,
                session.charter().readSection(sectionId)), preview -> confirmImport(session, sectionId, language, preview),
                error -> context.showError(text.get("ui.translation.import.failed", file.toString()), error));
    }

    private void confirmImport(CharterSession session, String sectionId, String language, ImportPreview preview) {
        boolean replace = model.find(sectionId, language) != null;
        String name = LanguageNames.inSentence(language, text.locale());
        String message = preview.describe(text, name)
                + (replace ? "\n\n" + text.get("ui.translation.import.replacesTranslation", name) : "");
        boolean confirmed = Dialogs.confirm(context.owner(), text,
                text.get("ui.translation.import.confirmHeader", preview.file().getFileName().toString()), message,
                text.get(replace ? "ui.translation.import.replace" : "ui.translation.import.confirm"));
        if (!confirmed) {
            return;
        }
        importConfirmed(session, sectionId, language, preview, replace);
    }

    /**
     * Imports a previewed translation that the person confirmed, then shows it: reloads the editor when it
     * replaces the open language version, else opens the new version.
     */
    void importConfirmed(CharterSession session, String sectionId, String language, ImportPreview preview,
                         boolean replace) {
        String versionId = new LanguageVersion(sectionId, language).id();
        // Replacing the open language version rewrites its file: the editor keeps back what is typed from now on (the
        // identity is looked up on the background lane too) and types it out after the reload.
        EditorLock lock = versionId.equals(editorController.sectionId()) ? editorController.lock() : null;
        identities.withIdentity(author -> {
            editorController.save(saved -> {
                if (!saved) {
                    release(lock);
                    return;
                }
                context.executor().submit("import translation " + versionId, () -> Translations.importAligned(
                        session.charter(), sectionId, language, preview.text(), author, replace), version -> {
                            LOG.info("Imported {} as {}", preview.file(), version.id());
                            onFilesWritten.run();
                            if (lock != null) {
                                editorController.reload(reloaded -> {
                                    lock.release();
                                    refresh();
                                });
                            } else {
                                refresh(() -> sectionOpener.accept(version.id(), opened -> { }));
                            }
                        }, error -> {
                            release(lock);
                            context.showError(text.get("ui.translation.import.failed", preview.file().toString()),
                                    error);
                        });
            });
        }, () -> release(lock));
    }

    private static void release(EditorLock lock) {
        if (lock != null) {
            lock.release();
        }
    }

    /** Asks for a folder and a language and imports every Markdown file of the folder that matches a section. */
    public void importFolder() {
        if (context.session() == null) {
            return;
        }
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(text.get("ui.translation.importFolder.chooser"));
        File chosen = chooser.showDialog(context.owner());
        if (chosen != null) {
            importFolder(chosen.toPath());
        }
    }

    /**
     * Asks for the language of a folder's files, shows which file goes to which section and imports them once the
     * person confirms, then reports what was imported.
     */
    public void importFolder(Path folder) {
        importPlanned(folder, ImportPreview.languageOf(folder, model.languagesProperty().get()).orElse(null),
                text.get("ui.translation.importFolder.header", folder.toString()),
                text.get("ui.translation.importFolder.message"));
    }

    /** Asks for a translated whole document and imports its sections, as {@link #importDocument(Path)} does. */
    public void importDocument() {
        if (context.session() == null) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(text.get("ui.translation.importDocument.chooser"));
        chooser.getExtensionFilters().setAll(
                new FileChooser.ExtensionFilter(text.get("ui.translation.import.markdownFiles"), "*.md", "*.markdown"),
                new FileChooser.ExtensionFilter(text.get("ui.translation.import.allFiles"), "*"));
        File chosen = chooser.showOpenDialog(context.owner());
        if (chosen != null) {
            importDocument(chosen.toPath());
        }
    }

    /**
     * Asks for the language of a translated whole document, splits it into sections at its headings, shows which
     * part goes to which section and imports them once the person confirms.
     */
    public void importDocument(Path document) {
        importPlanned(document,
                ImportPreview.languageFromFolder(document, model.languagesProperty().get()).orElse(null),
                text.get("ui.translation.importDocument.header", document.getFileName().toString()),
                text.get("ui.translation.importDocument.message"));
    }

    private void importPlanned(Path origin, String suggested, String header, String message) {
        CharterSession session = context.session();
        if (session == null) {
            return;
        }
        Optional<String> chosen = LanguageDialog.ask(context.owner(), text, header, message, otherLanguages(),
                suggested, tag -> languageProblem(null, tag, true));
        if (chosen.isEmpty()) {
            return;
        }
        context.executor().submit("plan translation import from " + origin,
                () -> TranslationMatcher.plan(session.charter(), chosen.get(), origin),
                plan -> confirmPlan(plan),
                error -> context.showError(text.get("ui.translation.importFolder.failed"), error));
    }

    private void confirmPlan(ImportPlan plan) {
        if (!ImportPlanDialog.confirm(context.owner(), text, plan, this::sectionTitle)) {
            return;
        }
        identities.withIdentity(author -> write("import translations from " + plan.origin(),
                charter -> Translations.importPlan(charter, plan, author),
                report -> refresh(() -> showFolderReport(report)), "ui.translation.importFolder.failed"));
    }

    private void showFolderReport(FolderImport report) {
        StringBuilder message = new StringBuilder(text.get("ui.translation.importFolder.importedInto",
                report.imported().size(), LanguageNames.inSentence(report.language(), text.locale())));
        if (!report.skipped().isEmpty()) {
            message.append("\n").append(text.get("ui.translation.importFolder.skipped", report.skipped().size(),
                    String.join(text.get("ui.list.separator"), report.skipped())));
        }
        if (!report.unmatched().isEmpty()) {
            List<String> names = report.unmatched().stream().map(path -> path.getFileName().toString()).toList();
            message.append("\n").append(text.get("ui.translation.importFolder.unmatched", names.size(),
                    String.join(text.get("ui.list.separator"), names)));
        }
        Dialogs.showMessage(context.owner(), text, Alert.AlertType.INFORMATION,
                text.get("ui.translation.importFolder.done"), message.toString());
    }

    /** Records that one translation paragraph follows the current source paragraph it is aligned with. */
    public void markCurrent(String sectionId, String language, int translationParagraph) {
        markCurrent(sectionId, language, Integer.toString(translationParagraph));
    }

    /**
     * Records that one translation paragraph, given by its address ({@code AlignedRow.translationAddress()},
     * {@code h2} for a second heading), follows the current source paragraphs it is aligned with.
     */
    public void markCurrent(String sectionId, String language, String translationAddress) {
        identities.withIdentity(author -> write("mark paragraph " + translationAddress + " of " + sectionId + "@"
                + language + " up to date", charter -> {
                    Translations.markCurrent(charter, sectionId, language, translationAddress, author);
                    return Boolean.TRUE;
                }, marked -> refreshSection(sectionId), "ui.translation.mark.failed"));
    }

    /** Marks every outdated paragraph of a translation up to date at once. */
    public void markAllOutdated(String sectionId, String language) {
        identities.withIdentity(author -> write("mark " + sectionId + "@" + language + " up to date",
                charter -> Translations.markAllOutdated(charter, sectionId, language, author),
                count -> refreshSection(sectionId), "ui.translation.mark.failed"));
    }

    /**
     * Opens the side-by-side view of the open language version, or of the open section's first translation when
     * the source is open. Without a translation it offers to add one.
     */
    public void openWindow() {
        String open = editorController.sectionId();
        if (open == null) {
            return;
        }
        String sectionId = sectionOf(open);
        Optional<String> language = LanguageVersion.parse(open).map(LanguageVersion::language)
                .or(() -> model.of(sectionId).stream().map(TranslationStatus::language).findFirst());
        if (language.isEmpty()) {
            Dialogs.showMessage(context.owner(), text, Alert.AlertType.INFORMATION,
                    text.get("ui.translation.none.header"), text.get("ui.translation.none.message"));
            return;
        }
        openWindow(sectionId, language.get());
    }

    /** Opens (or brings forward) the side-by-side view of one language version. */
    public TranslationWindow openWindow(String sectionId, String language) {
        if (window == null || !window.stage().isShowing()) {
            window = new TranslationWindow(context, this, sectionTitle(sectionId));
        }
        window.show(sectionId, language);
        return window;
    }

    /** Opens a language version in the editor and selects one of its paragraphs. */
    public void openParagraph(String versionId, int paragraph) {
        sectionOpener.accept(versionId, opened -> {
            if (!opened || !versionId.equals(editorController.sectionId())) {
                return;
            }
            String shown = editor.text();
            context.executor().compute("find paragraph " + paragraph + " of " + versionId,
                    () -> MarkdownBlocks.paragraphs(shown).stream().filter(block -> block.number() == paragraph)
                            .findFirst(), block -> block.filter(found -> shown.equals(editor.text()))
                            .ifPresent(this::reveal), error -> { });
        });
    }

    private void reveal(Block block) {
        editor.revealRange(block.start(), block.end(), block.start());
        editor.requestFocus();
        context.stage().toFront();
    }

    /** Returns the title the outline shows for a section, for window headers. */
    String sectionTitle(String sectionId) {
        return titleLookup.apply(sectionId);
    }

    private String sectionTitle() {
        return sectionTitle(openSectionId());
    }

    /** Returns the source section of the open text, which may be a language version, or null. */
    private String openSectionId() {
        String open = editorController.sectionId();
        return open == null ? null : sectionOf(open);
    }

    /** Returns the source section id of a section or language version id. */
    public static String sectionOf(String id) {
        return LanguageVersion.parse(id).map(LanguageVersion::sectionId).orElse(id);
    }

    /** Languages offered for a section: the manifest's, without the source and those the section has. */
    private List<String> choices(String sectionId) {
        List<String> existing = model.of(sectionId).stream().map(TranslationStatus::language).toList();
        return otherLanguages().stream().filter(language -> !existing.contains(language)).toList();
    }

    private List<String> otherLanguages() {
        List<String> languages = model.languagesProperty().get();
        return languages.isEmpty() ? List.of() : languages.subList(1, languages.size());
    }

    /**
     * Returns why a typed language cannot be used, or empty when it can. The core checks again before writing;
     * this check only lets the dialog show the problem while the person types.
     */
    private Optional<String> languageProblem(String sectionId, String tag, boolean mayExist) {
        Optional<String> canonical = LanguageTags.canonical(tag);
        if (canonical.isEmpty()) {
            return Optional.of(text.get("ui.translation.language.invalid", tag));
        }
        if (canonical.get().equals(model.sourceLanguage())) {
            return Optional.of(text.get("ui.translation.language.isSource",
                    LanguageNames.inSentence(canonical.get(), text.locale())));
        }
        if (!mayExist && sectionId != null && model.find(sectionId, canonical.get()) != null) {
            return Optional.of(text.get("ui.translation.language.hasTranslation",
                    LanguageNames.inSentence(canonical.get(), text.locale())));
        }
        return Optional.empty();
    }

    /** Saves the open text, runs a write on the serial lane and hands its result over, or shows its error. */
    private <T> void write(String name, CharterTask<T> task, Consumer<T> after, String failureKey) {
        CharterSession session = context.session();
        if (session == null) {
            return;
        }
        editorController.save(saved -> {
            if (saved) {
                context.executor().submit(name, () -> task.call(session.charter()), result -> {
                    onFilesWritten.run();
                    after.accept(result);
                }, error -> context.showError(text.get(failureKey), error));
            }
        });
    }

    /** A write of the open charter; it runs on the serial lane, which owns the charter. */
    @FunctionalInterface
    private interface CharterTask<T> {
        T call(Charter charter) throws ChartaException;
    }

    private record Overview(List<TranslationStatus> statuses, List<String> languages) {
    }
}
