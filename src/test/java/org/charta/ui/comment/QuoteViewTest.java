package org.charta.ui.comment;

import javafx.geometry.Bounds;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.charta.ui.ChartaWindowFixture.onFx;
import static org.charta.ui.ChartaWindowFixture.runFx;

/**
 * The bar beside a quote stands on the side where the quote starts, in a left-to-right and in a right-to-left
 * window: the padding of the bar lies between that edge of the box and the quote's text.
 */
@ExtendWith(ApplicationExtension.class)
class QuoteViewTest {

    private static final String ARABIC = "التصويت بنسبة 50%";
    private static final String ENGLISH = "at least half of the members";

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
            assertThat(text.getMinX() - box.getMinX()).as("gap on the left in a %s window", window).isLessThan(2);
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
