package org.charta.cli;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.charta.core.charter.Charter;
import org.charta.core.charter.Section;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.List;

/** {@code charta sections}: the section ids, titles and files in reading order. */
@Command(name = "sections")
final class SectionsCommand extends CliCommand {

    @Option(names = "--json", descriptionKey = "option.json")
    private boolean json;

    @Override
    int run() throws Exception {
        Charter charter = openCharter();
        List<SectionJson> sections = SectionJson.of(charter.sections());
        if (json) {
            Json.print(cli().out(), sections);
            return ExitCodes.OK;
        }
        // A tab inside a field would add a column, so TerminalText turns it into a space.
        for (SectionJson section : sections) {
            cli().out().println(TerminalText.safeLine(section.id()) + "\t" + TerminalText.safeLine(section.title())
                    + "\t" + TerminalText.safeLine(section.path()));
        }
        return ExitCodes.OK;
    }

    /** A section in {@code --json} output of {@code sections} and {@code status}. */
    @JsonPropertyOrder({"id", "title", "path"})
    record SectionJson(String id, String title, String path) {

        static List<SectionJson> of(List<Section> sections) {
            return sections.stream().map(section -> new SectionJson(section.id(), section.title(), section.path()))
                    .toList();
        }
    }
}
