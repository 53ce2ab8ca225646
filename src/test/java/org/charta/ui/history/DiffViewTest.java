package org.charta.ui.history;

import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.charta.core.diff.DiffSegment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.charta.ui.ChartaWindowFixture.onFx;
import static org.charta.ui.ChartaWindowFixture.runFx;

/** The history diff on an Arabic section: every line reads right to left, starts in view and wraps inside the view. */
@ExtendWith(ApplicationExtension.class)
class DiffViewTest {

    private static final String HEADING = "## المادة 16";
    private static final String PARAGRAPH = "للرجل والمرأة متى بلغا سن الزواج حق التزوج وتأسيس أسرة دون أي قيد "
            + "بسبب الجنس أو الدين، ولهما حقوق متساوية عند الزواج وأثناء قيامه وعند انحلاله، "
            + "ولا يبرم عقد الزواج إلا برضى الطرفين الكامل رضى لا إكراه فيه.";

    private final StackPane root = new StackPane();
    private final DiffView view = new DiffView();

    @Start
    void start(Stage stage) {
        root.getChildren().add(view.node());
        stage.setScene(new Scene(root, 420, 500));
        stage.show();
    }

    @Test
    void arabicLinesReadRightToLeftAndFitTheView() throws Exception {
        runFx(() -> view.show(List.of(
                new DiffSegment(DiffSegment.Kind.EQUAL, HEADING + "\n\n" + PARAGRAPH.replace("الكامل", "")),
                new DiffSegment(DiffSegment.Kind.INSERTED, "الكامل"),
                new DiffSegment(DiffSegment.Kind.EQUAL, PARAGRAPH.substring(PARAGRAPH.indexOf("الكامل") + 6)
                        + "\n\nCharta keeps this line left to right."))));
        WaitForAsyncUtils.waitForFxEvents();

        List<TextFlow> lines = onFx(view::lineFlows);
        assertThat(lines).hasSize(5);
        assertThat(onFx(() -> lineText(lines.get(0)))).isEqualTo(HEADING);
        assertThat(onFx(lines.get(0)::getEffectiveNodeOrientation)).isEqualTo(NodeOrientation.RIGHT_TO_LEFT);
        assertThat(onFx(lines.get(2)::getEffectiveNodeOrientation)).isEqualTo(NodeOrientation.RIGHT_TO_LEFT);
        assertThat(onFx(lines.get(4)::getEffectiveNodeOrientation)).isEqualTo(NodeOrientation.LEFT_TO_RIGHT);
        assertThat(onFx(() -> lines.get(1).getHeight())).isGreaterThan(0);

        TextFlow paragraph = lines.get(2);
        double lineHeight = onFx(() -> paragraph.getChildren().get(0).getBoundsInParent().getHeight());
        assertThat(onFx(paragraph::getHeight)).isGreaterThan(lineHeight * 1.5);
        for (TextFlow line : lines) {
            assertThat(onFx(() -> textsFit(line))).isTrue();
        }
        assertThat(onFx(() -> view.texts().stream()
                .filter(text -> text.getStyleClass().contains(DiffView.INSERTED_STYLE))
                .map(Text::getText).toList())).containsExactly("الكامل");
    }

    private static String lineText(TextFlow flow) {
        StringBuilder text = new StringBuilder();
        flow.getChildren().forEach(child -> text.append(((Text) child).getText()));
        return text.toString();
    }

    /** Every word lies inside its line's width: a clipped start of line would lie beyond the edge. */
    private static boolean textsFit(TextFlow flow) {
        for (Node child : flow.getChildren()) {
            if (child.getBoundsInParent().getMinX() < -1
                    || child.getBoundsInParent().getMaxX() > flow.getWidth() + 1) {
                return false;
            }
        }
        return true;
    }
}
