package org.charta.bench;

import org.charta.core.charter.Charter;
import org.charta.core.git.CharterRepository;
import org.charta.core.git.RemoteSync;
import org.charta.core.git.SyncOutcome;
import org.charta.core.git.SyncResult;
import org.charta.core.git.SyncSteps;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Sync benchmark: a charter of {@code bench.commits} commits (10,000) served by {@code git daemon} on 127.0.0.1,
 * two identical clones with one local commit each, and {@code bench.incoming} (100) new commits pushed by a third
 * clone. Each repetition copies the prepared clones and resets the remote, then times Charta's
 * {@link RemoteSync#sync} on one copy and {@code git pull --no-rebase && git push} on the other, alternating which
 * side goes first. The last line printed is the ratio of the medians.
 *
 * <p>Usage: {@code bench/run-sync.sh [work folder]}; system properties {@code bench.commits},
 * {@code bench.incoming}, {@code bench.sections}, {@code bench.repetitions}.
 */
public final class SyncBenchmark {

    private static final int PARAGRAPHS = 8;
    private static final String MAIN = Constants.R_HEADS + "main";

    private final Path work;
    private final int commits = Integer.getInteger("bench.commits", 10_000);
    private final int incoming = Integer.getInteger("bench.incoming", 100);
    private final int sections = Integer.getInteger("bench.sections", 20);
    private final int repetitions = Integer.getInteger("bench.repetitions", 7);
    private final GitCli git;
    private List<String> paths;
    private Path remote;
    private ObjectId remoteTip;
    private double ratio = Double.NaN;

    private SyncBenchmark(Path work) throws IOException {
        this.work = work;
        this.git = new GitCli(work.resolve("home"));
    }

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args.length > 0 ? args[0] : "target/bench/sync").toAbsolutePath().normalize();
        Fixtures.deleteTree(work);
        Files.createDirectories(work);
        Isolation.isolateJGit(work.resolve("jgit-config"));
        new SyncBenchmark(work).run();
    }

    private void run() throws Exception {
        long start = System.nanoTime();
        Path seed = work.resolve("seed");
        writeHistory(seed);
        remote = work.resolve("remotes/charter.git");
        git.run(work, "clone", "-q", "--bare", seed.toString(), remote.toString());
        System.out.printf(Locale.ROOT, "Charter of %d commits and %d sections written in %.1f s%n", commits,
                sections, (System.nanoTime() - start) / 1e9);

        try (Daemon daemon = Daemon.start(git, work.resolve("remotes"), work.resolve("daemon.log"))) {
            String url = daemon.url("charter.git");
            Path chartaClone = work.resolve("prepared/charta");
            Path gitClone = work.resolve("prepared/git");
            prepareClones(url, chartaClone, gitClone);
            pushIncoming(url);
            remoteTip = ObjectId.fromString(git.run(remote, "rev-parse", "main").strip());
            System.out.printf(Locale.ROOT, "Clones ready; %d commits pushed to %s by a third clone%n", incoming, url);

            measure(chartaClone, gitClone);
            profile(chartaClone, gitClone);
        }
    }

    /** Writes the charter and {@code commits - 1} more commits, each rewording one sentence of one paragraph. */
    private void writeHistory(Path seed) throws Exception {
        paths = Fixtures.createCharter(seed, sections, PARAGRAPHS);
        try (Repository repository = open(seed)) {
            ObjectId tip = repository.resolve(MAIN);
            Instant first = Instant.now().minus(30, ChronoUnit.DAYS);
            try (CommitWriter writer = new CommitWriter(repository, tip, first)) {
                for (int change = 1; change < commits; change++) {
                    reword(writer, change % sections, change);
                    tip = writer.commit(List.of(tip), "Reword article " + (change % sections + 1));
                }
                writer.flushAndSetRef(MAIN, tip);
            }
        }
        git.run(seed, "reset", "-q", "--hard");
    }

    /** Rewords one sentence of {@code section}. The paragraph and sentence follow from the change number. */
    private void reword(CommitWriter writer, int section, int change) throws IOException {
        int round = change / sections;
        int paragraph = round % PARAGRAPHS;
        int sentence = (round / PARAGRAPHS) % Fixtures.SENTENCES_PER_PARAGRAPH;
        String path = paths.get(section);
        writer.replace(path, Fixtures.currentSentence(writer.text(path), section, paragraph, sentence),
                Fixtures.revised(section, paragraph, sentence, "change " + change));
    }

    /** Clones the remote with Charta and with git, and gives both the same local commit in the first section. */
    private void prepareClones(String url, Path chartaClone, Path gitClone) throws Exception {
        RemoteSync.cloneCharter(url, chartaClone, null).close();
        git.run(work, "clone", "-q", url, gitClone.toString());

        String path = paths.get(0);
        Charter charter = Charter.open(chartaClone);
        String id = charter.manifest().sections().get(0).id();
        String text = charter.readSection(id);
        String sentence = Fixtures.currentSentence(text, 0, 0, 0);
        String local = Fixtures.revised(0, 0, 0, "the local drafter");
        charter.writeSection(id, text.replace(sentence, local));
        try (CharterRepository repository = CharterRepository.open(chartaClone)) {
            repository.record("Reword the first paragraph", Fixtures.AUTHOR);
        }
        Path file = gitClone.resolve(path);
        Files.writeString(file, Files.readString(file).replace(sentence, local));
        git.run(gitClone, "commit", "-q", "-am", "Reword the first paragraph");
    }

    /** Pushes {@code incoming} commits from a third clone. They reword every section but the first. */
    private void pushIncoming(String url) throws Exception {
        Path pusher = work.resolve("pusher");
        git.run(work, "clone", "-q", url, pusher.toString());
        try (Repository repository = open(pusher)) {
            ObjectId tip = repository.resolve(MAIN);
            try (CommitWriter writer = new CommitWriter(repository, tip, Instant.now().minus(1, ChronoUnit.DAYS))) {
                for (int i = 0; i < incoming; i++) {
                    int change = commits + i;
                    int section = 1 + i % (sections - 1);
                    reword(writer, section, change);
                    tip = writer.commit(List.of(tip), "Reword article " + (section + 1) + " elsewhere");
                }
                writer.flushAndSetRef(MAIN, tip);
            }
        }
        git.run(pusher, "push", "-q", "origin", "main");
    }

    private void measure(Path chartaClone, Path gitClone) throws Exception {
        Timings charta = new Timings("Charta RemoteSync.sync");
        Timings gitSync = new Timings("git pull --no-rebase && git push");
        boolean chartaRuns = warmUp(chartaClone, gitClone);
        for (int run = 0; run < repetitions; run++) {
            if (chartaRuns && run % 2 == 0) {
                charta.add(syncCharta(chartaClone, "charta-" + run));
            }
            gitSync.add(syncGit(gitClone, "git-" + run));
            if (chartaRuns && run % 2 == 1) {
                charta.add(syncCharta(chartaClone, "charta-" + run));
            }
        }
        if (chartaRuns) {
            System.out.println(charta.summary());
            ratio = charta.median() / gitSync.median();
        }
        System.out.println(gitSync.summary());
    }

    /**
     * Runs each side once, uncounted, and returns whether Charta's sync ran. It does not run in a build whose
     * {@code CharterMerge} still throws {@link UnsupportedOperationException}.
     */
    private boolean warmUp(Path chartaClone, Path gitClone) throws Exception {
        String gitTime = Timings.format(syncGit(gitClone, "warmup-git") / 1e6);
        try {
            String chartaTime = Timings.format(syncCharta(chartaClone, "warmup-charta") / 1e6);
            System.out.println("Warm-up (not counted): Charta " + chartaTime + " ms, git " + gitTime + " ms");
            return true;
        } catch (UnsupportedOperationException e) {
            System.out.println("Charta's sync cannot run yet: " + e.getMessage() + "; timing git alone");
            return false;
        }
    }

    /** Times one Charta sync on a fresh copy and checks that it received and sent what it should. */
    private long syncCharta(Path prepared, String name) throws Exception {
        Path copy = freshCopy(prepared, name);
        try (CharterRepository repository = CharterRepository.open(copy)) {
            long start = System.nanoTime();
            SyncResult result = RemoteSync.sync(repository, Fixtures.AUTHOR, "Record pending edits");
            long elapsed = System.nanoTime() - start;
            if (result.outcome() != SyncOutcome.SYNCED || result.receivedCommits() != incoming) {
                throw new IllegalStateException("Charta sync ended " + result.outcome() + ", received "
                        + result.receivedCommits() + ": " + result.detail());
            }
            return elapsed;
        } finally {
            Fixtures.deleteTree(copy);
        }
    }

    /** Times {@code git pull --no-rebase && git push} on a fresh copy. */
    private long syncGit(Path prepared, String name) throws Exception {
        Path copy = freshCopy(prepared, name);
        try {
            long start = System.nanoTime();
            git.run(copy, "pull", "-q", "--no-rebase", "--no-edit");
            git.run(copy, "push", "-q", "origin", "main");
            return System.nanoTime() - start;
        } finally {
            Fixtures.deleteTree(copy);
        }
    }

    /** Resets the remote to its prepared tip and copies a prepared clone for one run. */
    private Path freshCopy(Path prepared, String name) throws Exception {
        git.run(remote, "update-ref", MAIN, remoteTip.name());
        Path copy = work.resolve("runs").resolve(name);
        Fixtures.copyTree(prepared, copy);
        return copy;
    }

    /**
     * Times the steps of a Charta sync one by one ({@link SyncSteps}) and the steps of the git side ({@code git
     * fetch}, {@code git merge}, {@code git push}), on fresh copies, so a slow sync can be traced to its step.
     */
    private void profile(Path chartaClone, Path gitClone) throws Exception {
        Map<String, Timings> steps = new LinkedHashMap<>();
        for (int run = 0; run < repetitions; run++) {
            Path copy = freshCopy(chartaClone, "steps-charta-" + run);
            try (CharterRepository repository = CharterRepository.open(copy)) {
                for (Map.Entry<String, Long> step : SyncSteps.run(repository, Fixtures.AUTHOR).entrySet()) {
                    steps.computeIfAbsent("Charta " + step.getKey(), Timings::new).add(step.getValue());
                }
            } finally {
                Fixtures.deleteTree(copy);
            }

            Path gitCopy = freshCopy(gitClone, "steps-git-" + run);
            try {
                timeGit(steps, "git fetch", gitCopy, "fetch", "-q", "origin");
                timeGit(steps, "git merge", gitCopy, "merge", "-q", "--no-edit", "origin/main");
                timeGit(steps, "git push", gitCopy, "push", "-q", "origin", "main");
            } finally {
                Fixtures.deleteTree(gitCopy);
            }
        }
        System.out.println("Steps, one by one on fresh copies:");
        steps.values().forEach(step -> System.out.println(step.summary()));
        System.out.println(Double.isNaN(ratio) ? "ratio charta/git = n/a (Charta's sync did not run)"
                : String.format(Locale.ROOT, "ratio charta/git = %.2f", ratio));
    }

    private void timeGit(Map<String, Timings> steps, String name, Path folder, String... args) throws Exception {
        long start = System.nanoTime();
        git.run(folder, args);
        steps.computeIfAbsent(name, Timings::new).add(System.nanoTime() - start);
    }

    private static Repository open(Path folder) throws IOException {
        return new FileRepositoryBuilder().setWorkTree(folder.toFile()).setMustExist(true).build();
    }

}
