package org.charta.ui.editor;

import org.testfx.framework.junit5.Start;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.charta.ui.ChartaWindowFixture.onFx;
import static org.charta.ui.ChartaWindowFixture.runFx;

/** A section far larger than usual (about 515,000 characters) still loads, styles and takes typing. */
class LargeSectionTest extends StandaloneEditorTest {

    @Start
    void start(Stage stage) {
        show(stage);
    }

    @Override
    protected double[] sceneSize() {
        return new double[] {900, 700};
    }

    @Test
    void largeSectionLoadsAndStyles(FxRobot robot) throws Exception {
        String text = largeLawText();
        assertThat(text.length()).isGreaterThan(500_000);

        long loadStart = System.nanoTime();
        runFx(() -> editor.load(text));
        long loadMillis = (System.nanoTime() - loadStart) / 1_000_000;
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> onFx(() -> editor.paragraphsProperty().getValue().size()) > 1000);
        long styledMillis = (System.nanoTime() - loadStart) / 1_000_000;

        runFx(() -> editor.area().moveTo(100));
        long slowest = 0;
        for (int key = 0; key < 10; key++) {
            long typeStart = System.nanoTime();
            runFx(() -> editor.area().replaceSelection("x"));
            slowest = Math.max(slowest, key == 0 ? 0 : (System.nanoTime() - typeStart) / 1_000_000);
            robot.sleep(30);
        }
        long typeMillis = slowest;
        runFx(() -> editor.area().replaceSelection("*y*"));
        MarkdownStyler.Analysis analysis = MarkdownStyler.analyse(onFx(editor::text));
        long styleStart = System.nanoTime();
        runFx(() -> editor.show(analysis));
        long styleMillis = (System.nanoTime() - styleStart) / 1_000_000;
        System.out.printf("restyle on the JavaFX thread %d ms%n", styleMillis);

        System.out.printf("large section: load %d ms, styled %d ms, keystroke %d ms%n", loadMillis, styledMillis,
                typeMillis);
        // NOTE: the bounds are generous for slow CI machines. The target is about 2 s to open, 50 ms per key.
        assertThat(loadMillis).isLessThan(5000);
        assertThat(typeMillis).isLessThan(500);
        assertThat(styleMillis).isLessThan(500);
    }

    private static String largeLawText() {
        StringBuilder builder = new StringBuilder();
        for (int article = 1; builder.length() < 515_000; article++) {
            builder.append("## Article ").append(article).append("\n\n")
                    .append("Every member of the assembly has the right to speak, to propose amendments and to "
                            + "vote on *every* question put to the assembly, under the conditions set by **these** "
                            + "rules.\n\n")
                    .append("- first condition\n- second condition with a [link](https://example.org)\n\n");
        }
        return builder.toString();
    }
}
