package org.charta.core.git;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.charta.core.transport.RemoteAccess;
import org.charta.core.transport.TaskProgress;
import org.charta.testing.GitDaemon;
import org.charta.testing.IsolatedGitTest;
import org.charta.testing.PlainGitClone;
import org.charta.testing.TestGit;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.StoredConfig;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.charta.core.git.SharedCharters.ARTICLE_3;
import static org.charta.core.git.SharedCharters.ARTICLE_9;
import static org.charta.core.git.SharedCharters.PREAMBLE;
import static org.charta.core.git.SharedCharters.write;
import static org.charta.testing.TestGit.ALICE;

/** Fetching the shared changes over a real {@code git daemon} without touching local work. */
class IncomingChangesTest extends IsolatedGitTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private String url;
    private CharterRepository mine;

    @BeforeEach
    void setUp() throws Exception {
        assumeThat(GitDaemon.isAvailable()).as("git daemon on the PATH").isTrue();
        TestGit.initBare(temp.resolve("remotes/charter.git"));
        GitDaemon daemon = closeLater(GitDaemon.start(temp.resolve("remotes")));
        url = daemon.url("charter.git");
        mine = closeLater(SharedCharters.createAndPublish(temp.resolve("mine"), url, ALICE));
    }

    @Test
    void fetchReportsSectionAndAuthor() throws Exception {
        pushWithPlainGit(ARTICLE_3, "## Article 3\n\nMembers meet twice a year.\n", "Bob Drafter");

        Incoming incoming = IncomingChanges.fetch(mine, RemoteAccess.anonymous());

        assertThat(incoming.outcome()).isEqualTo(IncomingOutcome.FETCHED);
        assertThat(incoming.commits()).isEqualTo(1);
        assertThat(incoming.sectionIds()).containsExactly("article-3");
        assertThat(incoming.authorsBySection()).containsEntry("article-3", java.util.List.of("Bob Drafter"));
        assertThat(incoming.authors()).containsExactly("Bob Drafter");
        assertThat(incoming.manifestChanged()).isFalse();
    }

    @Test
    void fetchLeavesLocalWorkUntouched() throws Exception {
        write(mine, ARTICLE_3, "## Article 3\n\nMembers meet every week.\n");
        write(mine, "sections/draft.md", "## Draft\n\nNot yet in the manifest.\n");
        mine.git().add().addFilepattern("sections/draft.md").call();
        pushWithPlainGit(ARTICLE_3, "## Article 3\n\nMembers meet twice a year.\n", "Bob Drafter");
        Snapshot before = Snapshot.of(mine);

        IncomingChanges.fetch(mine, RemoteAccess.anonymous());
        Snapshot after = Snapshot.of(mine);

        assertThat(after.head()).isEqualTo(before.head());
        assertThat(after.main()).isEqualTo(before.main());
        assertThat(after.index()).isEqualTo(before.index());
        assertThat(after.files()).isEqualTo(before.files());
        assertThat(after.status()).isEqualTo(before.status());
        assertThat(after.tracking()).isNotEqualTo(before.tracking());
    }

    @Test
    void pendingRepeatsLastFetchOffline() throws Exception {
        pushWithPlainGit(ARTICLE_9, "## Article 9\n\nAny member may speak twice.\n", "Bob Drafter");
        IncomingChanges.fetch(mine, RemoteAccess.anonymous());
        setOrigin(GitDaemon.unreachableUrl("charter.git"));

        Incoming pending = IncomingChanges.pending(mine);

        assertThat(pending.outcome()).isEqualTo(IncomingOutcome.LAST_FETCH);
        assertThat(pending.sectionIds()).containsExactly("article-9");
    }

    @Test
    void unreachableRemoteReportedOffline() throws Exception {
        pushWithPlainGit(ARTICLE_9, "## Article 9\n\nAny member may speak twice.\n", "Bob Drafter");
        IncomingChanges.fetch(mine, RemoteAccess.anonymous());
        setOrigin(GitDaemon.unreachableUrl("charter.git"));

        Incoming offline = IncomingChanges.fetch(mine, RemoteAccess.anonymous());

        assertThat(offline.outcome()).isEqualTo(IncomingOutcome.OFFLINE);
        assertThat(offline.sectionIds()).containsExactly("article-9");
    }

    @Test
    void cancelledFetchLeavesTrackingRef() throws Exception {
        ObjectId before = mine.repository().resolve(Remotes.TRACKING_REF);
        pushWithPlainGit(ARTICLE_9, "## Article 9\n\nAny member may speak twice.\n", "Bob Drafter");

        Incoming cancelled = IncomingChanges.fetch(mine, RemoteAccess.builder().progress(new Cancelled()).build());

        assertThat(cancelled.outcome()).isEqualTo(IncomingOutcome.CANCELLED);
        assertThat(mine.repository().resolve(Remotes.TRACKING_REF)).isEqualTo(before);
    }

    @Test
    void fetchDuringSyncIsSkipped() throws Exception {
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread sync = new Thread(() -> {
            try (RemoteLock.Held lock = RemoteLock.acquire(mine.folder())) {
                held.countDown();
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        sync.start();
        held.await(10, TimeUnit.SECONDS);

        Incoming skipped = IncomingChanges.fetch(mine, RemoteAccess.anonymous());
        release.countDown();
        sync.join(10_000);

        assertThat(skipped.outcome()).isEqualTo(IncomingOutcome.SKIPPED);
    }

    @Test
    void missingOriginReportsNoRemote() throws Exception {
        Remotes.removeOrigin(mine.repository());

        Incoming incoming = IncomingChanges.fetch(mine, RemoteAccess.anonymous());

        assertThat(incoming.outcome()).isEqualTo(IncomingOutcome.NO_REMOTE);
        assertThat(incoming.isEmpty()).isTrue();
    }

    @Test
    void addedSectionMapped() throws Exception {
        try (PlainGitClone other = PlainGitClone.of(url, temp.resolve("other"))) {
            ObjectNode manifest = readManifest(other);
            ((ArrayNode) manifest.get("sections")).addObject().put("id", "article-10")
                    .put("path", "sections/article-10.md");
            other.write("sections/article-10.md", "## Article 10\n\nNew.\n");
            other.write("charter.json", JSON.writerWithDefaultPrettyPrinter().writeValueAsString(manifest));
            other.commitAndPush("Add article 10");
        }

        Incoming incoming = IncomingChanges.fetch(mine, RemoteAccess.anonymous());

        assertThat(incoming.sectionIds()).containsExactly("article-10");
        assertThat(incoming.manifestChanged()).isTrue();
        assertThat(incoming.authorsBySection()).containsEntry("article-10", java.util.List.of("Other Tool"));
    }

    @Test
    void deletedSectionMapped() throws Exception {
        try (PlainGitClone other = PlainGitClone.of(url, temp.resolve("other"))) {
            ObjectNode manifest = readManifest(other);
            ArrayNode sections = (ArrayNode) manifest.get("sections");
            sections.remove(indexOf(sections, "article-9"));
            other.delete(ARTICLE_9);
            other.write("charter.json", JSON.writerWithDefaultPrettyPrinter().writeValueAsString(manifest));
            other.commitAndPush("Delete article 9");
        }

        Incoming incoming = IncomingChanges.fetch(mine, RemoteAccess.anonymous());

        assertThat(incoming.sectionIds()).containsExactly("article-9");
    }

    @Test
    void renamedSectionFileMapped() throws Exception {
        try (PlainGitClone other = PlainGitClone.of(url, temp.resolve("other"))) {
            ObjectNode manifest = readManifest(other);
            ArrayNode sections = (ArrayNode) manifest.get("sections");
            ((ObjectNode) sections.get(indexOf(sections, "preamble"))).put("path", "sections/opening.md");
            String text = Files.readString(other.folder().resolve(PREAMBLE));
            other.delete(PREAMBLE).write("sections/opening.md", text);
            other.write("charter.json", JSON.writerWithDefaultPrettyPrinter().writeValueAsString(manifest));
            other.commitAndPush("Move the preamble");
        }

        Incoming incoming = IncomingChanges.fetch(mine, RemoteAccess.anonymous());

        assertThat(incoming.sectionIds()).containsExactly("preamble");
    }

    @Test
    void syncedChangesNoLongerPending() throws Exception {
        pushWithPlainGit(ARTICLE_3, "## Article 3\n\nMembers meet twice a year.\n", "Bob Drafter");
        IncomingChanges.fetch(mine, RemoteAccess.anonymous());

        RemoteSync.sync(mine, ALICE, "Sync");

        assertThat(IncomingChanges.pending(mine).isEmpty()).isTrue();
    }

    /** Clones with the {@code git} program, changes one file and pushes it as the named author. */
    private void pushWithPlainGit(String path, String text, String author) throws Exception {
        Path home = temp.resolve("git-home");
        Path clone = temp.resolve("plain-" + System.nanoTime());
        TestGit.runGit(temp, home, "clone", "-q", "-b", "main", url, clone.toString());
        Files.writeString(clone.resolve(path), text, StandardCharsets.UTF_8);
        TestGit.runGit(clone, home, "-c", "user.name=" + author, "-c", "user.email=other@example.org",
                "commit", "-q", "-a", "-m", "Change " + path);
        TestGit.runGit(clone, home, "push", "-q", "origin", "main");
    }

    private void setOrigin(String newUrl) throws Exception {
        StoredConfig config = mine.repository().getConfig();
        config.setString("remote", "origin", "url", newUrl);
        config.save();
    }

    private static ObjectNode readManifest(PlainGitClone clone) throws Exception {
        return (ObjectNode) JSON.readTree(clone.folder().resolve("charter.json").toFile());
    }

    private static int indexOf(ArrayNode sections, String id) {
        for (int i = 0; i < sections.size(); i++) {
            if (sections.get(i).get("id").asText().equals(id)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no section " + id);
    }

    /** A progress whose person already pressed Cancel. */
    private static final class Cancelled implements TaskProgress {
        @Override
        public void update(String phase, int done, int total) {
        }

        @Override
        public boolean isCancelled() {
            return true;
        }
    }

    /** The refs, the index bytes, every work tree file's bytes and the status of a repository. */
    private record Snapshot(ObjectId head, ObjectId main, ObjectId tracking, byte[] index, Map<String, String> files,
                            RepositoryStatus status) {

        static Snapshot of(CharterRepository repository) throws Exception {
            Path root = repository.folder();
            Map<String, String> files = new TreeMap<>();
            try (Stream<Path> walk = Files.walk(root)) {
                for (Path file : walk.filter(Files::isRegularFile).toList()) {
                    if (!root.relativize(file).startsWith(".git")) {
                        files.put(root.relativize(file).toString(), Files.readString(file));
                    }
                }
            }
            return new Snapshot(repository.repository().resolve("HEAD"),
                    repository.repository().resolve("refs/heads/main"),
                    repository.repository().resolve(Remotes.TRACKING_REF),
                    Files.readAllBytes(root.resolve(".git/index")), files, statusWithoutCounts(repository));
        }

        /** Returns the status without the ahead and behind counts, which a fetch is meant to change. */
        private static RepositoryStatus statusWithoutCounts(CharterRepository repository) throws Exception {
            RepositoryStatus status = repository.status();
            return new RepositoryStatus(status.uncommittedPaths(), 0, 0, status.hasRemote(), status.remoteUrl(),
                    status.indexLocked(), status.headCommit(), status.conflicts());
        }
    }
}
