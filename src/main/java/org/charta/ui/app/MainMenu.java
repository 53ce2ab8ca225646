package org.charta.ui.app;

import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

import java.util.Optional;

/** Builds the menu bar and the toolbar of the main window. */
final class MainMenu {

    private final WindowCommands commands;
    private final UiText text;
    private final Optional<String> chosenLanguage;

    MainMenu(WindowCommands commands, UiText text, Optional<String> chosenLanguage) {
        this.commands = commands;
        this.text = text;
        this.chosenLanguage = chosenLanguage;
    }

    MenuBar menuBar() {
        MenuBar bar = new MenuBar(fileMenu(), editMenu(), sectionMenu(), amendmentsMenu(), viewMenu(), helpMenu());
        bar.setId("menu-bar");
        return bar;
    }

    ToolBar toolBar() {
        Button record = button("toolbar-record", "ui.toolbar.record", "ui.toolbar.record.tooltip", commands::record);
        Button sync = button("toolbar-sync", "ui.toolbar.sync", "ui.toolbar.sync.tooltip", commands::sync);
        Button history = button("toolbar-history", "ui.toolbar.history", "ui.toolbar.history.tooltip",
                commands::showHistory);
        Button comment = button("toolbar-comment", "ui.toolbar.comment", "ui.toolbar.comment.tooltip",
                commands::newComment);
        ToggleButton preview = new ToggleButton(text.get("ui.toolbar.preview"));
        preview.setId("toolbar-preview");
        preview.selectedProperty().bindBidirectional(commands.previewVisibleProperty());
        preview.setTooltip(new Tooltip(text.get("ui.toolbar.preview.tooltip")));
        ToggleButton comments = new ToggleButton(text.get("ui.toolbar.comments"));
        comments.setId("toolbar-comments");
        comments.selectedProperty().bindBidirectional(commands.commentsVisibleProperty());
        comments.setTooltip(new Tooltip(text.get("ui.toolbar.comments.tooltip")));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        ToolBar bar = new ToolBar(record, sync, new Separator(), history, comment, spacer, preview, comments);
        bar.getStyleClass().add("main-toolbar");
        return bar;
    }

    private Menu fileMenu() {
        FileActions files = commands.files();
        return menu("ui.menu.file",
                item("menu-new", "ui.menu.file.new", "Shortcut+N", files::newCharter),
                item("menu-open", "ui.menu.file.open", "Shortcut+O", files::openCharter),
                item("menu-adopt", "ui.menu.file.adopt", null, files::adoptFolder),
                item("menu-clone", "ui.menu.file.clone", null, files::cloneCharter),
                item("menu-import", "ui.menu.file.import", null, files::importMarkdown),
                item("menu-import-translations", "ui.menu.file.importTranslations", null,
                        commands::importTranslationFolder),
                item("menu-import-translation-document", "ui.menu.file.importTranslationDocument", null,
                        commands::importTranslationDocument),
                item("menu-export-comments", "ui.menu.file.exportComments", null, commands::exportComments),
                new SeparatorMenuItem(),
                item("menu-publish", "ui.menu.file.publish", null, commands::publish),
                item("menu-record", "ui.menu.file.record", "Shortcut+S", commands::record),
                item("menu-sync", "ui.menu.file.sync", "Shortcut+Shift+S", commands::sync),
                item("menu-resolve", "ui.menu.file.resolve", null, commands::resolveConflicts),
                item("menu-fetch", "ui.menu.file.fetch", null, commands::fetch),
                new SeparatorMenuItem(),
                item("menu-quit", "ui.menu.file.quit", "Shortcut+Q", commands::quit));
    }

    /**
     * Builds the Edit menu. Its accelerators fire only for keys that the focused control leaves unconsumed.
     * The editor and the text fields consume Ctrl+Z and Ctrl+Y for their own undo history, so one key press
     * undoes once (MenuShortcutsTest checks both), and elsewhere (the outline, a button) it undoes in the
     * editor. The editor takes Ctrl+Shift+Z for redo too.
     */
    private Menu editMenu() {
        return menu("ui.menu.edit",
                item("menu-undo", "ui.menu.edit.undo", "Shortcut+Z", commands::undo),
                item("menu-redo", "ui.menu.edit.redo", "Shortcut+Y", commands::redo),
                new SeparatorMenuItem(),
                item("menu-preferences", "ui.menu.edit.preferences", "Shortcut+Comma", commands::showPreferences));
    }

    private Menu sectionMenu() {
        return menu("ui.menu.section",
                item("menu-section-add", "ui.menu.section.add", null, commands::addSection),
                item("menu-section-rename", "ui.menu.section.rename", null, commands::renameSection),
                // The outline consumes Alt+Up and Alt+Down itself, so these fire only when another control has focus.
                item("menu-section-up", "ui.menu.section.up", "Alt+Up", () -> commands.moveSection(-1)),
                item("menu-section-down", "ui.menu.section.down", "Alt+Down", () -> commands.moveSection(1)),
                item("menu-section-delete", "ui.menu.section.delete", null, commands::deleteSection),
                new SeparatorMenuItem(),
                item("menu-comment", "ui.menu.section.comment", "Shortcut+Alt+M", commands::newComment),
                item("menu-history", "ui.menu.section.history", "Shortcut+H", commands::showHistory),
                new SeparatorMenuItem(),
                item("menu-translation-view", "ui.menu.section.translationView", null, commands::showTranslation),
                item("menu-translation-add", "ui.menu.section.addTranslation", null, commands::addTranslation),
                item("menu-translation-import", "ui.menu.section.importTranslation", null,
                        commands::importTranslation));
    }

    /** Builds the Amendments menu; its vote, merge and tag entries show to coordinators only. */
    private Menu amendmentsMenu() {
        MenuItem back = item("menu-amend-back", "ui.menu.amend.back", null, commands::backToMainText);
        back.disableProperty().bind(javafx.beans.binding.Bindings.not(commands.editingAmendmentProperty()));
        SeparatorMenuItem coordinatorSeparator = new SeparatorMenuItem();
        MenuItem openVote = item("menu-amend-open-vote", "ui.menu.amend.openVote", null, commands::openVote);
        MenuItem closeVote = item("menu-amend-close-vote", "ui.menu.amend.closeVote", null, commands::closeVote);
        MenuItem merge = item("menu-amend-merge", "ui.menu.amend.merge", null, commands::mergeAmendment);
        MenuItem tag = item("menu-release-tag", "ui.menu.amend.tag", null, commands::tagRelease);
        for (MenuItem coordinatorOnly : new MenuItem[] {coordinatorSeparator, openVote, closeVote, merge, tag}) {
            coordinatorOnly.visibleProperty().bind(commands.coordinatorProperty());
        }
        return menu("ui.menu.amend",
                item("menu-amendments", "ui.menu.amend.list", "Shortcut+Shift+A", commands::showAmendments),
                item("menu-amend-new", "ui.menu.amend.new", null, commands::newAmendment),
                back,
                item("menu-amend-members", "ui.menu.amend.members", null, commands::showMembers),
                new SeparatorMenuItem(),
                item("menu-releases", "ui.menu.amend.releases", null, commands::showReleases),
                coordinatorSeparator, openVote, closeVote, merge, tag);
    }

    private Menu viewMenu() {
        CheckMenuItem preview = new CheckMenuItem(text.get("ui.menu.view.preview"));
        preview.setId("menu-preview");
        preview.selectedProperty().bindBidirectional(commands.previewVisibleProperty());
        preview.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+P"));
        CheckMenuItem comments = new CheckMenuItem(text.get("ui.menu.view.comments"));
        comments.setId("menu-comments");
        comments.selectedProperty().bindBidirectional(commands.commentsVisibleProperty());
        comments.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+M"));
        return menu("ui.menu.view", preview, comments, new SeparatorMenuItem(),
                item("menu-view-history", "ui.menu.view.history", null, commands::showHistory),
                new SeparatorMenuItem(), languageMenu());
    }

    private Menu languageMenu() {
        Menu menu = new Menu(text.get("ui.menu.view.language"));
        ToggleGroup group = new ToggleGroup();
        RadioMenuItem system = new RadioMenuItem(text.get("ui.menu.view.language.system"));
        system.setToggleGroup(group);
        system.setSelected(chosenLanguage.isEmpty());
        system.setOnAction(event -> commands.switchLanguage(null));
        menu.getItems().add(system);
        for (String language : UiText.LANGUAGES) {
            RadioMenuItem item = new RadioMenuItem(UiText.nativeName(language));
            item.setId("menu-language-" + language);
            item.setToggleGroup(group);
            item.setSelected(chosenLanguage.map(language::equals).orElse(false));
            item.setOnAction(event -> commands.switchLanguage(language));
            menu.getItems().add(item);
        }
        MenuItem note = new MenuItem(text.get("ui.menu.view.language.note"));
        note.setId("menu-language-note");
        note.setDisable(true);
        menu.getItems().addAll(new SeparatorMenuItem(), note);
        return menu;
    }

    private Menu helpMenu() {
        return menu("ui.menu.help", item("menu-about", "ui.menu.help.about", null, commands::showAbout));
    }

    private Menu menu(String key, MenuItem... items) {
        Menu menu = new Menu(text.get(key));
        menu.getItems().setAll(items);
        return menu;
    }

    private MenuItem item(String id, String key, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text.get(key));
        item.setId(id);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(event -> action.run());
        return item;
    }

    private Button button(String id, String key, String tooltipKey, Runnable action) {
        Button button = new Button(text.get(key));
        button.setId(id);
        button.setTooltip(new Tooltip(text.get(tooltipKey)));
        button.setOnAction(event -> action.run());
        return button;
    }
}
