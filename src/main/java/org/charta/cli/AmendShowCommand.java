package org.charta.cli;

import org.charta.core.amend.AmendmentRecord;
import org.charta.core.amend.AmendmentSummary;
import org.charta.core.amend.Amendments;
import org.charta.core.amend.Tally;
import org.charta.core.charter.Charter;
import org.charta.core.git.CharterRepository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/** {@code charta amend show}: one amendment's record, whether it is behind or outdated, its vote and its tally. */
@Command(name = "show")
final class AmendShowCommand extends CliCommand {

    @Parameters(index = "0", paramLabel = "ID", descriptionKey = "param.amend.id")
    private String id;

    @Option(names = "--json", descriptionKey = "option.json")
    private boolean json;

    @Override
    int run() throws Exception {
        Charter charter = openCharter();
        AmendmentSummary summary;
        try (CharterRepository repository = CharterRepository.open(charter.folder())) {
            summary = Amendments.summary(repository, id);
        }
        if (json) {
            Json.print(cli().out(), AmendmentJson.of(summary));
        } else {
            printText(summary);
        }
        return ExitCodes.OK;
    }

    private void printText(AmendmentSummary summary) {
        CliContext cli = cli();
        AmendmentRecord record = summary.record();
        cli.say("amend.show.heading", record.id(), record.title());
        cli.say("amend.show.status", cli.text("amend.status." + record.status().fileValue()));
        AmendmentRecord.Person author = record.author();
        cli.say("amend.show.author", author == null ? "?" : author.name(), author == null ? "?" : author.email(),
                date(record.created()));
        if (!record.rationale().isBlank()) {
            cli.say("amend.show.rationale");
            record.rationale().lines().forEach(line -> cli.out().println("  " + TerminalText.safeLine(line)));
        }
        cli.say("amend.show.targets", list(String.join(", ", record.targets())));
        cli.say("amend.show.changed", list(String.join(", ", summary.changedSections())));
        cli.say(record.parent() == null ? "amend.show.fromMain" : "amend.show.fromAmendment",
                shortId(record.base()), String.valueOf(record.parent()));
        cli.say(summary.shared() ? "amend.show.shared" : "amend.show.notShared");
        cli.say("amend.show.standing", yesNo(summary.behind()), yesNo(summary.outdated()));
        cli.say("amend.show.counts", summary.votes(), summary.comments());
        printVote(record);
        Tally.fromRecord(record.tally()).ifPresent(tally -> new TallyPrinter(cli).print(record.id(), tally));
        if (!summary.preview().isEmpty()) {
            cli.say("amend.show.preview", AmendmentJson.previewText(summary.preview()));
        }
    }

    private void printVote(AmendmentRecord record) {
        AmendmentRecord.VoteWindow vote = record.vote();
        if (vote == null) {
            return;
        }
        if (vote.opened() != null) {
            cli().say("amend.show.voteOpened", vote.openedBy() == null ? "?" : vote.openedBy().name(),
                    date(vote.opened()));
        }
        if (vote.closes() != null && vote.closed() == null) {
            cli().say("amend.show.voteCloses", date(vote.closes()));
        }
        if (vote.closed() != null) {
            cli().say("amend.show.voteClosed", vote.closedBy() == null ? "?" : vote.closedBy().name(),
                    date(vote.closed()));
        }
    }

    private String list(String joined) {
        return joined.isEmpty() ? cli().text("amend.noSections") : joined;
    }

    private String yesNo(boolean value) {
        return cli().text(value ? "amend.yes" : "amend.no");
    }

    /** Shows an ISO-8601 instant from the record in the reader's time zone, or the text as it is. */
    private String date(String instant) {
        if (instant == null) {
            return "?";
        }
        try {
            return CliDates.format(Instant.parse(instant), cli().locale());
        } catch (DateTimeParseException e) {
            return instant;
        }
    }

    private static String shortId(String commit) {
        return commit == null ? "?" : commit.substring(0, Math.min(7, commit.length()));
    }
}
