package org.charta.core.git;

import org.charta.core.charter.Charter;
import org.charta.testing.CrashDriver;
import org.charta.testing.GitDaemon;
import org.charta.testing.IsolatedGitTest;
import org.charta.testing.TestGit;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.charta.core.git.SharedCharters.PREAMBLE;
import static org.charta.testing.TestGit.ALICE;
import static org.charta.testing.TestGit.BOB;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Kills a child JVM that edits, records and syncs a charter ({@link CrashDriver}) with SIGKILL at random moments,
 * then opens the charter as Charta does at start and checks that nothing saved or recorded was lost, that
 * {@code git fsck --full} accepts the repository, and that record and sync work again.
 *
 * <p>System properties: {@code charta.crash.iterations} (default 100; a long run uses 1000) and
 * {@code charta.crash.seed} (default: the clock; the seed is logged, so a failing run can be repeated).
 */
class CrashRecoveryTest extends IsolatedGitTest {

    private static final Logger LOG = LoggerFactory.getLogger(CrashRecoveryTest.class);

    private static final int MIN_KILL_DELAY_MILLIS = 100;
    private static final int MAX_KILL_DELAY_MILLIS = 1500;
    private static final long READY_TIMEOUT_SECONDS = 60;

    private final Set<String> saved = new LinkedHashSet<>();
    private final Set<String> recorded = new LinkedHashSet<>();

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
        SharedCharters.createAndPublish(folder, url, ALICE).close();
        CharterRepository other = closeLater(RemoteSync.cloneCharter(url, temp.resolve("other"), null));
        long started = System.nanoTime();

        for (int iteration = 0; iteration < iterations; iteration++) {
            if (iteration % 3 == 0) {
                editOther(other, "othermark" + iteration);
            }
            runAndKill(folder, random.nextLong(), "crashmark" + iteration,
                    MIN_KILL_DELAY_MILLIS + random.nextInt(MAX_KILL_DELAY_MILLIS - MIN_KILL_DELAY_MILLIS + 1));
            checkRecovered(folder, iteration, seed);
        }
        LOG.info("Crash test: {} iterations in {} s, seed {}, {} edits saved, {} recorded", iterations,
                TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started), seed, saved.size(), recorded.size());
        assertThat(saved).as("the child saved edits").isNotEmpty();
        assertThat(recorded).as("the child recorded edits").isNotEmpty();
    }

    /** Edits the section the child leaves alone in the second clone and shares it, so the child's syncs merge. */
    private static void editOther(CharterRepository other, String marker) throws Exception {
        Path file = other.folder().resolve(PREAMBLE);
        Files.writeString(file, Files.readString(file) + "\n" + marker + "\n");
        RemoteSync.sync(other, BOB, "Edit the preamble");
    }

    private void runAndKill(Path folder, long childSeed, String prefix, int killDelay) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-Xshare:auto", "-cp", System.getProperty("java.class.path"), CrashDriver.class.getName(),
                folder.toString(), Long.toString(childSeed), prefix, temp.resolve("git-config").toString(),
                "preamble");
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

        synchronized (lines) {
            for (String line : lines) {
                if (line.startsWith("SAVED ")) {
                    saved.add(line.substring("SAVED ".length()));
                } else if (line.startsWith("RECORDED ")) {
                    recorded.add(line.substring("RECORDED ".length()));
                } else if (line.startsWith("ERROR ")) {
                    LOG.warn("Crash test child: {}", line);
                }
            }
        }
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
        try (CharterRepository repository = CharterRepository.open(folder)) {
            Set<String> words = wordsOfWorkTree(folder);
            for (String marker : saved) {
                assertThat(words).as("saved edit %s (%s)", marker, context).contains(marker);
            }
            for (String marker : recorded) {
                assertThat(words).as("recorded edit %s (%s)", marker, context).contains(marker);
            }
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
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile)
                    .filter(file -> !folder.relativize(file).startsWith(".git"))
                    .filter(file -> file.toString().endsWith(".md"))
                    .toList();
        }
    }
}
