package org.charta.cli;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CommentExportCommandTest extends CommentCommandTestBase {

    @Test
    void markdownGoesToStandardOutput() {
        addThread("membership", "2", "Should", "members", "vote", "online?");
        addThread("preamble", "1", "Which citizens?");

        Result result = charta(ALICE, "comment", "export");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("Members may vote on every amendment.", "Should members vote online?");
        assertThat(result.out()).contains("We, the citizens of the world", "Which citizens?");
        assertThat(result.out()).contains("Alice Drafter");
    }

    @Test
    void sectionLimitsExport() {
        addThread("membership", "2", "Should", "members", "vote", "online?");
        addThread("preamble", "1", "Which citizens?");

        Result result = charta(ALICE, "comment", "export", "membership");

        assertThat(result.out()).contains("Should members vote online?");
        assertThat(result.out()).doesNotContain("Which citizens?");
    }

    @Test
    void csvHasOneRowPerComment() throws IOException {
        String id = addThread("membership", "2", "Online,", "or", "\"by", "post\"?");
        charta(BOB, "comment", "reply", id, "Both.");

        Result result = charta(ALICE, "comment", "export", "--format", "csv");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).doesNotContain("\\u000D");
        List<CSVRecord> rows = parse(result.out());
        assertThat(rows).hasSize(3);
        assertThat(rows.get(1).toList()).contains(id, "Online, or \"by post\"?", "Alice Drafter");
        assertThat(rows.get(2).toList()).contains(id, "Both.", "Bob Drafter");
    }

    @Test
    void markdownFileIsWritten() throws IOException {
        addThread("membership", "2", "Online?");
        Path report = temp.resolve("threads.md");

        Result result = charta(ALICE, "comment", "export", "--output", report.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("Wrote 1 thread to " + report);
        assertThat(Files.readString(report)).contains("Members may vote on every amendment.", "Online?");
        assertThat(Files.list(temp).map(Path::toString)).noneMatch(name -> name.endsWith(".charta-tmp"));
    }

    @Test
    void csvFileNameChoosesCsv() throws IOException {
        String id = addThread("membership", "2", "Online?");
        Path report = temp.resolve("threads.csv");

        Result result = charta(ALICE, "comment", "export", "--output", report.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        List<CSVRecord> rows = parse(Files.readString(report));
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).toList()).contains(id, "Online?");
    }

    @Test
    void existingFileIsNotOverwritten() throws IOException {
        addThread("membership", "2", "Online?");
        Path report = Files.writeString(temp.resolve("threads.md"), "Minutes of the last meeting\n");

        Result result = charta(ALICE, "comment", "export", "--output", report.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(result.errLines()).hasSize(1);
        assertThat(result.err()).contains(report.toString(), "already exists", "--force");
        assertThat(Files.readString(report)).isEqualTo("Minutes of the last meeting\n");
    }

    @Test
    void forceReplacesExistingFile() throws IOException {
        addThread("membership", "2", "Online?");
        Path report = Files.writeString(temp.resolve("threads.md"), "Minutes of the last meeting\n");

        Result result = charta(ALICE, "comment", "export", "--output", report.toString(), "--force");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(Files.readString(report)).contains("Online?").doesNotContain("Minutes");
    }

    @Test
    void missingOutputFolderIsRejected() throws IOException {
        Path report = temp.resolve("minutes/threads.md");
        Map<String, String> before = snapshot(temp);

        Result result = charta(ALICE, "comment", "export", "--output", report.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(result.err()).contains(temp.resolve("minutes").toString(), "does not exist");
        assertThat(snapshot(temp)).isEqualTo(before);
    }

    @Test
    void folderAsOutputIsRejected() {
        Result result = charta(ALICE, "comment", "export", "--output", temp.toString(), "--force");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(result.err()).contains("is a folder");
    }

    @Test
    void unknownFormatIsUsageError() {
        Result result = charta(ALICE, "comment", "export", "--format", "pdf");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains("pdf");
    }

    @Test
    void exportFollowsReadingOrder() {
        addThread("membership", "2", "Online?");
        addThread("preamble", "1", "Which citizens?");

        Result result = charta(ALICE, "comment", "export");

        assertThat(result.out().indexOf("## Preamble")).as(result.out()).isPositive()
                .isLessThan(result.out().indexOf("## Membership"));
    }

    @Test
    void dashOutputWritesStandardOutput() {
        addThread("membership", "2", "Online?");

        Result result = charta(ALICE, "comment", "export", "--output", "-");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("Online?");
        assertThat(charter.resolve("-")).doesNotExist();
        assertThat(Path.of("-").toAbsolutePath()).doesNotExist();
    }

    @Test
    void deletedSectionOrphansAreExported() throws Exception {
        addThread("membership", "2", "Online?");
        org.charta.core.charter.Charter.open(charter).deleteSection("membership");

        Result result = charta(ALICE, "comment", "export", "membership");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("Online?", "Members may vote on every amendment.");
    }

    @Test
    void unknownSectionIsRejected() {
        Result result = charta(ALICE, "comment", "export", "preambel");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(result.err()).contains("\"preambel\"");
    }

    @Test
    void markdownFollowsFrenchLocale() {
        addThread("membership", "2", "Online?");
        String english = charta(ALICE, "comment", "export").out();
        Locale.setDefault(Locale.FRENCH);

        String french = charta(ALICE, "comment", "export").out();

        assertThat(french).contains("Members may vote on every amendment.", "Online?");
        assertThat(french).isNotEqualTo(english);
    }

    private static List<CSVRecord> parse(String csv) throws IOException {
        return CSVFormat.RFC4180.parse(new StringReader(csv)).getRecords();
    }
}
