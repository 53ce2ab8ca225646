package org.charta.ui.app;

import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.geometry.Dimension2D;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.beans.value.ObservableBooleanValue;
import org.charta.ui.amend.AmendmentBanner;
import org.charta.ui.amend.AmendmentsController;
import org.charta.ui.comment.CommentsController;
import org.charta.ui.comment.CommentsPane;
import org.charta.ui.comment.CommentsViewModel;
import org.charta.ui.dialog.Dialogs;
import org.charta.ui.editor.EditorController;
import org.charta.ui.editor.EditorViewModel;
import org.charta.ui.editor.RichTextSectionEditor;
import org.charta.ui.editor.SaveState;
import org.charta.ui.editor.SectionEditor;
import org.charta.ui.history.HistoryWindow;
import org.charta.ui.outline.OutlineView;
import org.charta.ui.outline.OutlineViewModel;
import org.charta.ui.preview.PreviewPane;
import org.charta.ui.release.ReleasesController;
import org.charta.ui.dialog.PreferencesDialog;
import org.charta.ui.sync.BackgroundFetcher;
import org.charta.ui.sync.IncomingWarningBar;
import org.charta.ui.sync.StatusUpdater;
import org.charta.ui.sync.StatusViewModel;
import org.charta.ui.sync.SyncController;
import org.charta.ui.translation.LanguageChooser;
import org.charta.ui.translation.TranslationController;
import org.charta.ui.translation.TranslationMarkers;
import org.charta.ui.translation.TranslationsModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The main window: outline on the left, the section editor with its preview in the middle, the comments on
 * the right, the status bar below. It wires the views to their view models and controllers and owns the
 * window's life cycle: open the last charter, save and close on exit.
 */
public final class MainWindow implements WindowCommands {

    private static final Logger LOG = LoggerFactory.getLogger(MainWindow.class);

    static final String STYLESHEET = "/org/charta/ui/charta.css";
    private static final String AMENDMENTS_STYLESHEET = "/org/charta/ui/amend/amendments.css";
    private static final String ICON_FOLDER = "/org/charta/assets/icons/";
    /** The smallest window size in pixels. The panels' minimum widths raise it once the window shows. */
    static final double MIN_WIDTH = 720;
    static final double MIN_HEIGHT = 480;

    private static final List<String> ICONS = List.of("charta-16.png", "charta-32.png", "charta-48.png",
            "charta-64.png", "charta-128.png", "charta.png");

    private final AppContext context;
    private final UiText text;
    private final Stage stage;

    private final SectionEditor editor;
    private final EditorViewModel editorModel = new EditorViewModel();
    private final EditorController editorController;
    private final OutlineViewModel outlineModel = new OutlineViewModel();
    private final OutlineView outlineView;
    private final CommentsViewModel commentsModel = new CommentsViewModel();
    private final CommentsController commentsController;
    private final CommentsPane commentsPane;
    private final PreviewPane previewPane;
    private final StatusViewModel statusModel = new StatusViewModel();
    private final StatusUpdater statusUpdater;
    private final CharterController charters;
    private final FileActions files;
    private final SyncController syncController;
    private final BackgroundFetcher fetcher;
    private final AmendmentsController amendments;
    private final ReleasesController releases;
    private final TranslationsModel translationsModel = new TranslationsModel();
    private final TranslationController translations;

    private final WindowLayout layout;
    private final BorderPane root = new BorderPane();

    private Consumer<String> onLanguageChange = language -> { };
    private boolean saveFailureShown;
    private Runnable onExit = Platform::exit;

    public MainWindow(AppContext context) {
        this.context = context;
        this.text = context.text();
        this.stage = context.stage();

        editor = new RichTextSectionEditor(context.executor(), text);
        editorController = new EditorController(editor, editorModel, context.executor(), text);
        statusUpdater = new StatusUpdater(context, statusModel);
        IdentityService identities = new IdentityService(context);
        translations = new TranslationController(context, translationsModel, editorController, editor, identities);
        commentsController = new CommentsController(context, commentsModel, editor, identities, statusUpdater::refresh);
        charters = new CharterController(context, outlineModel, editorController, commentsController, statusUpdater);
        files = new FileActions(context, charters);
        syncController = new SyncController(context, editorController, identities, statusModel, statusUpdater);
        amendments = new AmendmentsController(context, editorController, identities, charters::reloadAfterSync,
                syncController::showConflicts);
        amendments.setStatusBar(statusModel.activityProperty()::set, statusUpdater::readNow);
        // A record may hold the commit that removed an orphaned thread's text, which the comments show.
        syncController.setOnRecorded(() -> {
            amendments.recorded();
            commentsController.reload();
            translations.refresh();
        });
        releases = new ReleasesController(context, identities, amendments.labels(), amendments.coordinatorProperty());
        // A sync may bring new members or roles, and another branch's amendment record.
        syncController.setOnChangesReceived(done -> charters.reloadAfterSync(() -> {
            amendments.refreshState();
            done.run();
        }));
        fetcher = new BackgroundFetcher(context, statusModel, statusUpdater);
        wireIncomingChanges();
        wireTranslations();

        outlineView = new OutlineView(outlineModel, charters, text);
        commentsPane = new CommentsPane(commentsModel, commentsController, text);
        editor.setOnCommentRequested(this::newComment);
        commentsController.setSectionOpener(charters::openSection);
        commentsController.setStatusMessage(statusModel.activityProperty()::set);
        previewPane = new PreviewPane(context.executor(), editor.textProperty(), text.language());

        layout = new WindowLayout(context.settings(), outlineView.node(), editorPane(),
                titled("ui.preview.title", previewPane.node(), "preview-box"), commentsPane.node());
        layout.previewVisibleProperty().addListener((observable, previous, visible) -> previewPane.setActive(visible));
        previewPane.setActive(layout.previewVisibleProperty().get());
        editorModel.saveStateProperty().addListener((observable, previous, state) -> {
            statusUpdater.refresh();
            if (state == SaveState.SAVED) {
                saveFailureShown = false;
            }
        });
        editorController.setOnSaveFailed(this::showSaveFailure);
        editorController.setOnReadFailed(error -> context.showError(text.get("ui.editor.readFailed"), error));
        editorController.setOnTypingDropped(typed -> Dialogs.showTextToCopy(stage, text,
                text.get("ui.editor.typingDropped.header"), text.get("ui.editor.typingDropped.message"), typed));
        // A sync may rewrite any section file, so the outline takes no clicks until the sync has reloaded it.
        statusModel.busyProperty().addListener((observable, previous, busy) -> outlineModel.busyProperty().set(busy));
        buildLayout();
    }

    /** Shows the window and opens the last charter, or the demo charter on first run. */
    public void show() {
        Scene scene = new Scene(root);
        WindowOrientation.apply(scene, text);
        WindowOrientation.follow(text);
        scene.getStylesheets().add(MainWindow.class.getResource(STYLESHEET).toExternalForm());
        scene.getStylesheets().add(MainWindow.class.getResource(AMENDMENTS_STYLESHEET).toExternalForm());
        stage.setScene(scene);
        stage.setTitle(text.get("ui.app.name"));
        stage.getIcons().setAll(loadIcons());
        stage.setMinWidth(MIN_WIDTH);
        stage.setMinHeight(MIN_HEIGHT);
        Dimension2D size = WindowLayout.initialSize(context.settings(), Screen.getPrimary().getVisualBounds(),
                new Dimension2D(MIN_WIDTH, MIN_HEIGHT));
        layout.restoreGeometry(stage);
        stage.setOnCloseRequest(event -> {
            event.consume();
            quit();
        });
        stage.show();
        // Under some Linux window managers, JavaFX 21's GTK window opens at its minimum size or at 200 by 200
        // pixels whatever the scene's size (fixed in JavaFX 22). A size set once the window shows holds.
        if (!stage.isMaximized()) {
            stage.setWidth(size.getWidth());
            stage.setHeight(size.getHeight());
        }
        keepContentVisible(scene);
        LOG.info("Main window shown at {} by {} pixels", stage.getWidth(), stage.getHeight());
        layout.restoreDividers();
        charters.openInitial();
        fetcher.schedule(context.settings().fetchIntervalMinutes());
    }

    /**
     * Raises the window's minimum size to what its panels need at least, so that a narrow window never cuts the
     * comments panel off at its edge. The toolbar moves the buttons that do not fit into its overflow menu.
     */
    private void keepContentVisible(Scene scene) {
        root.applyCss();
        root.layout();
        double decorationWidth = Math.max(0, stage.getWidth() - scene.getWidth());
        double decorationHeight = Math.max(0, stage.getHeight() - scene.getHeight());
        double minWidth = Math.max(MIN_WIDTH, Math.ceil(layout.node().minWidth(-1)) + decorationWidth);
        double minHeight = Math.max(MIN_HEIGHT, Math.ceil(root.minHeight(minWidth)) + decorationHeight);
        stage.setMinWidth(minWidth);
        stage.setMinHeight(minHeight);
        if (stage.getWidth() < minWidth) {
            stage.setWidth(minWidth);
        }
        if (stage.getHeight() < minHeight) {
            stage.setHeight(minHeight);
        }
    }

    /** Sets what runs instead of {@link Platform#exit()} when the window closes, so tests keep the toolkit. */
    public void setOnExit(Runnable onExit) {
        this.onExit = onExit;
    }

    /** Receives the newly chosen language (null for the system's) after the charter was saved and closed. */
    public void setOnLanguageChange(Consumer<String> onLanguageChange) {
        this.onLanguageChange = onLanguageChange;
    }

    public AppContext context() {
        return context;
    }

    public SectionEditor editor() {
        return editor;
    }

    public EditorViewModel editorModel() {
        return editorModel;
    }

    public OutlineViewModel outlineModel() {
        return outlineModel;
    }

    public CommentsViewModel commentsModel() {
        return commentsModel;
    }

    public CommentsController commentsController() {
        return commentsController;
    }

    public StatusViewModel statusModel() {
        return statusModel;
    }

    public CharterController charters() {
        return charters;
    }

    public PreviewPane preview() {
        return previewPane;
    }

    @Override
    public FileActions files() {
        return files;
    }

    @Override
    public void publish() {
        syncController.publish();
    }

    @Override
    public void record() {
        syncController.record();
    }

    @Override
    public void sync() {
        syncController.sync();
    }

    @Override
    public void resolveConflicts() {
        // An amendment's merge or update may be the one waiting; finishing it merges again instead of syncing.
        amendments.resolvePending(syncController::resolveConflicts);
    }

    @Override
    public void fetch() {
        fetcher.fetchNow();
    }

    /** Returns the background fetcher, for tests. */
    public BackgroundFetcher fetcher() {
        return fetcher;
    }

    @Override
    public void showPreferences() {
        Settings settings = context.settings();
        PreferencesDialog.show(stage, text, new PreferencesDialog.Values(settings.fetchIntervalMinutes()),
                Settings.MAX_FETCH_INTERVAL_MINUTES).ifPresent(values -> {
                    settings.setFetchIntervalMinutes(values.fetchIntervalMinutes());
                    context.saveSettings();
                    fetcher.schedule(values.fetchIntervalMinutes());
                });
    }

    @Override
    public void quit() {
        layout.store(stage);
        charters.closeCharter(saved -> {
            if (!saved && !Dialogs.confirm(stage, text, text.get("ui.quit.unsaved.header"),
                    text.get("ui.quit.unsaved.message"), text.get("ui.quit.unsaved.confirm"))) {
                return;
            }
            LOG.info("Closing the window");
            context.executor().submit("save settings before exit", () -> {
                context.settings().save();
                return Boolean.TRUE;
            }, done -> exit(), error -> exit());
        });
    }

    @Override
    public void undo() {
        editor.undo();
    }

    @Override
    public void redo() {
        editor.redo();
    }

    @Override
    public void addSection() {
        outlineView.addAfterSelected();
    }

    @Override
    public void renameSection() {
        outlineView.renameSelected();
    }

    @Override
    public void moveSection(int offset) {
        outlineView.moveSelected(offset);
    }

    @Override
    public void deleteSection() {
        outlineView.deleteSelected();
    }

    @Override
    public void newComment() {
        layout.commentsVisibleProperty().set(true);
        commentsPane.startNewThread();
    }

    @Override
    public void exportComments() {
        commentsController.export();
    }

    @Override
    public void showHistory() {
        String id = editorController.sectionId();
        if (id != null) {
            HistoryWindow.open(context, id, editorModel.sectionTitleProperty().get(), editor::text);
        }
    }

    /** Opens the history window of the open section and returns it, for tests. */
    public Optional<HistoryWindow> openHistory() {
        String id = editorController.sectionId();
        return id == null ? Optional.empty()
                : Optional.of(HistoryWindow.open(context, id, editorModel.sectionTitleProperty().get(), editor::text));
    }

    @Override
    public BooleanProperty previewVisibleProperty() {
        return layout.previewVisibleProperty();
    }

    @Override
    public BooleanProperty commentsVisibleProperty() {
        return layout.commentsVisibleProperty();
    }

    @Override
    public void switchLanguage(String language) {
        layout.store(stage);
        charters.closeCharter(saved -> {
            if (!saved) {
                return;
            }
            if (language == null) {
                context.settings().clearLanguage();
            } else {
                context.settings().setLanguage(language);
            }
            context.executor().submit("save settings", () -> {
                context.settings().save();
                return Boolean.TRUE;
            }, done -> changeLanguage(language), error -> changeLanguage(language));
        });
    }

    @Override
    public void showAbout() {
        Dialogs.showMessage(stage, text, Alert.AlertType.INFORMATION, text.get("ui.about.header"),
                text.get("ui.about.message"));
    }

    @Override
    public void showAmendments() {
        amendments.openWindow();
    }

    @Override
    public void newAmendment() {
        amendments.newAmendment();
    }

    @Override
    public void showMembers() {
        amendments.showMembers();
    }

    @Override
    public void backToMainText() {
        amendments.backToMain();
    }

    @Override
    public void openVote() {
        amendments.openVote();
    }

    @Override
    public void closeVote() {
        amendments.closeVote();
    }

    @Override
    public void mergeAmendment() {
        amendments.merge();
    }

    @Override
    public void showReleases() {
        releases.openWindow();
    }

    @Override
    public void tagRelease() {
        releases.tag();
    }

    @Override
    public ObservableBooleanValue coordinatorProperty() {
        return amendments.coordinatorProperty();
    }

    @Override
    public ObservableBooleanValue editingAmendmentProperty() {
        return amendments.editedIdProperty().isNotNull();
    }

    public AmendmentsController amendments() {
        return amendments;
    }

    public ReleasesController releases() {
        return releases;
    }

    public TranslationController translations() {
        return translations;
    }

    @Override
    public void addTranslation() {
        translations.addTranslation();
    }

    @Override
    public void importTranslation() {
        translations.importTranslation();
    }

    @Override
    public void importTranslationFolder() {
        translations.importFolder();
    }

    @Override
    public void importTranslationDocument() {
        translations.importDocument();
    }

    @Override
    public void showTranslation() {
        translations.openWindow();
    }

    /** Stops listening and frees the editor; the charter must be closed already. */
    public void dispose() {
        fetcher.stop();
        previewPane.dispose();
        editor.dispose();
    }

    private void changeLanguage(String language) {
        // The amendments, history and releases windows belong to this window's controllers and language: close
        // them rather than leave them working on a charter session that is closed.
        for (Window window : List.copyOf(Window.getWindows())) {
            if (window instanceof Stage child && child.getOwner() == stage) {
                child.close();
            }
        }
        LOG.info("Switching the UI language to {}", language == null ? "the system's" : language);
        dispose();
        onLanguageChange.accept(language);
    }

    private void exit() {
        dispose();
        stage.hide();
        onExit.run();
    }

    /**
     * Shows the fetched changes of others in the outline, and fetches when a charter opens and when the window
     * regains focus. What waits is read again after every sync, which clears the markers of merged changes.
     */
    private void wireIncomingChanges() {
        statusModel.incomingProperty().addListener((observable, previous, incoming) ->
                outlineModel.changedByOthersProperty().set(incoming.authorsBySection()));
        statusModel.busyProperty().addListener((observable, previous, busy) -> {
            if (!busy) {
                fetcher.refreshPending();
            }
        });
        charters.setOnCharterOpened(session -> {
            amendments.refreshState();
            fetcher.refreshPending();
            fetcher.fetchQuietly();
        });
        stage.focusedProperty().addListener((observable, previous, focused) -> {
            if (focused) {
                fetcher.focusGained();
            }
        });
    }

    /**
     * Computes the translations' status again whenever files may have changed under them, and shows it in the
     * outline's language markers. A save refreshes only the saved section's translations.
     */
    private void wireTranslations() {
        translations.setSectionOpener(charters::openSection);
        translations.setOnFilesWritten(statusUpdater::refresh);
        translations.setTitleLookup(id -> {
            var item = outlineModel.find(id);
            return item == null ? id : item.title();
        });
        charters.setOnFilesChanged(translations::refresh);
        editorModel.saveStateProperty().addListener((observable, previous, state) -> {
            if (state == SaveState.SAVED && previous != SaveState.SAVED) {
                translations.refreshSection(editorController.sectionId());
            }
        });
        translationsModel.statusesProperty().addListener((observable, previous, statuses) ->
                outlineModel.languageMarkersProperty().set(TranslationMarkers.of(statuses)));
    }

    private void buildLayout() {
        MainMenu menu = new MainMenu(this, text, context.settings().language());
        root.setTop(new VBox(menu.menuBar(), menu.toolBar()));
        root.setCenter(layout.node());
        root.setBottom(new StatusBar(editorModel, statusModel, text).node());
        root.getStyleClass().add("main-window");
    }

    private Node editorPane() {
        Label title = new Label();
        title.setId("section-title");
        title.getStyleClass().add("section-title");
        title.textProperty().bind(editorModel.sectionTitleProperty());
        title.setMinWidth(0);
        Label locked = new Label(text.get("ui.editor.holdingTyping"));
        locked.getStyleClass().add("editor-locked");
        locked.visibleProperty().bind(editorModel.lockedProperty());
        locked.managedProperty().bind(editorModel.lockedProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(8, title, spacer, locked);
        header.getStyleClass().add("editor-header");
        // The chooser has a row of its own, below the title, so a narrow editor pane still shows both.
        LanguageChooser languages = new LanguageChooser(translationsModel, text, editorModel.sectionIdProperty(),
                charters::openSection, translations::openWindow);

        IncomingWarningBar incoming = new IncomingWarningBar(statusModel, editorModel.sectionIdProperty(), text,
                syncController::sync);
        AmendmentBanner banner = new AmendmentBanner(amendments.editedIdProperty(), amendments.editedTitleProperty(),
                amendments.editedVotingProperty(), text, amendments::backToMain);
        // The section text keeps left-to-right as its base direction in a mirrored window: inheriting right to left
        // put an English "## Preamble" on screen as "Preamble ##" and right-aligned every Latin paragraph.
        // Arabic paragraphs get their own direction inside the editor.
        editor.node().setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT);
        VBox pane = new VBox(header, languages.node(), banner.node(), incoming.node(), editor.node());
        VBox.setVgrow(editor.node(), Priority.ALWAYS);
        pane.getStyleClass().add("editor-pane");
        pane.setMinWidth(280);
        return pane;
    }

    private Node titled(String titleKey, Node content, String styleClass) {
        Label title = new Label(text.get(titleKey));
        title.getStyleClass().add("pane-title");
        HBox header = new HBox(title);
        header.getStyleClass().add("pane-header");
        VBox box = new VBox(header, content);
        VBox.setVgrow(content, Priority.ALWAYS);
        box.getStyleClass().add(styleClass);
        box.setMinWidth(200);
        return box;
    }

    /**
     * Reports the first failed save of a streak in a dialog. Each autosave retries, and later failures
     * show only in the status bar until a save succeeds.
     */
    private void showSaveFailure(Throwable error) {
        statusUpdater.refresh();
        if (saveFailureShown) {
            return;
        }
        saveFailureShown = true;
        Dialogs.showMessage(stage, text, Alert.AlertType.ERROR, text.get("ui.save.failed.header"),
                text.get("ui.save.failed.message", text.describe(error)));
    }

    private static List<Image> loadIcons() {
        List<Image> icons = new ArrayList<>();
        for (String name : ICONS) {
            try (InputStream stream = MainWindow.class.getResourceAsStream(ICON_FOLDER + name)) {
                if (stream != null) {
                    icons.add(new Image(stream));
                }
            } catch (java.io.IOException e) {
                LOG.warn("Could not load the icon {}", name, e);
            }
        }
        return icons;
    }
}
