package org.charta.ui.amend;

import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.charta.core.diff.Comparisons;
import org.charta.core.diff.SectionComparison;
import org.charta.ui.app.UiText;
import org.charta.ui.task.BackgroundExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.charta.ui.ChartaWindowFixture.onFx;
import static org.charta.ui.ChartaWindowFixture.runFx;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The source diff on an Arabic paragraph of the Universal Declaration, which wraps over several lines. */
@ExtendWith(ApplicationExtension.class)
class ArabicDiffTest {

    private final BackgroundExecutor executor = new BackgroundExecutor();
    private final AmendmentLabels labels = new AmendmentLabels(new UiText(Locale.ENGLISH), id -> "المادة 1");
    private final StackPane root = new StackPane();

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(root, 700, 500));
        stage.show();
    }

    @AfterEach
    void stop() {
        executor.shutdown(Duration.ofSeconds(5));
    }

    @Test
    void sideBySideShowsArabicInFull() throws Exception {
        String paragraph = arabicParagraph();
        String changed = paragraph.replace("الحرية", "الحرية والكرامة") + " وتضامن جميع الشعوب";
        ComparisonView view = show(paragraph, changed);

        runFx(() -> view.sideBySideButton().setSelected(true));
        WaitForAsyncUtils.waitForFxEvents();
        runFx(() -> Shots.save(root, "arabic-side-by-side"));

        List<TextFlow> flows = onFx(() -> flowsOf(view));
        assertThat(flows).hasSize(2);
        for (TextFlow flow : flows) {
            assertThat(onFx(flow::getEffectiveNodeOrientation)).isEqualTo(NodeOrientation.RIGHT_TO_LEFT);
            assertThat(onFx(() -> flow.getWidth())).isLessThan(onFx(() -> root.getWidth() / 2));
            assertThat(onFx(() -> flow.getHeight())).isGreaterThan(onFx(() -> flow.getChildren().get(0)
                    .getBoundsInParent().getHeight() * 1.5));
            assertThat(onFx(() -> textsFit(flow))).isTrue();
        }
    }

    private ComparisonView show(String oldText, String newText) throws Exception {
        List<SectionComparison> comparison = List.of(
                Comparisons.section("preamble", "الديباجة", oldText, "الديباجة", newText));
        ComparisonView view = onFx(() -> {
            ComparisonView created = new ComparisonView(executor, labels);
            root.getChildren().setAll(created.node());
            created.show(comparison);
            return created;
        });
        WaitForAsyncUtils.waitForFxEvents();
        return view;
    }

    private static boolean textsFit(TextFlow flow) {
        for (Node child : flow.getChildren()) {
            if (child.getBoundsInParent().getMinX() < -1 || child.getBoundsInParent().getMaxX() > flow.getWidth() + 1) {
                return false;
            }
        }
        return true;
    }

    private static List<TextFlow> flowsOf(ComparisonView view) {
        List<TextFlow> flows = new ArrayList<>();
        for (Node row : view.sourceRows()) {
            collect(row, flows);
        }
        return flows;
    }

    private static void collect(Node node, List<TextFlow> flows) {
        if (node instanceof TextFlow flow) {
            flows.add(flow);
        } else if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, flows);
            }
        }
    }

    private static String arabicParagraph() throws Exception {
        Path file = Path.of(System.getProperty("charta.realdata", "../shared/realdata"), "udhr", "ar", "00-preamble.md");
        assumeTrue(Files.isRegularFile(file), "realdata is absent");
        String text = Files.readString(file, StandardCharsets.UTF_8);
        return text.lines().filter(line -> line.length() > 150).findFirst().orElseThrow();
    }
}
