package org.charta.ui.comment;

import javafx.geometry.Bounds;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.charta.ui.amend.Shots;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.charta.ui.ChartaWindowFixture.onFx;
import static org.charta.ui.ChartaWindowFixture.runFx;

/**
 * The bar beside a quote is on the side where the quote starts, in a left-to-right and in a right-to-left
 * window: the padding of the bar lies between that edge of the box and the quote's text.
 */
@ExtendWith(ApplicationExtension.class)
class QuoteViewTest {

    private static final String ARABIC = "التصويت بنسبة 50%";
    private static final String ENGLISH = "at least half of the members";

    /** Width of the comments panel's cards when the panel is at its narrowest, in pixels. */
    private static final double NARROW = 190;

    private final VBox root = new VBox();

    @Start
    void start(Stage stage) {
        Scene scene = new Scene(new StackPane(root), 300, 200);
        scene.getStylesheets().add(Objects.requireNonNull(
                QuoteViewTest.class.getResource("/org/charta/ui/charta.css")).toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void arabicQuoteHasItsBarOnTheRightInBothWindows() throws Exception {
        for (NodeOrientation window : NodeOrientation.values()) {
            if (window == NodeOrientation.INHERIT) {
                continue;
            }
            QuoteView quote = show(window, ARABIC);

            Bounds box = onFx(() -> quote.node().localToScene(quote.node().getLayoutBounds()));
            Bounds text = onFx(() -> quote.flow().localToScene(quote.flow().getLayoutBounds()));
            assertThat(box.getMaxX() - text.getMaxX()).as("gap on the right in a %s window", window).isGreaterThan(6);
            // The flow is only as wide as its words, so a short quote leaves room on the left.
            assertThat(text.getMinX() - box.getMinX()).as("gap on the left in a %s window", window)
                    .isGreaterThanOrEqualTo(0);
            assertThat(onFx(() -> quote.label().isVisible())).isFalse();
        }
    }

    @Test
    void englishQuoteHasItsBarOnTheLeftInBothWindows() throws Exception {
        for (NodeOrientation window : NodeOrientation.values()) {
            if (window == NodeOrientation.INHERIT) {
                continue;
            }
            QuoteView quote = show(window, ENGLISH);

            Bounds box = onFx(() -> quote.node().localToScene(quote.node().getLayoutBounds()));
            Node label = quote.label();
            Bounds text = onFx(() -> label.localToScene(label.getLayoutBounds()));
            assertThat(text.getMinX() - box.getMinX()).as("gap on the left in a %s window", window).isGreaterThan(6);
            assertThat(onFx(() -> quote.flow())).isNull();
        }
    }

    @Test
    void arabicQuoteShowsWordsWhenNarrow() throws Exception {
        for (String original : List.of("الكرامة", ARABIC, "فإن الجمعية العامة تعلن هذا الميثاق بوصفه المثل الأعلى")) {
            QuoteView quote = onFx(QuoteView::new);
            VBox card = onFx(() -> new VBox(6, quote.node()));
            runFx(() -> {
                card.getStyleClass().add("thread-card");
                ScrollPane scroll = new ScrollPane(new VBox(card));
                scroll.setFitToWidth(true);
                scroll.setPrefWidth(400);
                scroll.setMaxWidth(400);
                root.setNodeOrientation(NodeOrientation.RIGHT_TO_LEFT);
                root.getChildren().setAll(scroll);
                quote.show("«" + original + "»", original);
            });
            WaitForAsyncUtils.waitForFxEvents();
            runFx(() -> {
                ScrollPane scroll = (ScrollPane) root.getChildren().get(0);
                scroll.setPrefWidth(NARROW);
                scroll.setMaxWidth(NARROW);
            });
            WaitForAsyncUtils.waitForFxEvents();

            runFx(() -> Shots.save(root.getScene(), "quote-narrow-" + original.length()));
            Bounds box = onFx(() -> quote.node().localToScene(quote.node().getLayoutBounds()));
            for (Node word : onFx(() -> quote.flow().getChildren())) {
                Bounds drawn = onFx(() -> word.localToScene(word.getLayoutBounds()));
                assertThat(drawn.getWidth()).as("width of a word").isGreaterThan(0);
                assertThat(drawn.getHeight()).as("height of a word").isGreaterThan(0);
                assertThat(drawn.getMaxY()).as("bottom of a word").isLessThanOrEqualTo(box.getMaxY() + 1);
                assertThat(drawn.getMinX()).as("left of a word").isGreaterThanOrEqualTo(box.getMinX() - 1);
                assertThat(drawn.getMaxX()).as("right of a word").isLessThanOrEqualTo(box.getMaxX() + 1);
            }
        }
    }

    private QuoteView show(NodeOrientation window, String original) throws Exception {
        QuoteView quote = onFx(QuoteView::new);
        runFx(() -> {
            root.setNodeOrientation(window);
            root.getChildren().setAll(quote.node());
            quote.show("«" + original + "»", original);
        });
        WaitForAsyncUtils.waitForFxEvents();
        return quote;
    }
}
