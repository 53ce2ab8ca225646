package org.charta.ui.app;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.charta.ui.ChartaWindowFixture;
import org.charta.ui.text.WrappingLabelSkin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.charta.ui.ChartaWindowFixture.onFx;
import static org.charta.ui.ChartaWindowFixture.runFx;

/**
 * The main window's toolbar and panels laid out in each of the six interface languages, at a wide and at a narrow
 * window width: no labeled control shows its text cut with an ellipsis, and no panel's content reaches past the
 * panel's visible edge, which in the mirrored Arabic window is its left edge.
 */
@ExtendWith(ApplicationExtension.class)
class WindowTextFitTest {

    /** Widths in pixels: a common laptop screen, and a narrow window that Charta widens to fit its panels. */
    private static final double WIDE = 1280;
    private static final double NARROW = 720;

    /** The lowest window Charta allows, in pixels. */
    private static final double SHORT = 480;

    /** Rounding between a content's width and its viewport's, and the overhang of an italic glyph, in pixels. */
    private static final double TOLERANCE = 1;

    @TempDir
    Path home;

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
    void wideWindowTruncatesNoText(String language) throws Exception {
        open(language, WIDE);

        assertThat(onFx(() -> truncatedTexts(stage.getScene().getRoot())))
                .as("labeled controls of the %s window cut with an ellipsis", language).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr", "es", "ca", "id", "ar"})
    void narrowWindowTruncatesNoPanelText(String language) throws Exception {
        open(language, NARROW);

        assertThat(onFx(() -> truncatedTexts(stage.getScene().lookup(".main-split"))))
                .as("labeled controls of the %s panels cut with an ellipsis", language).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr", "es", "ca", "id", "ar"})
    void commentsPanelFitsItsWidth(String language) throws Exception {
        open(language, WIDE);
        // A short window with the new comment's field open gives the panel a vertical scroll bar.
        runFx(() -> stage.setHeight(SHORT));
        runFx(() -> fixture.window().newComment());
        WaitForAsyncUtils.waitForFxEvents();
        runFx(() -> stage.getScene().getRoot().layout());

        ScrollPane frame = onFx(() -> (ScrollPane) stage.getScene().lookup(".comments-frame"));
        double viewport = onFx(() -> frame.getViewportBounds().getWidth());
        double content = onFx(() -> frame.getContent().getLayoutBounds().getWidth());

        assertThat(content).as("width of the %s comments panel's content within its %s px viewport", language,
                viewport).isLessThanOrEqualTo(viewport + TOLERANCE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr", "es", "ca", "id", "ar"})
    void commentsHintsWrapInsidePanel(String language) throws Exception {
        open(language, WIDE);
        // With the caret on no paragraph and no threads, the panel shows only its own hints, the longest.
        runFx(() -> fixture.window().commentsModel().caretParagraphProperty().set(0));
        runFx(() -> fixture.window().commentsModel().threads().clear());
        WaitForAsyncUtils.waitForFxEvents();
        runFx(() -> stage.getScene().getRoot().layout());

        assertThat(onFx(() -> truncatedOrOverflowingTexts(stage.getScene().lookup(".comments-frame"))))
                .as("texts of the %s comments panel cut at its edges", language).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ar"})
    void narrowWindowShowsEveryPanel(String language) throws Exception {
        open(language, NARROW);

        double sceneWidth = onFx(() -> stage.getScene().getWidth());
        Bounds panels = onFx(() -> {
            Node split = stage.getScene().lookup(".main-split");
            return split.localToScene(split.getLayoutBounds());
        });

        assertThat(panels.getMinX()).as("left edge of the %s panels", language).isGreaterThanOrEqualTo(-TOLERANCE);
        assertThat(panels.getMaxX()).as("right edge of the %s panels", language)
                .isLessThanOrEqualTo(sceneWidth + TOLERANCE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ar"})
    void narrowToolbarKeepsEveryCommand(String language) throws Exception {
        open(language, NARROW);

        List<String> outside = onFx(() -> {
            List<String> ids = new ArrayList<>();
            Node bar = stage.getScene().lookup(".main-toolbar");
            double sceneWidth = stage.getScene().getWidth();
            for (Node button : bar.lookupAll(".button")) {
                Bounds bounds = button.localToScene(button.getLayoutBounds());
                boolean reachable = !button.isVisible() || bounds.getMinX() >= -TOLERANCE
                        && bounds.getMaxX() <= sceneWidth + TOLERANCE;
                if (!reachable) {
                    ids.add(button.getId());
                }
            }
            return ids;
        });

        assertThat(outside).as("toolbar buttons of the narrow %s window outside the window", language).isEmpty();
    }

    private void open(String language, double width) throws Exception {
        fixture = new ChartaWindowFixture(home).inLanguage(Locale.forLanguageTag(language));
        runFx(() -> {
            try {
                fixture.start(stage);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        fixture.awaitCharterOpen();
        // The window never gets narrower than its minimum, which its panels may raise above the narrow width.
        runFx(() -> stage.setWidth(Math.max(width, stage.getMinWidth())));
        WaitForAsyncUtils.waitForFxEvents();
        // The comments panel at its narrowest, as it is shown to a person who drags its divider to the window's edge.
        runFx(() -> {
            SplitPane split = (SplitPane) stage.getScene().lookup(".main-split");
            split.setDividerPosition(split.getDividers().size() - 1, 1);
        });
        WaitForAsyncUtils.waitForFxEvents();
        runFx(() -> stage.getScene().getRoot().layout());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Lists the visible labeled controls under a node whose drawn text differs from their text, which is how a
     * JavaFX label shows that it cut its text and added its ellipsis string.
     */
    private static List<String> truncatedTexts(Node node) {
        List<String> found = new ArrayList<>();
        collectTruncated(node, found, false);
        return found;
    }

    /** Lists the truncated texts under a node, and the wrapped texts drawn past their label's edges. */
    private static List<String> truncatedOrOverflowingTexts(Node node) {
        List<String> found = new ArrayList<>();
        collectTruncated(node, found, true);
        return found;
    }

    private static void collectTruncated(Node node, List<String> found, boolean overflow) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isEmpty()) {
            Text drawn = drawnText(labeled);
            TextFlow words = drawnWords(labeled);
            if (drawn != null && !drawn.getText().equals(labeled.getText())) {
                found.add(describe(labeled) + " \"" + labeled.getText() + "\" drawn as \"" + drawn.getText() + "\"");
            } else if (overflow && drawn != null && !insideWidth(drawn, labeled)) {
                found.add(describe(labeled) + " \"" + labeled.getText() + "\" drawn from x " + drawn.getBoundsInParent()
                        .getMinX() + " to " + drawn.getBoundsInParent().getMaxX() + " in " + labeled.getWidth());
            } else if (overflow && words != null && !insideWidth(words, labeled)) {
                found.add(describe(labeled) + " \"" + labeled.getText() + "\" drawn word by word from x "
                        + words.getBoundsInParent().getMinX() + " to " + words.getBoundsInParent().getMaxX() + " in "
                        + labeled.getWidth());
            }
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collectTruncated(child, found, overflow));
        }
    }

    /** Returns the text node that the label's skin draws, or null when the skin draws none or hides it. */
    private static Text drawnText(Labeled labeled) {
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text text && child.getStyleClass().contains("text") && child.isVisible()) {
                return text;
            }
        }
        return null;
    }

    /** Returns the flow in which {@link WrappingLabelSkin} draws the label's words, or null. */
    private static TextFlow drawnWords(Labeled labeled) {
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof TextFlow flow && flow.getStyleClass().contains(WrappingLabelSkin.WORDS_STYLE_CLASS)) {
                return flow;
            }
        }
        return null;
    }

    /** Returns whether a wrapped text stays within its label's width, where the label's clip would cut it. */
    private static boolean insideWidth(Node drawn, Labeled labeled) {
        Bounds bounds = drawn.getBoundsInParent();
        return bounds.getMinX() >= -TOLERANCE && bounds.getMaxX() <= labeled.getWidth() + TOLERANCE;
    }

    private static String describe(Labeled labeled) {
        String id = labeled.getId() != null ? "#" + labeled.getId() : String.join(".", labeled.getStyleClass());
        return labeled.getClass().getSimpleName() + " " + id;
    }
}
