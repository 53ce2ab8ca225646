package org.charta.testing;

import org.charta.core.ChartaException;
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
 * The child process of the crash test: it edits, records and syncs a charter in a loop until the test kills it.
 * Each edit appends a paragraph holding one unique marker word to a section and saves it as the editor's autosave
 * does. A line {@code SAVED <marker>} is printed only after the atomic rename returned, and {@code RECORDED <marker>}
 * only after the commit that contains it was written, so the test can tell
 * which edits must survive the kill.
 *
 * <p>Arguments: the charter folder, the seed of the random choices, the prefix of the marker words, a folder for
 * an isolated Git configuration, and the id of a section that this process must not edit (another clone edits it,
 * so the syncs merge without conflicts).
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
        PrintStream out = System.out;

        Charter charter = Charter.open(folder);
        List<String> sections = charter.sections().stream().map(Section::id).filter(id -> !id.equals(reserved))
                .toList();
        try (CharterRepository repository = CharterRepository.open(folder)) {
            // The first status makes JGit measure the file time resolution, which takes seconds when no earlier
            // process stored it. A child killed during that measurement would never reach a record.
            repository.status();
            say(out, "READY");
            for (int edit = 0; ; edit++) {
                String marker = prefix + "n" + edit;
                String id = sections.get(random.nextInt(sections.size()));
                charter.writeSection(id, charter.readSection(id) + "\n" + marker + "\n");
                say(out, "SAVED " + marker);
                int action = random.nextInt(10);
                if (action < 3) {
                    record(repository, marker, out);
                } else if (action < 5) {
                    sync(repository, out);
                }
            }
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
