package org.charta.ui.app;

import javafx.application.Platform;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.charta.ui.ChartaWindowFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.charta.ui.ChartaWindowFixture.onFx;
import static org.charta.ui.ChartaWindowFixture.runFx;

/**
 * The main window in each of the six interface languages: its menus and toolbar show the texts of that
 * language's own bundle, no raw {@code [key]} shows anywhere, and only Arabic mirrors the window, its dialogs
 * and its popups.
 */
@ExtendWith(ApplicationExtension.class)
class LanguagesWindowTest {

    /** A key that a bundle lacks shows as {@code [ui.menu.file]}. */
    private static final Pattern RAW_KEY = Pattern.compile("\\[[a-z]+(\\.[A-Za-z0-9]+)+]");

    private static final List<String> MENU_KEYS = List.of("ui.menu.file", "ui.menu.edit", "ui.menu.section",
            "ui.menu.amend", "ui.menu.view", "ui.menu.help");
    private static final List<String> TOOLBAR_KEYS = List.of("record", "sync", "history", "comment", "preview",
            "comments");

    @TempDir
    java.nio.file.Path home;

    private Stage stage;
    private ChartaWindowFixture fixture;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void closeWindow() throws Exception {
        if (fixture != null) {
            fixture.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr", "es", "ca", "id", "ar"})
    void menusAndToolbarShowLanguageBundle(String language) throws Exception {
        Properties bundle = ownBundle(language);
        open(language);

        MenuBar bar = onFx(() -> (MenuBar) stage.getScene().lookup("#menu-bar"));
        List<String> menuTexts = onFx(() -> bar.getMenus().stream().map(Menu::getText).toList());
        assertThat(menuTexts).as("menus in %s", language)
                .containsExactlyElementsOf(MENU_KEYS.stream().map(key -> text(bundle, key, language)).toList());
        for (String name : TOOLBAR_KEYS) {
            String shown = onFx(() -> ((Labeled) stage.getScene().lookup("#toolbar-" + name)).getText());
            assertThat(shown).as("toolbar button %s in %s", name, language)
                    .isEqualTo(text(bundle, "ui.toolbar." + name, language));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr", "es", "ca", "id", "ar"})
    void windowShowsNoRawKey(String language) throws Exception {
        open(language);

        List<String> raw = onFx(() -> {
            List<String> texts = new ArrayList<>();
            collectTexts(stage.getScene().getRoot(), texts);
            MenuBar bar = (MenuBar) stage.getScene().lookup("#menu-bar");
            bar.getMenus().forEach(menu -> collectTexts(menu, texts));
            return texts.stream().filter(text -> RAW_KEY.matcher(text).find()).toList();
        });

        assertThat(raw).as("texts in the %s window that are raw message keys", language).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr", "es", "ca", "id", "ar"})
    void onlyArabicMirrorsWindow(String language) throws Exception {
        open(language);

        NodeOrientation expected = language.equals("ar") ? NodeOrientation.RIGHT_TO_LEFT
                : NodeOrientation.LEFT_TO_RIGHT;
        assertThat(onFx(() -> stage.getScene().getRoot().getEffectiveNodeOrientation()))
                .as("orientation of the %s window", language).isEqualTo(expected);
        assertThat(onFx(() -> stage.getScene().lookup("#menu-bar").getEffectiveNodeOrientation()))
                .as("orientation of the %s menu bar", language).isEqualTo(expected);
    }

    @Test
    void arabicDialogAndPopupAreMirrored() throws Exception {
        open("ar");

        Platform.runLater(() -> fixture.window().showPreferences());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> onFx(() -> dialogPane().isPresent()));
        DialogPane pane = onFx(() -> dialogPane().orElseThrow());
        assertThat(onFx(pane::getEffectiveNodeOrientation)).isEqualTo(NodeOrientation.RIGHT_TO_LEFT);
        assertThat(onFx(() -> pane.getScene().getEffectiveNodeOrientation()))
                .isEqualTo(NodeOrientation.RIGHT_TO_LEFT);
        runFx(() -> ((Button) pane.lookup("#dialog-cancel")).fire());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> onFx(() -> dialogPane().isEmpty()));

        ContextMenu menu = onFx(() -> new ContextMenu(new MenuItem("x")));
        runFx(() -> menu.show(stage.getScene().lookup("#toolbar-record"), 10, 10));
        assertThat(onFx(() -> menu.getScene().getEffectiveNodeOrientation()))
                .as("a context menu takes the orientation of its window").isEqualTo(NodeOrientation.RIGHT_TO_LEFT);
        runFx(menu::hide);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void languageMenuNamesEachLanguageInItself() throws Exception {
        open("ar");

        List<String> names = onFx(() -> {
            MenuBar bar = (MenuBar) stage.getScene().lookup("#menu-bar");
            Menu view = bar.getMenus().get(MENU_KEYS.indexOf("ui.menu.view"));
            Menu languages = (Menu) view.getItems().get(view.getItems().size() - 1);
            return languages.getItems().stream()
                    .filter(item -> item.getId() != null && item.getId().startsWith("menu-language-")
                            && !item.getId().equals("menu-language-note"))
                    .map(MenuItem::getText).toList();
        });

        assertThat(names).containsExactly("English", "Français", "Español", "Català", "Bahasa Indonesia", "العربية");
    }

    private void open(String language) throws Exception {
        fixture = new ChartaWindowFixture(home).inLanguage(Locale.forLanguageTag(language));
        runFx(() -> {
            try {
                fixture.start(stage);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        fixture.awaitCharterOpen();
    }

    private Optional<DialogPane> dialogPane() {
        return Window.getWindows().stream()
                .filter(window -> window != stage && window.getScene() != null)
                .map(window -> window.getScene().getRoot())
                .filter(DialogPane.class::isInstance)
                .map(DialogPane.class::cast)
                .findFirst();
    }

    private static void collectTexts(Node node, List<String> texts) {
        if (node instanceof Labeled labeled && labeled.getText() != null) {
            texts.add(labeled.getText());
        }
        if (node instanceof TextInputControl input) {
            texts.add(input.getText());
            texts.add(String.valueOf(input.getPromptText()));
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collectTexts(child, texts));
        }
    }

    private static void collectTexts(MenuItem item, List<String> texts) {
        texts.add(String.valueOf(item.getText()));
        if (item instanceof Menu menu) {
            menu.getItems().forEach(child -> collectTexts(child, texts));
        }
    }

    /** Returns the text of a key in that language's own file, failing when the file lacks the key. */
    private static String text(Properties bundle, String key, String language) {
        assertThat(bundle.getProperty(key)).as("%s in the %s bundle", key, language).isNotNull();
        return new MessageFormat(bundle.getProperty(key), Locale.forLanguageTag(language)).format(new Object[0]);
    }

    private static Properties ownBundle(String language) throws IOException {
        String name = language.equals("en") ? "messages.properties" : "messages_" + language + ".properties";
        Properties properties = new Properties();
        try (InputStream stream = LanguagesWindowTest.class.getResourceAsStream("/org/charta/i18n/" + name)) {
            assertThat(stream).as(name).isNotNull();
            properties.load(new InputStreamReader(stream, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
