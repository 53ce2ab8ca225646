package org.charta.testing;

import org.charta.core.ChartaException;
import org.charta.core.amend.Amendments;
import org.charta.core.charter.Charter;
import org.charta.core.charter.Section;
import org.charta.core.git.CharterRepository;
import org.charta.core.git.RemoteSync;
import org.charta.core.git.SyncResult;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/**
 * The child process of the crash test: it edits, records, syncs and switches between the main text and an amendment
 * in a loop until the test kills it. Each edit appends a paragraph holding one unique marker word to a section and
 * saves it as the editor's autosave does. A line {@code SAVED <marker> <branch>} is printed only after the atomic
 * rename returned, naming the branch checked out at the time, and {@code RECORDED <marker>} only after the commit
 * that contains it was written, so the test can tell which edits must survive the kill, and where.
 *
 * <p>Arguments: the charter folder, the seed of the random choices, the prefix of the marker words, a folder for
 * an isolated Git configuration, the id of a section that this process must not edit (another clone edits it,
 * so the syncs merge without conflicts), and optionally the id of an amendment to switch to and back from.
 */
public final class CrashDriver {

    private CrashDriver() {
    }

    public static void main(String[] arguments) throws Exception {
        Path folder = Path.of(arguments[0]);
        Random random = new Random(Long.parseLong(arguments[1]));
        String prefix = arguments[2];
        TestGit.isolate(Path.of(arguments[3]));
        String reserved = arguments[4];
        String amendment = arguments.length > 5 ? arguments[5] : null;
        PrintStream out = System.out;

        Charter charter = Charter.open(folder);
        try (CharterRepository repository = CharterRepository.open(folder)) {
            // The first status makes JGit measure the file time resolution, which takes seconds when no earlier
            // process stored it. A child killed during that measurement would never reach a record.
            repository.status();
            say(out, "READY");
            for (int edit = 0; ; edit++) {
                String marker = prefix + "n" + edit;
                List<String> sections = editableSections(charter, reserved);
                String id = sections.get(random.nextInt(sections.size()));
                String branch = repository.repository().getFullBranch();
                charter.writeSection(id, charter.readSection(id) + "\n" + marker + "\n");
                say(out, "SAVED " + marker + " " + branch);
                int action = random.nextInt(10);
                if (action < 3) {
                    record(repository, marker, out);
                } else if (action < 5) {
                    sync(repository, out);
                } else if (action < 7 && amendment != null) {
                    switchText(repository, amendment, out);
                    // The amendment may have other sections than the main text, as the editor would reload them.
                    charter = Charter.open(folder);
                }
            }
        }
    }

    private static List<String> editableSections(Charter charter, String reserved) throws ChartaException {
        return charter.sections().stream().map(Section::id).filter(id -> !id.equals(reserved)).toList();
    }

    /** Switches from the main text to the amendment, or back, as the amendments window and "charta amend edit" do. */
    private static void switchText(CharterRepository repository, String amendment, PrintStream out) {
        try {
            boolean onMain = Amendments.current(repository).isEmpty();
            Amendments.switchTo(repository, onMain ? amendment : null, TestGit.ALICE);
            say(out, "SWITCHED " + repository.repository().getFullBranch());
        } catch (ChartaException | java.io.IOException e) {
            say(out, "ERROR switch " + e.getMessage());
        }
    }

    private static void record(CharterRepository repository, String marker, PrintStream out) {
        try {
            repository.record("Crash test edit " + marker, TestGit.ALICE);
            say(out, "RECORDED " + marker);
        } catch (ChartaException e) {
            say(out, "ERROR record " + e.messageKey() + " " + e.getMessage());
        }
    }

    private static void sync(CharterRepository repository, PrintStream out) {
        try {
            SyncResult result = RemoteSync.sync(repository, TestGit.ALICE, "Crash test sync");
            say(out, "SYNCED " + result.outcome());
        } catch (ChartaException e) {
            say(out, "ERROR sync " + e.messageKey() + " " + e.getMessage());
        }
    }

    private static void say(PrintStream out, String line) {
        out.println(line);
        out.flush();
    }
}
