package org.charta.core.git;

import org.charta.core.ChartaException;
import org.charta.core.charter.Charter;
import org.charta.testing.IsolatedGitTest;
import org.charta.testing.PlainGitClone;
import org.charta.testing.TestGit;
import org.eclipse.jgit.lib.ObjectId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.charta.core.git.SharedCharters.ARTICLE_3;
import static org.charta.core.git.SharedCharters.ARTICLE_9;
import static org.charta.core.git.SharedCharters.head;
import static org.charta.core.git.SharedCharters.read;
import static org.charta.core.git.SharedCharters.write;
import static org.charta.testing.TestGit.ALICE;
import static org.charta.testing.TestGit.BOB;

/**
 * A co-author pushes, with another Git tool, a charter that Charta rejects. Bob's sync must stop before his work
 * tree, {@code HEAD} or the remote change, and name charter.json (or the section) and the remote commit.
 */
class MergedTreeCheckTest extends IsolatedGitTest {

    private static final String BOB_TEXT = "## Article 9\n\nAny member may speak for five minutes.\n";

    private Path remote;
    private CharterRepository bob;
    private PlainGitClone coAuthor;

    @BeforeEach
    void setUp() throws Exception {
        TestGit.isolate(temp.resolve("git-config"));
        remote = TestGit.initBare(temp.resolve("charter.git"));
        closeLater(SharedCharters.createAndPublish(temp.resolve("alice"), remote.toString(), ALICE));
        bob = closeLater(RemoteSync.cloneCharter(remote.toString(), temp.resolve("bob"), null));
        coAuthor = closeLater(PlainGitClone.of(remote.toString(), temp.resolve("co-author")));
    }

    @Test
    void invalidJsonStopsSync() throws Exception {
        ObjectId pushed = coAuthor.write("charter.json", "{ \"title\": ").commitAndPush("Break the manifest");

        assertSyncStopsUnchanged(pushed, "error.sync.charter.manifestInvalid", "charter.json");
    }

    @Test
    void sectionPathOutsideStopsSync() throws Exception {
        String manifest = read(bob, "charter.json").replace("sections/article-3.md", "../../../x");
        ObjectId pushed = coAuthor.write("charter.json", manifest).commitAndPush("Point outside");

        assertSyncStopsUnchanged(pushed, "error.sync.charter.sectionPathOutside", "../../../x");
    }

    @Test
    void missingSectionFileStopsSync() throws Exception {
        ObjectId pushed = coAuthor.delete(ARTICLE_3).commitAndPush("Delete a section file only");

        assertSyncStopsUnchanged(pushed, "error.sync.charter.sectionFileMissing", ARTICLE_3);
    }

    @Test
    void symlinkSectionFileStopsSync() throws Exception {
        ObjectId pushed = coAuthor.symlink(ARTICLE_3, "/etc/hostname").commitAndPush("Link a section elsewhere");

        assertSyncStopsUnchanged(pushed, "error.sync.charter.sectionSymlink", ARTICLE_3);
    }

    @Test
    void duplicateSectionIdStopsSync() throws Exception {
        String manifest = read(bob, "charter.json").replace("\"article-9\"", "\"article-3\"");
        ObjectId pushed = coAuthor.write("charter.json", manifest).commitAndPush("Repeat an id");

        assertSyncStopsUnchanged(pushed, "error.sync.charter.sectionIdInvalid", "article-3");
    }

    @Test
    void fastForwardToInvalidCharterStops() throws Exception {
        ObjectId before = head(bob);
        String article3 = read(bob, ARTICLE_3);
        ObjectId pushed = coAuthor.write("charter.json", "not json").commitAndPush("Break the manifest");

        assertThatThrownBy(() -> RemoteSync.sync(bob, BOB, "Edit"))
                .isInstanceOf(ChartaException.class)
                .hasMessageContaining(Remotes.shortId(pushed))
                .extracting(e -> ((ChartaException) e).messageKey())
                .isEqualTo("error.sync.charter.manifestInvalid");
        assertThat(head(bob)).isEqualTo(before);
        assertThat(read(bob, "charter.json")).startsWith("{");
        assertThat(read(bob, ARTICLE_3)).isEqualTo(article3);
        Charter.open(bob.folder());
    }

    @Test
    void invalidLocalCharterReceivesFix() throws Exception {
        String goodManifest = read(bob, "charter.json");
        coAuthor.write("charter.json", "{ broken").commitAndPush("Break the manifest");
        // Bob took the broken manifest with plain Git, as an older Charta did; then the co-author repairs it.
        bob.git().pull().setRemote("origin").setRemoteBranchName("main").call();
        coAuthor.write("charter.json", goodManifest).commitAndPush("Repair the manifest");

        SyncResult result = RemoteSync.sync(bob, BOB, "Edit");

        assertThat(result.outcome()).isEqualTo(SyncOutcome.SYNCED);
        assertThat(read(bob, "charter.json")).isEqualTo(goodManifest);
        assertThat(Charter.open(bob.folder()).sections()).hasSize(3);
    }

    @Test
    void invalidLocalCharterIsNotPushed() throws Exception {
        ObjectId remoteBefore = SharedCharters.remoteMain(remote);
        write(bob, "charter.json", "{ broken by hand");

        assertThatThrownBy(() -> RemoteSync.sync(bob, BOB, "Edit"))
                .isInstanceOf(ChartaException.class)
                .hasMessageContaining("charter.json")
                .hasMessageContaining(Remotes.shortId(head(bob)))
                .extracting(e -> ((ChartaException) e).messageKey())
                .isEqualTo("error.sync.charter.manifestInvalid");
        assertThat(SharedCharters.remoteMain(remote)).isEqualTo(remoteBefore);
        assertThat(read(bob, "charter.json")).isEqualTo("{ broken by hand");
    }

    /** Bob has a recorded edit to merge; his sync must throw and leave HEAD, files and the remote as they were. */
    private void assertSyncStopsUnchanged(ObjectId pushed, String key, String named) throws Exception {
        write(bob, ARTICLE_9, BOB_TEXT);
        bob.record("Edit article 9", BOB);
        ObjectId bobHead = head(bob);
        String manifest = read(bob, "charter.json");

        assertThatThrownBy(() -> RemoteSync.sync(bob, BOB, "Edit"))
                .isInstanceOf(ChartaException.class)
                .hasMessageContaining(named)
                .hasMessageContaining(Remotes.shortId(pushed))
                .extracting(e -> ((ChartaException) e).messageKey())
                .isEqualTo(key);
        assertThat(head(bob)).isEqualTo(bobHead);
        assertThat(read(bob, "charter.json")).isEqualTo(manifest);
        assertThat(read(bob, ARTICLE_9)).isEqualTo(BOB_TEXT);
        assertThat(bob.status().isClean()).isTrue();
        assertThat(SharedCharters.remoteMain(remote)).isEqualTo(pushed);
        Charter.open(bob.folder());
    }
}
