package org.charta.core.git;

import org.charta.core.amend.AmendmentRefs;
import org.charta.core.amend.Amendments;
import org.charta.core.amend.Deliberation;
import org.charta.core.charter.Charter;
import org.charta.core.charter.Section;
import org.charta.core.comment.Stance;
import org.charta.testing.CrashDriver;
import org.charta.testing.GitDaemon;
import org.charta.testing.IsolatedGitTest;
import org.charta.testing.TestGit;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.charta.core.git.SharedCharters.PREAMBLE;
import static org.charta.testing.TestGit.ALICE;
import static org.charta.testing.TestGit.BOB;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Kills a child JVM that edits, records, syncs and switches between the main text and an amendment
 * ({@link CrashDriver}) with SIGKILL at random moments, then opens the charter as Charta does at start and checks
 * that nothing saved or recorded was lost, that {@code HEAD} names a branch whose tip the work tree equals apart from
 * saved edits, that no text of the amendment reached the main text or the reverse, that {@code git fsck --full}
 * accepts the repository, and that record and sync work again.
 *
 * <p>System properties: {@code charta.crash.iterations} (default 100; a long run uses 1000) and
 * {@code charta.crash.seed} (default: the clock; the seed is logged, so a failing run can be repeated).
 */
class CrashRecoveryTest extends IsolatedGitTest {

    private static final Logger LOG = LoggerFactory.getLogger(CrashRecoveryTest.class);

    private static final int MIN_KILL_DELAY_MILLIS = 100;
    private static final int MAX_KILL_DELAY_MILLIS = 1500;
    private static final long READY_TIMEOUT_SECONDS = 60;

    /** A word that only the amendment's text and deliberation contain, so the main text must never contain it. */
    private static final String AMENDMENT_MARK = "amendonlymark";
    /** The prefix of the words that the second clone adds to the main text, which the amendment never receives. */
    private static final String OTHER_MARK = "othermark";
    /** Deliberation threads on the amendment: files that only its branch has, so each switch writes many files. */
    private static final int AMENDMENT_THREADS = 30;

    /** Each saved marker word, with the branch that was checked out when it was saved. */
    private final Map<String, String> saved = new LinkedHashMap<>();
    private final Set<String> recorded = new LinkedHashSet<>();
    private String amendmentRef;
    /** The marker the killed child may have written without printing SAVED, because the kill came in between. */
    private String unconfirmed;
    private int switches;
    private int interruptedSwitches;

    @Test
    void killedChildLosesNoEdit() throws Exception {
        int iterations = Integer.getInteger("charta.crash.iterations", 100);
        long seed = Long.getLong("charta.crash.seed", System.currentTimeMillis());
        LOG.info("Crash test: {} iterations, seed {}", iterations, seed);
        Random random = new Random(seed);

        assumeTrue(GitDaemon.isAvailable(), "git daemon is not installed");
        Path remotes = Files.createDirectories(temp.resolve("remotes"));
        TestGit.initBare(remotes.resolve("charter.git"));
        // The remote is served by git daemon, so the child never runs the remote's receive-pack itself.
        // NOTE: a child killed while pushing to a local path remote leaves refs/heads/main.lock in that remote,
        // and every later push is rejected until someone deletes it; Recovery only cleans the charter's own .git.
        GitDaemon daemon = closeLater(GitDaemon.start(remotes));
        String url = daemon.url("charter.git");
        Path folder = temp.resolve("child");
        String amendment;
        try (CharterRepository child = SharedCharters.createAndPublish(folder, url, ALICE)) {
            amendment = createAmendment(child);
        }
        amendmentRef = AmendmentRefs.localBranch(amendment);
        CharterRepository other = closeLater(RemoteSync.cloneCharter(url, temp.resolve("other"), null));
        long started = System.nanoTime();

        for (int iteration = 0; iteration < iterations; iteration++) {
            if (iteration % 3 == 0) {
                editOther(other, "othermark" + iteration);
            }
            runAndKill(folder, random.nextLong(), "crashmark" + iteration, amendment,
                    MIN_KILL_DELAY_MILLIS + random.nextInt(MAX_KILL_DELAY_MILLIS - MIN_KILL_DELAY_MILLIS + 1));
            checkRecovered(folder, iteration, seed);
        }
        LOG.info("Crash test: {} iterations in {} s, seed {}, {} edits saved, {} recorded, {} switches, {} killed "
                        + "while switching", iterations, TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started),
                seed, saved.size(), recorded.size(), switches, interruptedSwitches);
        assertThat(saved).as("the child saved edits").isNotEmpty();
        assertThat(recorded).as("the child recorded edits").isNotEmpty();
        assertThat(switches).as("the child switched texts").isPositive();
        checkHistories(folder, seed);
    }

    /**
     * Creates an amendment that changes two sections, adds a section and carries a deliberation, then checks the
     * main text out again. Returns the amendment's id.
     */
    private static String createAmendment(CharterRepository child) throws Exception {
        String id = Amendments.create(child, "Crash amendment", "", List.of(), null, ALICE).id();
        Charter charter = Charter.open(child.folder());
        for (String section : List.of("article-3", "article-9")) {
            charter.writeSection(section, charter.readSection(section) + "\n" + AMENDMENT_MARK + " amended\n");
        }
        Section annex = charter.addSection("Annex", null);
        charter.writeSection(annex.id(), "## Annex\n\n" + AMENDMENT_MARK + " annexed\n");
        for (int thread = 0; thread < AMENDMENT_THREADS; thread++) {
            Deliberation.startThread(child, id, "Argument " + thread + " " + AMENDMENT_MARK, Stance.FOR, ALICE);
        }
        child.record("Write the crash amendment", ALICE);
        Amendments.switchTo(child, null, ALICE);
        return id;
    }

    /** Edits the section the child leaves alone in the second clone and shares it, so the child's syncs merge. */
    private static void editOther(CharterRepository other, String marker) throws Exception {
        Path file = other.folder().resolve(PREAMBLE);
        Files.writeString(file, Files.readString(file) + "\n" + marker + "\n");
        RemoteSync.sync(other, BOB, "Edit the preamble");
    }

    private void runAndKill(Path folder, long childSeed, String prefix, String amendment, int killDelay)
            throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-Xshare:auto", "-cp", System.getProperty("java.class.path"), CrashDriver.class.getName(),
                folder.toString(), Long.toString(childSeed), prefix, temp.resolve("git-config").toString(),
                "preamble", amendment);
        // The child shares this JVM's Git configuration folder, where JGit stores the file time resolution it
        // measured once. Without it, every child would spend seconds measuring it again.
        TestGit.isolatedEnvironment(builder, temp.resolve("child-home"));
        builder.redirectError(temp.resolve("child.log").toFile());
        Process child = builder.start();

        List<String> lines = new ArrayList<>();
        CountDownLatch ready = new CountDownLatch(1);
        Thread reader = new Thread(() -> readLines(child, lines, ready), "crash-child-output");
        reader.start();
        boolean isReady = ready.await(READY_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        if (isReady) {
            Thread.sleep(killDelay);
        }
        child.destroyForcibly();
        child.waitFor();
        reader.join();
        assertThat(isReady).as("the child printed READY; its log is in %s", temp.resolve("child.log")).isTrue();

        int savedNow = 0;
        synchronized (lines) {
            for (String line : lines) {
                if (line.startsWith("SAVED ")) {
                    String[] fields = line.split(" ");
                    saved.put(fields[1], fields[2]);
                    savedNow++;
                } else if (line.startsWith("SWITCHED ")) {
                    switches++;
                } else if (line.startsWith("RECORDED ")) {
                    recorded.add(line.substring("RECORDED ".length()));
                } else if (line.startsWith("ERROR ")) {
                    LOG.warn("Crash test child: {}", line);
                }
            }
        }
        unconfirmed = prefix + "n" + savedNow;
    }

    private static void readLines(Process child, List<String> lines, CountDownLatch ready) {
        try (BufferedReader output = new BufferedReader(
                new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = output.readLine(); line != null; line = output.readLine()) {
                synchronized (lines) {
                    lines.add(line);
                }
                if (line.equals("READY")) {
                    ready.countDown();
                }
            }
        } catch (IOException e) {
            // The stream ends with an error when the child is killed; every complete line was read.
        }
    }

    /** Opens the charter as Charta does at start, which runs the recovery, and checks what survived. */
    private void checkRecovered(Path folder, int iteration, long seed) throws Exception {
        String context = "iteration " + iteration + ", seed " + seed;
        if (isSwitchJournal(folder)) {
            interruptedSwitches++;
        }
        try (CharterRepository repository = CharterRepository.open(folder)) {
            String branch = repository.repository().getFullBranch();
            assertThat(branch).as("HEAD after recovery (%s)", context).isIn(Remotes.MAIN_REF, amendmentRef);
            checkWorkTreeIsTipPlusSaved(repository, branch, context);
            checkSavedEdits(repository, branch, context);
            checkTextsApart(repository, context);
            assertThat(conflictMarkerFiles(folder)).as("files with conflict markers (%s)", context).isEmpty();
            String fsck = TestGit.runGit(folder, temp.resolve("git-home"), "fsck", "--full", "--no-progress");
            assertThat(fsck).as("git fsck (%s)", context).doesNotContain("error", "missing", "corrupt");

            RepositoryStatus status = repository.status();
            assertThat(status.indexLocked()).as("index lock after recovery (%s)", context).isFalse();
            repository.record("Recovered edits", ALICE);
            SyncResult sync = RemoteSync.sync(repository, ALICE, "Recovered edits");
            assertThat(sync.outcome()).as("sync after recovery (%s): %s", context, sync.detail())
                    .isIn(SyncOutcome.SYNCED, SyncOutcome.UP_TO_DATE);
            assertThat(repository.status().uncommittedPaths()).as("uncommitted after sync (%s)", context)
                    .isEmpty();
            Charter.open(folder);
        }
    }

    /** Returns whether the killed child left the journal of a branch switch. */
    private static boolean isSwitchJournal(Path folder) throws IOException {
        Path journal = folder.resolve(".git/charta/update.json");
        return Files.isRegularFile(journal) && Files.readString(journal).contains("toRef");
    }

    /**
     * Checks that the work tree contains exactly the files of the tip of the checked-out branch, and that where a file
     * differs, it only adds marker words saved on that branch (or the one whose SAVED line the kill cut off).
     */
    private void checkWorkTreeIsTipPlusSaved(CharterRepository repository, String branch, String context)
            throws Exception {
        Map<String, String> tip = filesAt(repository.repository(), branch);
        Map<String, String> work = new TreeMap<>();
        for (Path file : workTreeFiles(repository.folder(), "")) {
            work.put(repository.folder().relativize(file).toString().replace('\\', '/'), Files.readString(file));
        }
        assertThat(work.keySet()).as("work tree paths against the tip of %s (%s)", branch, context)
                .isEqualTo(tip.keySet());

        Set<String> allowed = new HashSet<>(Set.of(unconfirmed));
        saved.forEach((marker, savedBranch) -> {
            if (savedBranch.equals(branch)) {
                allowed.add(marker);
            }
        });
        for (Map.Entry<String, String> file : tip.entrySet()) {
            String text = work.get(file.getKey());
            if (text.equals(file.getValue())) {
                continue;
            }
            Set<String> tipWords = words(file.getValue());
            Set<String> added = words(text);
            assertThat(added).as("%s keeps the words of the tip of %s (%s)", file.getKey(), branch, context)
                    .containsAll(tipWords);
            added.removeAll(tipWords);
            assertThat(allowed).as("words added to %s on %s (%s)", file.getKey(), branch, context)
                    .containsAll(added);
        }
    }

    /** Checks that each saved edit is in the work tree when its branch is checked out, else at its branch's tip. */
    private void checkSavedEdits(CharterRepository repository, String branch, String context) throws Exception {
        Set<String> workWords = wordsOfWorkTree(repository.folder());
        Map<String, Set<String>> tipWords = new HashMap<>();
        for (Map.Entry<String, String> edit : saved.entrySet()) {
            String where = edit.getValue();
            Set<String> words = where.equals(branch) ? workWords
                    : tipWords.computeIfAbsent(where, ref -> wordsAt(repository.repository(), ref));
            String kind = recorded.contains(edit.getKey()) ? "recorded" : "saved";
            assertThat(words).as("%s edit %s on %s (%s)", kind, edit.getKey(), where, context)
                    .contains(edit.getKey());
        }
    }

    /** Checks that the main text never got the amendment's words, nor the amendment the main text's later ones. */
    private void checkTextsApart(CharterRepository repository, String context) throws Exception {
        Repository git = repository.repository();
        assertThat(pathsContaining(git, Remotes.MAIN_REF, AMENDMENT_MARK))
                .as("files with amendment text at the tip of main (%s)", context).isEmpty();
        assertThat(pathsContaining(git, amendmentRef, AMENDMENT_MARK))
                .as("files with amendment text at its tip (%s)", context).hasSize(3 + AMENDMENT_THREADS);
        assertThat(pathsContaining(git, amendmentRef, OTHER_MARK))
                .as("files with later main text at the tip of the amendment (%s)", context).isEmpty();
    }

    private static List<String> pathsContaining(Repository repository, String ref, String needle)
            throws IOException {
        List<String> paths = new ArrayList<>();
        filesAt(repository, ref).forEach((path, text) -> {
            if (text.contains(needle)) {
                paths.add(path);
            }
        });
        return paths;
    }

    /**
     * Checks every commit of both histories: no version of the main text ever contained the amendment's words, and
     * no version of the amendment the words that reached the main text after the amendment began.
     */
    private void checkHistories(Path folder, long seed) throws Exception {
        try (CharterRepository repository = CharterRepository.openWithoutRecovery(folder)) {
            Repository git = repository.repository();
            assertThat(commitsContaining(git, Remotes.MAIN_REF, AMENDMENT_MARK))
                    .as("commits of main with amendment text (seed %s)", seed).isEmpty();
            assertThat(commitsContaining(git, amendmentRef, OTHER_MARK))
                    .as("commits of the amendment with later main text (seed %s)", seed).isEmpty();
        }
    }

    /** Returns the commits reachable from {@code ref} with a file that contains {@code needle}. */
    private static List<String> commitsContaining(Repository repository, String ref, String needle)
            throws IOException {
        List<String> found = new ArrayList<>();
        Map<ObjectId, Boolean> blobs = new HashMap<>();
        try (RevWalk walk = new RevWalk(repository)) {
            walk.markStart(walk.parseCommit(repository.resolve(ref)));
            for (RevCommit commit : walk) {
                try (TreeWalk tree = new TreeWalk(repository)) {
                    tree.addTree(commit.getTree());
                    tree.setRecursive(true);
                    while (tree.next()) {
                        ObjectId blob = tree.getObjectId(0);
                        if (blobs.computeIfAbsent(blob, id -> text(repository, id).contains(needle))) {
                            found.add(commit.name() + " " + tree.getPathString());
                        }
                    }
                }
            }
        }
        return found;
    }

    /** Returns every file at the tip of {@code ref}, by path, as text. */
    private static Map<String, String> filesAt(Repository repository, String ref) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (RevWalk walk = new RevWalk(repository); TreeWalk tree = new TreeWalk(repository)) {
            tree.addTree(walk.parseCommit(repository.resolve(ref)).getTree());
            tree.setRecursive(true);
            while (tree.next()) {
                files.put(tree.getPathString(), text(repository, tree.getObjectId(0)));
            }
        }
        return files;
    }

    private static Set<String> wordsAt(Repository repository, String ref) {
        try {
            Set<String> words = new HashSet<>();
            filesAt(repository, ref).values().forEach(text -> words.addAll(words(text)));
            return words;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(Repository repository, ObjectId blob) {
        try {
            return new String(repository.open(blob).getBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> words(String text) {
        return new HashSet<>(Arrays.asList(text.split("\\s+")));
    }

    private static Set<String> wordsOfWorkTree(Path folder) throws IOException {
        Set<String> words = new HashSet<>();
        for (Path file : workTreeFiles(folder)) {
            for (String word : Files.readString(file).split("\\s+")) {
                words.add(word);
            }
        }
        return words;
    }

    private static List<Path> conflictMarkerFiles(Path folder) throws IOException {
        List<Path> found = new ArrayList<>();
        for (Path file : workTreeFiles(folder)) {
            String text = Files.readString(file);
            if (text.contains("<<<<<<<") || text.contains(">>>>>>>")) {
                found.add(file);
            }
        }
        return found;
    }

    private static List<Path> workTreeFiles(Path folder) throws IOException {
        return workTreeFiles(folder, ".md");
    }

    /** Returns the files outside {@code .git} whose names end with {@code suffix} (every file for ""). */
    private static List<Path> workTreeFiles(Path folder, String suffix) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile)
                    .filter(file -> !folder.relativize(file).startsWith(".git"))
                    .filter(file -> file.toString().endsWith(suffix))
                    .toList();
        }
    }
}
