package org.charta.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.charta.core.ChartaException;
import org.charta.core.charter.Manifest;
import org.charta.core.charter.ManifestStore;
import org.charta.core.charter.SectionEntry;
import org.charta.core.charter.Slugs;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.ResetCommand.ResetType;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Replays the first {@value #MERGES} merged pull requests of a real policy repository as Charta amendments,
 * through the command line in process. The charter starts as an adoption, in place, of the text just before the
 * first merged pull request. Then the first-parent history of {@code main} is walked: a plain commit is written
 * to the main text and recorded as it is, and each merge commit becomes an amendment. The amendment starts from
 * the main text, carries the pull request's changes, is proposed, voted on by the one coordinator, closed and
 * merged. After each merge, the main text must hold exactly the files of the real merge commit, byte for byte,
 * besides Charta's own {@code charter.json} and {@code .charta/}.
 *
 * <p>The repository is GitHub's public site-policy repository (CC0 1.0), as a bundle under the folder that the
 * system property {@code charta.realdata} names. The test is skipped when the bundle is absent.
 */
class AmendmentReplayTest extends CliTestBase {

    private static final Logger LOG = LoggerFactory.getLogger(AmendmentReplayTest.class);

    /** The number of merged pull requests replayed. */
    static final int MERGES = 50;

    private static final String COORDINATOR = "Carol Coordinator <carol@example.org>";
    private static final String MAIN = Constants.R_HEADS + "main";

    private Path charter;
    private Repository repository;
    private int filesCompared;

    @Test
    void replayedMergesMatchRealText() throws Exception {
        Path bundle = Path.of(System.getProperty("charta.realdata", "../shared/realdata"), "site-policy.bundle");
        Assumptions.assumeTrue(Files.isRegularFile(bundle), "no site-policy bundle at " + bundle);
        long started = System.nanoTime();

        charter = temp.resolve("site-policy");
        try (Git git = Git.cloneRepository().setURI(bundle.toString()).setDirectory(charter.toFile())
                .setBranchesToClone(List.of(MAIN)).setBranch(MAIN).call()) {
            repository = git.getRepository();
            List<RevCommit> history = replayedHistory();
            RevCommit start = history.get(0).getParent(0);
            git.reset().setMode(ResetType.HARD).setRef(start.name()).call();
            long merges = history.stream().filter(commit -> commit.getParentCount() > 1).count();
            LOG.info("Replaying {} first-parent commits of site-policy ({} merges) from {}", history.size(), merges,
                    start.abbreviate(7).name());

            adoptAndSetUpCoordinator();
            int replayedMerges = 0;
            for (RevCommit commit : history) {
                if (commit.getParentCount() > 1) {
                    replayMerge(commit);
                    replayedMerges++;
                    assertMainMatches(commit);
                } else {
                    replayPlainCommit(commit);
                }
            }

            long seconds = (System.nanoTime() - started) / 1_000_000_000L;
            LOG.info("Replayed {} merged pull requests and {} plain commits in {} s; compared {} files", replayedMerges,
                    history.size() - replayedMerges, seconds, filesCompared);
            assertThat(replayedMerges).isEqualTo(MERGES);
            assertThat(ids(cli("amend", "list", "--json", "--status", "merged"))).hasSize(MERGES);
        }
    }

    /**
     * Returns the first-parent commits of {@code main} after the first parent of its first merge, oldest first, up
     * to and including the {@value #MERGES}th merge.
     */
    private List<RevCommit> replayedHistory() throws IOException {
        List<RevCommit> newestFirst = new ArrayList<>();
        try (RevWalk walk = new RevWalk(repository)) {
            walk.setFirstParent(true);
            walk.markStart(walk.parseCommit(repository.resolve(MAIN)));
            for (RevCommit commit = walk.next(); commit != null; commit = walk.next()) {
                newestFirst.add(commit);
            }
        }
        Collections.reverse(newestFirst);
        List<RevCommit> history = new ArrayList<>();
        int merges = 0;
        for (RevCommit commit : newestFirst) {
            if (merges == 0 && commit.getParentCount() < 2) {
                continue;
            }
            history.add(commit);
            if (commit.getParentCount() > 1 && ++merges == MERGES) {
                break;
            }
        }
        return history;
    }

    private void adoptAndSetUpCoordinator() {
        expectSuccess(cli("init", "--title", "GitHub site policy"));
        expectSuccess(cli("member", "add", "Carol Coordinator", "carol@example.org", "coordinator"));
    }

    /** Writes a plain commit's files to the main text and records them. */
    private void replayPlainCommit(RevCommit commit) throws IOException, ChartaException {
        writeTree(commit);
        expectSuccess(cli("record", "-m", commit.getShortMessage()));
    }

    /** Turns a merge commit into an amendment, carries the pull request's changes, votes on it and merges it. */
    private void replayMerge(RevCommit merge) throws IOException, ChartaException {
        Result created = cli("amend", "new", title(merge), "--rationale", merge.getShortMessage());
        expectSuccess(created);
        String id = created.out().strip();

        writeTree(merge);
        expectSuccess(cli("record", "-m", "Carry " + merge.getShortMessage()));
        expectSuccess(cli("amend", "propose", id));
        expectSuccess(cli("vote", "open", id));
        expectSuccess(cli("vote", "cast", id, "for"));
        expectSuccess(cli("vote", "close", id));
        expectSuccess(cli("amend", "merge", id));
        expectSuccess(cli("amend", "edit", "--main"));
    }

    /**
     * Makes the work tree's files equal to the commit's tree, Charta's own files aside, and keeps the manifest
     * listing the Markdown files that exist: deleted ones leave it, and new ones join it as adoption would add them.
     */
    private void writeTree(RevCommit commit) throws IOException, ChartaException {
        Map<String, ObjectId> files = treeFiles(commit);
        for (String path : workTreeFiles()) {
            if (!files.containsKey(path) && !isChartaFile(path)) {
                Files.delete(charter.resolve(path));
            }
        }
        for (Map.Entry<String, ObjectId> file : files.entrySet()) {
            Path target = charter.resolve(file.getKey());
            byte[] bytes = repository.open(file.getValue(), Constants.OBJ_BLOB).getBytes();
            if (!Files.isRegularFile(target) || !Arrays.equals(Files.readAllBytes(target), bytes)) {
                Files.createDirectories(target.getParent());
                Files.write(target, bytes);
            }
        }
        updateManifest(files.keySet());
    }

    private void updateManifest(Set<String> paths) throws ChartaException {
        Manifest manifest = ManifestStore.read(charter);
        manifest.sections().removeIf(entry -> !paths.contains(entry.path()));
        Set<String> listed = new HashSet<>();
        Set<String> ids = new HashSet<>();
        manifest.sections().forEach(entry -> {
            listed.add(entry.path());
            ids.add(entry.id());
        });
        for (String path : new TreeSet<>(paths)) {
            if (path.endsWith(".md") && !listed.contains(path) && !isHidden(path)) {
                String id = Slugs.uniqueSlug(path.substring(0, path.length() - ".md".length()),
                        "section-" + (ids.size() + 1), ids);
                ids.add(id);
                manifest.sections().add(new SectionEntry(id, path));
            }
        }
        ManifestStore.write(charter, manifest);
    }

    /** Checks that the main text contains exactly the merge commit's files, besides Charta's own. */
    private void assertMainMatches(RevCommit merge) throws IOException {
        Map<String, ObjectId> expected = treeFiles(merge);
        Map<String, ObjectId> actual;
        try (RevWalk walk = new RevWalk(repository)) {
            actual = treeFiles(walk.parseCommit(repository.resolve(MAIN)));
        }
        Map<String, ObjectId> chartaText = new TreeMap<>(actual);
        chartaText.keySet().removeIf(AmendmentReplayTest::isChartaFile);
        String where = merge.abbreviate(7).name() + " " + merge.getShortMessage();
        assertThat(chartaText.keySet()).as("paths after " + where).isEqualTo(expected.keySet());
        for (Map.Entry<String, ObjectId> file : expected.entrySet()) {
            assertThat(chartaText.get(file.getKey())).as(file.getKey() + " after " + where).isEqualTo(file.getValue());
        }
        filesCompared += expected.size();
    }

    private Map<String, ObjectId> treeFiles(RevCommit commit) throws IOException {
        Map<String, ObjectId> files = new TreeMap<>();
        try (TreeWalk walk = new TreeWalk(repository)) {
            walk.addTree(commit.getTree());
            walk.setRecursive(true);
            while (walk.next()) {
                if ((walk.getFileMode(0).getBits() & FileMode.TYPE_MASK) == FileMode.TYPE_FILE) {
                    files.put(walk.getPathString(), walk.getObjectId(0));
                }
            }
        }
        return files;
    }

    private List<String> workTreeFiles() throws IOException {
        try (Stream<Path> walk = Files.walk(charter)) {
            return walk.filter(Files::isRegularFile)
                    .map(path -> charter.relativize(path).toString().replace('\\', '/'))
                    .filter(path -> !path.startsWith(".git/"))
                    .toList();
        }
    }

    /** Returns the pull request's title: the line GitHub puts after the merge message, else the message itself. */
    private static String title(RevCommit merge) {
        List<String> lines = merge.getFullMessage().lines().map(String::strip).filter(line -> !line.isEmpty())
                .toList();
        return lines.size() > 1 ? lines.get(1) : lines.get(0);
    }

    private static boolean isChartaFile(String path) {
        return path.equals(ManifestStore.FILE_NAME) || path.startsWith(".charta/");
    }

    private static boolean isHidden(String path) {
        return Stream.of(path.split("/")).anyMatch(segment -> segment.startsWith("."));
    }

    private Result cli(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--charter", charter.toString(), "--as", COORDINATOR));
        return run(all.toArray(String[]::new));
    }

    private static void expectSuccess(Result result) {
        assertThat(result.exitCode()).as(result.err()).isZero();
    }

    private static List<String> ids(Result result) throws IOException {
        List<String> ids = new ArrayList<>();
        new ObjectMapper().readTree(result.out())
                .forEach(row -> ids.add(row.get("id").asText()));
        return ids;
    }
}
