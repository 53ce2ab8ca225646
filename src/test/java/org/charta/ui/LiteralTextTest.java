package org.charta.ui;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No window or command code hands a person-readable string literal to a control or an output stream: every
 * such text comes from the message bundles, so it shows in the person's language. A literal counts as
 * person-readable when it contains a letter; separators and symbols ("", " · ", "…") pass.
 */
class LiteralTextTest {

    private static final List<Path> SOURCES = List.of(
            Path.of("src/main/java/org/charta/ui"), Path.of("src/main/java/org/charta/cli"));

    /** Calls whose string argument a person reads, directly followed by a literal that contains a letter. */
    private static final Pattern LITERAL_TEXT = Pattern.compile(
            "\\b(setText|setTitle|setHeaderText|setContentText|setPromptText|setPlaceholder|appendText"
                    + "|new (?:Label|Button|ToggleButton|CheckBox|RadioButton|Hyperlink|Tooltip|Text|MenuItem|Menu"
                    + "|CheckMenuItem|RadioMenuItem|ButtonType|Tab|TitledPane)"
                    + "|println|print|printf)\\(\\s*\"([^\"\\\\]|\\\\.)*\\p{L}");

    @Test
    void sourcesPassNoLiteralText() throws IOException {
        List<String> offenders = new ArrayList<>();
        for (Path folder : SOURCES) {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.filter(path -> path.toString().endsWith(".java")).sorted().toList()) {
                    offenders.addAll(literalTexts(file));
                }
            }
        }

        assertThat(offenders).as("literal texts in %s; move them to messages*.properties", SOURCES).isEmpty();
    }

    @Test
    void scanFindsLiteralTexts() {
        assertThat(LITERAL_TEXT.matcher("button.setText(\"Save\");").find()).isTrue();
        assertThat(LITERAL_TEXT.matcher("new Label(\"Title:\")").find()).isTrue();
        assertThat(LITERAL_TEXT.matcher("new Tooltip( \"Ordre\")").find()).isTrue();
        assertThat(LITERAL_TEXT.matcher("out.println(\"\\tDone\")").find()).isTrue();
        assertThat(LITERAL_TEXT.matcher("label.setText(\"\");").find()).isFalse();
        assertThat(LITERAL_TEXT.matcher("label.setText(\" · \");").find()).isFalse();
        assertThat(LITERAL_TEXT.matcher("label.setText(text.get(\"ui.save\"));").find()).isFalse();
    }

    private static List<String> literalTexts(Path file) throws IOException {
        List<String> found = new ArrayList<>();
        List<String> lines = Files.readAllLines(file);
        for (int index = 0; index < lines.size(); index++) {
            String line = lines.get(index);
            Matcher matcher = LITERAL_TEXT.matcher(line);
            if (matcher.find()) {
                found.add(file + ":" + (index + 1) + ": " + line.strip());
            }
        }
        return found;
    }
}
