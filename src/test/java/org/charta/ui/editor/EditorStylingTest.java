package org.charta.ui.editor;

import org.testfx.framework.junit5.Start;
import javafx.stage.Stage;
import javafx.scene.text.Text;
import org.charta.ui.amend.Shots;
import org.charta.ui.text.UprightFont;
import javafx.scene.input.KeyCode;
import org.fxmisc.richtext.model.StyleSpan;
import org.fxmisc.richtext.model.StyleSpans;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.charta.ui.ChartaWindowFixture.onFx;
import static org.charta.ui.ChartaWindowFixture.runFx;

/** The editor restyles only what an edit changed, and ends with the styles a full analysis gives. */
class EditorStylingTest extends StandaloneEditorTest {

    @Start
    void start(Stage stage) {
        show(stage);
    }

    private static final String TEXT = "## Rights\n\nMembers may vote.\n\n- speak\n- propose\n\nEnd of `article`.\n";

    @Test
    void editsEndWithFullAnalysisStyles(FxRobot robot) throws Exception {
        runFx(() -> editor.load(TEXT));
        awaitStylesOfCurrentText();

        runFx(() -> {
            editor.area().requestFocus();
            editor.area().moveTo(TEXT.indexOf("may"));
        });
        robot.write("*really* ");
        awaitStylesOfCurrentText();
        runFx(() -> editor.area().moveTo(0));
        robot.push(KeyCode.DELETE);
        awaitStylesOfCurrentText();
        runFx(() -> editor.area().moveTo(editor.area().getLength()));
        robot.write("```\ncode");
        awaitStylesOfCurrentText();

        assertThat(onFx(editor::text)).startsWith("# Rights").contains("*really* may").endsWith("```\ncode");
    }

    @Test
    void typedArabicEmphasisDrawsUpright(FxRobot robot) throws Exception {
        String arabic = "للإنسان حق\n\nA *free* person.\n";
        runFx(() -> editor.node().getScene().getStylesheets()
                .add(EditorStylingTest.class.getResource("/org/charta/ui/charta.css").toExternalForm()));
        runFx(() -> editor.load(arabic));
        runFx(() -> {
            editor.area().requestFocus();
            editor.area().moveTo(arabic.indexOf('\n'));
        });
        runFx(() -> editor.area().replaceSelection(" *كرامة*"));
        // The area's own word classes for right-to-left text differ from a full analysis, so wait for the drawing.
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> onFx(() -> editor.area().lookupAll(".md-em-upright")
                .stream().anyMatch(node -> node instanceof Text text && text.getText().contains("كرامة"))));

        runFx(() -> Shots.save(editor.node().getScene(), "italic-editor-arabic-emphasis"));
        List<Text> drawn = onFx(() -> editor.area().lookupAll(".text").stream()
                .filter(Text.class::isInstance).map(Text.class::cast).toList());
        Text arabicEmphasis = drawn.stream().filter(text -> text.getText().contains("كرامة")).findFirst().orElseThrow();
        Text englishEmphasis = drawn.stream().filter(text -> text.getText().contains("free")).findFirst().orElseThrow();

        assertThat(onFx(() -> UprightFont.isItalic(arabicEmphasis.getFont()))).as("Arabic emphasis italic").isFalse();
        assertThat(onFx(() -> UprightFont.isItalic(englishEmphasis.getFont()))).as("English emphasis italic").isTrue();
    }

    /**
     * Waits until every line of the area has the styles a full analysis of the current text gives it. Lines
     * are compared one by one because the area reports a line break with the style of the text before it.
     */
    private void awaitStylesOfCurrentText() throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> onFx(() -> {
            StyleSpans<Collection<String>> full = MarkdownStyler.analyse(editor.text()).styles();
            int offset = 0;
            for (int line = 0; line < editor.area().getParagraphs().size(); line++) {
                int length = editor.area().getParagraph(line).length();
                if (length > 0 && !runs(editor.area().getParagraph(line).getStyleSpans())
                        .equals(runs(full.subView(offset, offset + length)))) {
                    return false;
                }
                offset += length + 1;
            }
            return true;
        }));
    }

    private static List<Object> runs(StyleSpans<Collection<String>> spans) {
        List<Object> runs = new ArrayList<>();
        Set<String> previous = null;
        int length = 0;
        for (StyleSpan<Collection<String>> span : spans) {
            Set<String> style = Set.copyOf(span.getStyle());
            if (span.getLength() == 0) {
                continue;
            }
            if (style.equals(previous)) {
                length += span.getLength();
                continue;
            }
            if (previous != null) {
                runs.add(List.of(previous, length));
            }
            previous = style;
            length = span.getLength();
        }
        if (previous != null) {
            runs.add(List.of(previous, length));
        }
        return runs;
    }
}
