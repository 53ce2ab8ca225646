package org.charta.cli;

import org.charta.core.ChartaException;
import org.charta.core.amend.AmendmentRecord;
import org.charta.core.amend.AmendmentStatus;
import org.charta.core.amend.AmendmentSummary;
import org.charta.core.amend.Amendments;
import org.charta.core.charter.Charter;
import org.charta.core.git.CharterRepository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code charta amend list}: every amendment known here, newest first, each with its status, the sections it
 * changes, a word-diff preview and its vote and comment counts. Filters narrow the list.
 */
@Command(name = "list")
final class AmendListCommand extends CliCommand {

    @Option(names = "--status", paramLabel = "STATUS", descriptionKey = "option.amend.status")
    private List<AmendmentStatus> statuses = new ArrayList<>();

    @Option(names = "--section", paramLabel = "ID", descriptionKey = "option.amend.filterSection")
    private String section;

    @Option(names = "--author", paramLabel = "TEXT", descriptionKey = "option.amend.author")
    private String author;

    @Option(names = "--json", descriptionKey = "option.json")
    private boolean json;

    @Override
    int run() throws Exception {
        Charter charter = openCharter();
        List<AmendmentSummary> listed;
        try (CharterRepository repository = CharterRepository.open(charter.folder())) {
            List<AmendmentSummary> all = Amendments.list(repository);
            requireKnownSection(charter, all);
            listed = all.stream().filter(this::isListed).toList();
        }
        if (json) {
            Json.print(cli().out(), listed.stream().map(AmendmentJson::of).toList());
        } else if (listed.isEmpty()) {
            cli().say("amend.none");
        } else {
            listed.forEach(this::printText);
        }
        return ExitCodes.OK;
    }

    /** Rejects a --section that neither the charter nor any amendment names, which is most likely a typing error. */
    private void requireKnownSection(Charter charter, List<AmendmentSummary> all) throws ChartaException {
        if (section == null || charter.manifest().section(section).isPresent()) {
            return;
        }
        boolean named = all.stream().anyMatch(summary -> summary.record().targets().contains(section)
                || summary.changedSections().contains(section));
        if (!named) {
            throw new ChartaException("error.amend.unknownSection", section);
        }
    }

    private boolean isListed(AmendmentSummary summary) {
        AmendmentRecord record = summary.record();
        if (!statuses.isEmpty() && !statuses.contains(summary.status())) {
            return false;
        }
        if (section != null && !record.targets().contains(section) && !summary.changedSections().contains(section)) {
            return false;
        }
        return author == null || matchesAuthor(record.author());
    }

    private boolean matchesAuthor(AmendmentRecord.Person person) {
        if (person == null) {
            return false;
        }
        String wanted = author.toLowerCase(Locale.ROOT);
        return String.valueOf(person.name()).toLowerCase(Locale.ROOT).contains(wanted)
                || String.valueOf(person.email()).toLowerCase(Locale.ROOT).contains(wanted);
    }

    /** Prints one amendment in three lines; every text comes from co-authors, so it goes through TerminalText. */
    private void printText(AmendmentSummary summary) {
        CliContext cli = cli();
        AmendmentRecord record = summary.record();
        String authorName = record.author() == null ? "?" : record.author().name();
        cli.say("amend.row", summary.id(), cli.text("amend.status." + summary.status().fileValue()), record.title(),
                authorName);
        String sections = summary.changedSections().isEmpty() ? cli.text("amend.noSections")
                : String.join(", ", summary.changedSections());
        String flags = summary.outdated() ? cli.text("amend.flag.outdated")
                : summary.behind() ? cli.text("amend.flag.behind") : "";
        cli.say("amend.rowDetails", sections, summary.votes(), summary.comments(), flags);
        if (!summary.preview().isEmpty()) {
            cli.out().println("  " + TerminalText.safeLine(AmendmentJson.previewText(summary.preview())));
        }
    }
}
