package org.charta.bench;

import org.charta.core.merge.CharterMerge;
import org.charta.core.merge.CharterMergeResult;
import org.charta.core.merge.Choice;
import org.charta.core.merge.Conflict;
import org.charta.core.merge.Resolution;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Prose merge benchmark: a charter of {@code bench.sections} sections (2,000) of three paragraphs, and two branches
 * that each reword 1,000 paragraphs. In a quarter of the sections each side changes a different paragraph. In 15 % of
 * them both sides change the same paragraph, in different sentences. Another 10 % get a change on our side only,
 * and another 10 % on their side only. It times Charta's {@link CharterMerge#merge} plus
 * {@link CharterMergeResult#writeTree} against {@code git merge-file} over the files both sides changed, and
 * reports {@code git merge-tree --write-tree} on the same commits. The last line printed is the ratio of the
 * medians Charta / {@code git merge-file}.
 *
 * <p>Usage: {@code bench/run-merge.sh [work folder]}; system properties {@code bench.sections},
 * {@code bench.repetitions}.
 */
public final class ProseMergeBenchmark {

    private static final int PARAGRAPHS = 3;
    private static final int WARM_UP_RUNS = 2;

    private final Path work;
    private final int sections = Integer.getInteger("bench.sections", 2_000);
    private final int repetitions = Integer.getInteger("bench.repetitions", 7);
    private final GitCli git;
    private final Map<String, String> expected = new HashMap<>();
    private final List<String> bothChanged = new ArrayList<>();
    private ObjectId base;
    private ObjectId ours;
    private ObjectId theirs;

    private ProseMergeBenchmark(Path work) throws IOException {
        this.work = work;
        this.git = new GitCli(work.resolve("home"));
    }

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args.length > 0 ? args[0] : "target/bench/merge").toAbsolutePath().normalize();
        Fixtures.deleteTree(work);
        Files.createDirectories(work);
        Isolation.isolateJGit(work.resolve("jgit-config"));
        new ProseMergeBenchmark(work).run();
    }

    private void run() throws Exception {
        Path charter = work.resolve("charter");
        writeBranches(charter);
        git.run(charter, "gc", "-q", "--prune=now");
        Path mergeFiles = writeMergeFileInputs(charter);
        System.out.printf(Locale.ROOT, "Charter of %d sections; each branch rewords %d paragraphs; %d files changed "
                + "on both sides%n", sections, changedParagraphs(), bothChanged.size());

        Timings mergeFile = measureMergeFile(mergeFiles);
        Timings mergeTree = measureMergeTree(charter);
        Timings charta = measureCharta(charter);
        if (charta != null) {
            System.out.println(charta.summary());
        }
        System.out.println(mergeFile.summary());
        System.out.println(mergeTree.summary());
        if (charta == null) {
            System.out.println("ratio charta/git merge-file = n/a (Charta's merge did not run)");
            return;
        }
        System.out.printf(Locale.ROOT, "ratio charta/git merge-tree = %.2f%n", charta.median() / mergeTree.median());
        System.out.printf(Locale.ROOT, "ratio charta/git merge-file = %.2f%n", charta.median() / mergeFile.median());
    }

    private int changedParagraphs() {
        return sections / 4 + sections * 3 / 20 + sections / 10;
    }

    /** Writes the base charter, the branches {@code ours} and {@code theirs}, and the texts a merge should give. */
    private void writeBranches(Path folder) throws Exception {
        List<String> paths = Fixtures.createCharter(folder, sections, PARAGRAPHS);
        try (Repository repository = open(folder)) {
            base = repository.resolve(Constants.R_HEADS + "main");
            Instant time = Instant.now().minus(1, ChronoUnit.DAYS);
            try (CommitWriter oursWriter = new CommitWriter(repository, base, time);
                 CommitWriter theirsWriter = new CommitWriter(repository, base, time);
                 CommitWriter expectedWriter = new CommitWriter(repository, base, time)) {
                int differentParagraphs = sections / 4;
                int sameParagraph = differentParagraphs + sections * 3 / 20;
                int oursOnly = sameParagraph + sections / 10;
                int theirsOnly = oursOnly + sections / 10;
                for (int section = 0; section < theirsOnly; section++) {
                    String path = paths.get(section);
                    if (section < differentParagraphs) {
                        reword(path, section, 0, 0, oursWriter, expectedWriter, "ours");
                        reword(path, section, 2, 0, theirsWriter, expectedWriter, "theirs");
                        bothChanged.add(path);
                    } else if (section < sameParagraph) {
                        reword(path, section, 1, 0, oursWriter, expectedWriter, "ours");
                        reword(path, section, 1, 2, theirsWriter, expectedWriter, "theirs");
                        bothChanged.add(path);
                    } else if (section < oursOnly) {
                        reword(path, section, 0, 1, oursWriter, expectedWriter, "ours");
                    } else {
                        reword(path, section, 0, 1, theirsWriter, expectedWriter, "theirs");
                    }
                    expected.put(path, expectedWriter.text(path));
                }
                ours = oursWriter.commit(List.of(base), "Reword on our side");
                oursWriter.flushAndSetRef(Constants.R_HEADS + "ours", ours);
                theirs = theirsWriter.commit(List.of(base), "Reword on their side");
                theirsWriter.flushAndSetRef(Constants.R_HEADS + "theirs", theirs);
            }
        }
    }

    private static void reword(String path, int section, int paragraph, int sentence, CommitWriter side,
                               CommitWriter expectedSide, String sideName) throws IOException {
        String original = Fixtures.sentence(section, paragraph, sentence);
        String revised = Fixtures.revised(section, paragraph, sentence, sideName);
        side.replace(path, original, revised);
        expectedSide.replace(path, original, revised);
    }

    /** Writes base, ours and theirs of each file both sides changed, as {@code git merge-file} reads them. */
    private Path writeMergeFileInputs(Path charter) throws IOException {
        Path folder = Files.createDirectories(work.resolve("merge-file"));
        try (Repository repository = open(charter)) {
            for (int i = 0; i < bothChanged.size(); i++) {
                String path = bothChanged.get(i);
                Files.write(folder.resolve(i + ".base"), blob(repository, base, path));
                Files.write(folder.resolve(i + ".ours"), blob(repository, ours, path));
                Files.write(folder.resolve(i + ".theirs"), blob(repository, theirs, path));
            }
        }
        return folder;
    }

    /**
     * Times the in-memory merge and the tree write. The first runs warm the JVM and are only printed. Returns
     * null in a build whose {@link CharterMerge} still throws {@link UnsupportedOperationException}.
     */
    private Timings measureCharta(Path charter) throws IOException {
        Timings timings = new Timings("Charta merge + writeTree");
        try (Repository repository = open(charter)) {
            RevCommit baseCommit = CommitWriter.parse(repository, base);
            RevCommit oursCommit = CommitWriter.parse(repository, ours);
            RevCommit theirsCommit = CommitWriter.parse(repository, theirs);
            for (int run = 0; run < WARM_UP_RUNS + repetitions; run++) {
                long start = System.nanoTime();
                CharterMergeResult result;
                try {
                    result = CharterMerge.merge(repository, baseCommit, oursCommit, theirsCommit);
                } catch (UnsupportedOperationException e) {
                    System.out.println("Charta's merge cannot run yet: " + e.getMessage());
                    return null;
                }
                Map<String, Resolution> mine = new LinkedHashMap<>();
                for (Conflict conflict : result.conflicts()) {
                    mine.put(conflict.id(), Resolution.of(Choice.MINE));
                }
                ObjectId tree;
                try (ObjectInserter inserter = repository.newObjectInserter()) {
                    tree = result.writeTree(inserter, mine);
                    inserter.flush();
                }
                long elapsed = System.nanoTime() - start;
                if (run < WARM_UP_RUNS) {
                    System.out.printf(Locale.ROOT, "Charta warm-up run %d (not counted): %s ms; %d conflicts; %s%n",
                            run + 1, Timings.format(elapsed / 1e6), result.conflicts().size(),
                            checkTree(repository, tree));
                } else {
                    timings.add(elapsed);
                }
            }
        }
        return timings;
    }

    /** Compares the merged tree with the expected texts and counts the files that match. */
    private String checkTree(Repository repository, ObjectId tree) throws IOException {
        int matching = 0;
        for (Map.Entry<String, String> file : expected.entrySet()) {
            try (TreeWalk walk = TreeWalk.forPath(repository, file.getKey(), tree)) {
                String text = walk == null ? null
                        : new String(repository.open(walk.getObjectId(0)).getBytes(), StandardCharsets.UTF_8);
                matching += file.getValue().equals(text) ? 1 : 0;
            }
        }
        return matching + " of " + expected.size() + " changed files as expected";
    }

    /** Times one {@code git merge-file -p} process per file both sides changed, run one after the other. */
    private Timings measureMergeFile(Path folder) throws Exception {
        Timings timings = new Timings("git merge-file (" + bothChanged.size() + " files)");
        for (int run = 0; run < repetitions; run++) {
            int conflicted = 0;
            int matching = 0;
            long start = System.nanoTime();
            for (int i = 0; i < bothChanged.size(); i++) {
                Path merged = folder.resolve(i + ".merged");
                ProcessBuilder builder = git.environment(new ProcessBuilder("git", "merge-file", "-p",
                        folder.resolve(i + ".ours").toString(), folder.resolve(i + ".base").toString(),
                        folder.resolve(i + ".theirs").toString()));
                builder.redirectOutput(merged.toFile());
                int exit = builder.start().waitFor();
                if (exit < 0) {
                    throw new IOException("git merge-file failed on " + bothChanged.get(i) + " with " + exit);
                }
                conflicted += exit > 0 ? 1 : 0;
            }
            timings.add(System.nanoTime() - start);
            if (run == 0) {
                for (int i = 0; i < bothChanged.size(); i++) {
                    String text = Files.readString(folder.resolve(i + ".merged"));
                    matching += text.equals(expected.get(bothChanged.get(i))) ? 1 : 0;
                }
                System.out.printf(Locale.ROOT, "git merge-file: %d of %d files with conflicts, %d merged as "
                        + "expected%n", conflicted, bothChanged.size(), matching);
            }
        }
        return timings;
    }

    /** Times {@code git merge-tree --write-tree ours theirs}, one process that merges the whole tree. */
    private Timings measureMergeTree(Path charter) throws Exception {
        Timings timings = new Timings("git merge-tree --write-tree");
        for (int run = 0; run < repetitions; run++) {
            long start = System.nanoTime();
            GitCli.Result result = git.runAllowingFailure(charter, "merge-tree", "--write-tree", "ours", "theirs");
            timings.add(System.nanoTime() - start);
            if (result.exitCode() > 1) {
                throw new IOException("git merge-tree failed: " + result.output());
            }
            if (run == 0) {
                long conflicts = result.output().lines().filter(line -> line.startsWith("CONFLICT")).count();
                System.out.printf(Locale.ROOT, "git merge-tree: %d files with conflicts%n", conflicts);
            }
        }
        return timings;
    }

    private static byte[] blob(Repository repository, ObjectId commit, String path) throws IOException {
        try (TreeWalk walk = TreeWalk.forPath(repository, path, CommitWriter.parse(repository, commit).getTree())) {
            return repository.open(walk.getObjectId(0)).getBytes();
        }
    }

    private static Repository open(Path folder) throws IOException {
        return new FileRepositoryBuilder().setWorkTree(folder.toFile()).setMustExist(true).build();
    }
}
