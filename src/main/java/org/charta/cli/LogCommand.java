package org.charta.cli;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.charta.core.ChartaException;
import org.charta.core.charter.Charter;
import org.charta.core.charter.Section;
import org.charta.core.git.CharterRepository;
import org.charta.core.git.History;
import org.charta.core.git.Revision;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.List;
import java.util.regex.Pattern;

/** {@code charta log}: the commits that changed one section, newest first. */
@Command(name = "log")
final class LogCommand extends CliCommand {

    @Parameters(index = "0", paramLabel = "SECTION", converter = SectionIdConverter.class,
            descriptionKey = "param.section")
    private String sectionId;

    @Option(names = "--json", descriptionKey = "option.json")
    private boolean json;

    @Option(names = {"-n", "--max-count"}, paramLabel = "N", defaultValue = "100", descriptionKey = "option.maxCount")
    private int maxCount;

    @Override
    int run() throws Exception {
        if (maxCount < 1) {
            throw new ChartaException("cli.error.maxCountInvalid", String.valueOf(maxCount));
        }
        Charter charter = openCharter();
        Section section = charter.section(sectionId);
        List<Revision> revisions;
        try (CharterRepository repository = CharterRepository.open(charter.folder())) {
            revisions = History.log(repository, section.path(), maxCount);
        }

        if (json) {
            Json.print(cli().out(), revisions.stream().map(RevisionJson::of).toList());
            return ExitCodes.OK;
        }
        for (Revision revision : revisions) {
            cli().out().println(revision.shortId() + "  " + CliDates.format(revision.time(), cli().locale()) + "  "
                    + TerminalText.safeLine(revision.authorName()) + "  "
                    + TerminalText.safeLine(firstLine(revision.message())));
        }
        return ExitCodes.OK;
    }

    private static String firstLine(String message) {
        String stripped = message.strip();
        int newline = stripped.indexOf('\n');
        return newline < 0 ? stripped : stripped.substring(0, newline);
    }

    /**
     * A commit in the {@code --json} output of {@code log}; {@code time} is ISO-8601 in UTC. The message loses
     * the trailing line breaks that plain Git writes after it, so that messages from Charta and from Git compare
     * equal.
     */
    @JsonPropertyOrder({"id", "shortId", "author", "email", "time", "message"})
    record RevisionJson(String id, String shortId, String author, String email, String time, String message) {

        private static final Pattern TRAILING_LINE_BREAKS = Pattern.compile("[\\r\\n]+\\z");

        static RevisionJson of(Revision revision) {
            return new RevisionJson(revision.id(), revision.shortId(), revision.authorName(), revision.authorEmail(),
                    revision.time().toString(), TRAILING_LINE_BREAKS.matcher(revision.message()).replaceFirst(""));
        }
    }
}
