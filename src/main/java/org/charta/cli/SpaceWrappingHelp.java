package org.charta.cli;

import picocli.CommandLine.Help;
import picocli.CommandLine.Help.Ansi.Text;
import picocli.CommandLine.Help.Column;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Help whose option and parameter descriptions wrap at spaces only. Picocli 4.7.7 wraps with
 * {@link java.text.BreakIterator#getLineInstance()}, which in JDK 17 also breaks after a full stop before a
 * letter, so a Git key such as {@code user.email} could print as "user." and "email" on two lines. Here each
 * description is split at spaces into lines that fit its column before picocli
 * receives it, so picocli never wraps it again.
 */
final class SpaceWrappingHelp extends Help {

    SpaceWrappingHelp(CommandSpec spec, ColorScheme colorScheme) {
        super(spec, colorScheme);
    }

    @Override
    public Layout createDefaultLayout(List<OptionSpec> options, List<PositionalParamSpec> positionals,
                                      ColorScheme colorScheme) {
        Layout layout = super.createDefaultLayout(options, positionals, colorScheme);
        return new SpaceWrappingLayout(layout);
    }

    /** Splits the last cell of each row into rows that fit the description column. */
    private static final class SpaceWrappingLayout extends Layout {

        SpaceWrappingLayout(Layout layout) {
            super(layout.colorScheme(), layout.textTable(), layout.optionRenderer(), layout.parameterRenderer());
        }

        @Override
        public void layout(ArgSpec argSpec, Text[][] cellValues) {
            Column[] columns = table.columns();
            int last = columns.length - 1;
            // One column of slack: picocli keeps a trailing space on a full line.
            int width = columns[last].width - columns[last].indent - 1;
            List<Text[]> rows = new ArrayList<>();
            for (Text[] row : cellValues) {
                if (row.length != columns.length || row[last] == null) {
                    rows.add(row);
                    continue;
                }
                List<String> lines = wrap(row[last].plainString(), width);
                for (int i = 0; i < lines.size(); i++) {
                    Text[] split = i == 0 ? Arrays.copyOf(row, row.length) : emptyRow(columns.length);
                    split[last] = colorScheme.text(lines.get(i));
                    rows.add(split);
                }
            }
            super.layout(argSpec, rows.toArray(Text[][]::new));
        }

        private Text[] emptyRow(int length) {
            Text[] row = new Text[length];
            Arrays.fill(row, colorScheme.text(""));
            return row;
        }
    }

    /** Splits text at spaces into lines of at most {@code width} characters; a longer word gets its own line. */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        lines.add(line.toString());
        return lines;
    }
}
