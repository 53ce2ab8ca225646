package org.charta.ui.editor;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.charta.ui.app.UiText;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.charta.ui.ChartaWindowFixture.onFx;
import static org.charta.ui.ChartaWindowFixture.runFx;

/**
 * The paragraph gutter: numbers in the interface language's digits, and a margin that stays in place and
 * hides the text scrolled under it when wrapping is off.
 */
class ParagraphGutterTest extends StandaloneEditorTest {

    private static final String LONG_LINE = "لكل شخص الحق في حرية التفكير والضمير والدين، ".repeat(8).strip();

    @Start
    void start(Stage stage) {
        show(stage);
        stage.getScene().getStylesheets().add(
                ParagraphGutterTest.class.getResource("/org/charta/ui/charta.css").toExternalForm());
    }

    @Test
    void numbersInArabicDigits() throws Exception {
        Label label = onFx(() -> numberLabel(gutter(new UiText(Locale.forLanguageTag("ar"))).apply(0)));

        assertThat(label.getText()).isEqualTo("¶١٢");
    }

    @Test
    void numbersInEnglishDigits() throws Exception {
        Label label = onFx(() -> numberLabel(gutter(new UiText(Locale.ENGLISH)).apply(0)));

        assertThat(label.getText()).isEqualTo("¶12");
    }

    @Test
    void badgeInArabicDigits() throws Exception {
        Node box = onFx(() -> gutter(new UiText(Locale.forLanguageTag("ar"))).apply(0));

        Label badge = onFx(() -> (Label) box.lookup("#comment-badge-12"));
        assertThat(badge.getText()).isEqualTo("٣");
    }

    @Test
    void gutterStaysOverScrolledText() throws Exception {
        runFx(() -> {
            editor.load(LONG_LINE + "\n");
            editor.area().setWrapText(false);
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> shownGutter() != null));
        WaitForAsyncUtils.waitForFxEvents();
        Bounds before = onFx(() -> boundsOnScreen(shownGutter()));

        runFx(() -> editor.area().scrollXToPixel(300));
        WaitForAsyncUtils.waitForFxEvents();

        Region gutter = onFx(this::shownGutter);
        Bounds after = onFx(() -> boundsOnScreen(gutter));
        assertThat(onFx(() -> editor.area().getEstimatedScrollX())).isCloseTo(300, within(1.0));
        assertThat(after.getMinX()).isCloseTo(before.getMinX(), within(0.5));
        List<Node> siblings = onFx(() -> List.copyOf(gutter.getParent().getChildrenUnmodifiable()));
        assertThat(siblings.indexOf(gutter)).as("the gutter is drawn over the text").isEqualTo(siblings.size() - 1);
        Color fill = onFx(() -> (Color) gutter.getBackground().getFills().get(0).getFill());
        assertThat(fill.getOpacity()).as("the gutter hides the text under it").isEqualTo(1.0);
    }

    private static ParagraphGutter gutter(UiText text) {
        return new ParagraphGutter(Map.of(0, 12), Map.of(12, new ThreadCount(3, 1)), number -> { },
                count -> "", text::plainNumber);
    }

    private static Label numberLabel(Node box) {
        return (Label) box.lookup(".paragraph-number");
    }

    private Region shownGutter() {
        for (Node node : editor.area().lookupAll(".paragraph-gutter")) {
            if (node instanceof Region region && region.getScene() != null && !((Region) node).getChildrenUnmodifiable()
                    .isEmpty()) {
                return region;
            }
        }
        return null;
    }

    private static Bounds boundsOnScreen(Node node) {
        return node.localToScreen(node.getBoundsInLocal());
    }
}
