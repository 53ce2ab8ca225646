package org.charta.cli;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class HelpTest extends CliTestBase {

    @Test
    void rootHelpListsCommands() {
        Result result = run("--help");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("Usage: charta");
        assertThat(result.out()).contains("init", "import", "status", "sync", "diff", "comment");
        assertThat(result.err()).isEmpty();
    }

    @Test
    void everyCommandHasHelp() {
        String[] commands = {"init", "import", "sections", "status", "record", "publish", "clone", "sync", "log",
            "diff", "comment", "comment add", "comment list", "comment show", "comment reply", "comment edit",
            "comment resolve", "comment reopen", "comment reattach", "comment export", "unlock"};
        for (String command : commands) {
            List<String> args = new ArrayList<>(List.of(command.split(" ")));
            args.add("--help");

            Result result = run(args.toArray(String[]::new));

            assertThat(result.exitCode()).as(command).isZero();
            assertThat(result.out()).as(command).contains("Usage: charta " + command);
            assertThat(result.out()).as(command).doesNotContain("[cli.", "''");
            assertThat(result.out().lines().skip(1).findFirst()).as(command + " description").isPresent();
        }
    }

    @Test
    void syncHelpListsExitCodes() {
        Result result = run("sync", "--help");

        assertThat(result.out()).contains("Exit codes:", " 3  offline", " 5  no remote");
    }

    @Test
    void helpFollowsFrenchLocale() {
        Locale.setDefault(Locale.FRENCH);

        Result result = run("status", "--help");

        assertThat(result.out()).contains("Utilisation\u00A0: charta status");
        assertThat(result.out()).contains("Affiche du JSON au lieu de texte.");
    }

    @Test
    void noCommandIsUsageError() {
        Result result = run("--charter", temp.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains("Usage: charta");
    }

    @Test
    void commentWithoutSubcommandPrintsShortUsage() {
        Result result = run("comment");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.out()).isEmpty();
        assertThat(result.errLines()).hasSizeLessThanOrEqualTo(12);
        assertThat(result.err()).contains("Usage: charta comment", "charta comment add", "charta comment list",
                "charta comment show", "charta comment reply", "charta comment edit", "charta comment resolve",
                "charta comment reopen", "charta comment reattach", "charta comment export",
                "charta comment COMMAND --help");
    }

    @Test
    void frenchHelpKeepsGuillemetsWithTheirWords() {
        Locale.setDefault(Locale.FRENCH);
        String[] commands = {"", "sync", "publish", "sections", "comment", "comment reply", "init", "unlock"};
        for (String command : commands) {
            List<String> args = new ArrayList<>(List.of(command.split(" ")));
            args.removeIf(String::isEmpty);
            args.add("--help");

            Result result = run(args.toArray(String[]::new));

            assertThat(result.out().lines()).as(command).noneMatch(line -> line.strip().startsWith("»"));
            assertThat(result.out().lines()).as(command).noneMatch(line -> line.strip().endsWith("«"));
        }
    }

    @Test
    void frenchIdentityHelpUsesErrorTerm() {
        Locale.setDefault(Locale.FRENCH);

        Result help = run("record", "--help");
        Result error = run("record", "-m", "x", "--as", "Alice");

        assertThat(help.out()).contains("Nom <courriel>").doesNotContain("e-mail");
        assertThat(error.err()).contains("Nom <courriel@exemple.org>");
    }

    @Test
    void unknownOptionIsOneLineUsageError() {
        Result result = run("status", "--no-such-option");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.errLines()).hasSize(1);
        assertThat(result.err()).contains("--no-such-option", "charta status --help");
    }
}
