package org.charta.core.git;

import org.charta.core.AppFolders;
import org.charta.core.comment.AnchorState;
import org.charta.core.comment.Anchors;
import org.charta.core.comment.Comment;
import org.charta.core.comment.CommentStore;
import org.charta.core.comment.CommentThread;
import org.charta.core.comment.LocatedThread;
import org.charta.testing.GitDaemon;
import org.charta.testing.IsolatedGitTest;
import org.charta.testing.LocatedThreads;
import org.charta.testing.TestGit;
import org.charta.ui.app.Settings;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.PathFilter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.charta.core.git.SharedCharters.ARTICLE_3;
import static org.charta.core.git.SharedCharters.ARTICLE_9;
import static org.charta.core.git.SharedCharters.read;
import static org.charta.core.git.SharedCharters.write;
import static org.charta.testing.TestGit.ALICE;
import static org.charta.testing.TestGit.BOB;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Threads that follow their paragraphs through recorded edits and syncs, and concurrent comments on two clones,
 * with two clones of one charter shared through a real {@code git daemon} on 127.0.0.1.
 */
class CommentFollowingTest extends IsolatedGitTest {

    private static final String P1 = "Every member may speak at the assembly.";
    private static final String P2 = "The council shall meet once a month.";
    private static final String P3 = "Should the council fail to meet, any ten members may call a meeting.";
    private static final String P4 = "Decisions need a simple majority of the members present.";
    private static final String ARTICLE_3_ID = "article-3";
    private static final String ARTICLE_9_ID = "article-9";
    private static final String ARTICLE_9_TEXT = "## Article 9\n\nAny member may speak.\n";

    private CharterRepository alice;
    private CharterRepository bob;
    private String previousHome;

    @BeforeEach
    void setUp() throws Exception {
        assumeTrue(GitDaemon.isAvailable(), "git daemon is not installed");
        previousHome = System.getProperty(AppFolders.HOME_PROPERTY);
        System.setProperty(AppFolders.HOME_PROPERTY, temp.resolve("home").toString());
        TestGit.initBare(temp.resolve("remotes/charter.git"));
        GitDaemon daemon = closeLater(GitDaemon.start(temp.resolve("remotes")));
        String url = daemon.url("charter.git");
        alice = closeLater(SharedCharters.createAndPublish(temp.resolve("alice"), url, ALICE));
        write(alice, ARTICLE_3, article3(P1, P2, P3, P4));
        write(alice, ARTICLE_9, ARTICLE_9_TEXT);
        assertThat(RemoteSync.sync(alice, ALICE, "Write articles 3 and 9").outcome()).isEqualTo(SyncOutcome.SYNCED);
        bob = closeLater(RemoteSync.cloneCharter(url, temp.resolve("bob"), null));
    }

    @AfterEach
    void restoreHome() {
        if (previousHome == null) {
            System.clearProperty(AppFolders.HOME_PROPERTY);
        } else {
            System.setProperty(AppFolders.HOME_PROPERTY, previousHome);
        }
    }

    @Test
    void threadFollowsParagraphToOtherSection() throws Exception {
        CommentThread thread = new CommentStore(alice.folder()).startThread(
                Anchors.forParagraph(ARTICLE_3_ID, read(alice, ARTICLE_3), 3), "Should 'shall' be 'may'?", ALICE);
        alice.record("Comment on article 3", ALICE);
        write(alice, ARTICLE_3, article3(P1, P2, P4));
        write(alice, ARTICLE_9, ARTICLE_9_TEXT + "\n" + P3 + "\n");

        alice.record("Move the meeting clause to article 9", ALICE);

        LocatedThread located = LocatedThreads.locate(alice.folder(), thread.id());
        assertThat(located.sectionId()).isEqualTo(ARTICLE_9_ID);
        assertThat(located.state()).isEqualTo(AnchorState.ANCHORED);
        assertThat(located.location().paragraph()).isEqualTo(2);
        assertThat(located.currentText()).isEqualTo(P3);
        assertThat(located.thread().anchor().sectionId()).isEqualTo(ARTICLE_3_ID);
    }

    @Test
    void followedThreadReachesOtherClone() throws Exception {
        CommentThread thread = new CommentStore(alice.folder()).startThread(
                Anchors.forParagraph(ARTICLE_3_ID, read(alice, ARTICLE_3), 3), "Should 'shall' be 'may'?", ALICE);
        alice.record("Comment on article 3", ALICE);
        write(alice, ARTICLE_3, article3(P1, P2, P4));
        write(alice, ARTICLE_9, ARTICLE_9_TEXT + "\n" + P3 + "\n");
        alice.record("Move the meeting clause to article 9", ALICE);

        SyncResult sent = RemoteSync.sync(alice, ALICE, "Record the moved thread");
        SyncResult received = RemoteSync.sync(bob, BOB, "Sync");

        assertThat(sent.outcome()).isEqualTo(SyncOutcome.SYNCED);
        assertThat(received.outcome()).isEqualTo(SyncOutcome.SYNCED);
        LocatedThread located = LocatedThreads.locate(bob.folder(), thread.id());
        assertThat(located.sectionId()).isEqualTo(ARTICLE_9_ID);
        assertThat(located.state()).isEqualTo(AnchorState.ANCHORED);
        assertThat(located.currentText()).isEqualTo(P3);
        assertThat(LocatedThreads.fileCount(bob.folder(), thread.id())).as("first comment and Alice's move")
                .isEqualTo(2);
        assertThat(bob.status().isClean()).isTrue();
        assertThat(alice.status().isClean()).isTrue();
    }

    @Test
    void syncedMoveTakesThreadOnOtherClone() throws Exception {
        CommentThread thread = new CommentStore(bob.folder()).startThread(
                Anchors.forParagraph(ARTICLE_3_ID, read(bob, ARTICLE_3), 3), "Should 'shall' be 'may'?", BOB);
        RemoteSync.sync(bob, BOB, "Comment on article 3");
        RemoteSync.sync(alice, ALICE, "Sync");
        write(alice, ARTICLE_3, article3(P1, P2, P4));
        write(alice, ARTICLE_9, ARTICLE_9_TEXT + "\n" + P3 + "\n");
        write(bob, ARTICLE_9, ARTICLE_9_TEXT.replace("Any member", "Every member"));
        RemoteSync.sync(alice, ALICE, "Move the meeting clause to article 9");

        SyncResult merged = RemoteSync.sync(bob, BOB, "Edit article 9");

        assertThat(merged.outcome()).isEqualTo(SyncOutcome.SYNCED);
        LocatedThread located = LocatedThreads.locate(bob.folder(), thread.id());
        assertThat(located.sectionId()).isEqualTo(ARTICLE_9_ID);
        assertThat(located.state()).isEqualTo(AnchorState.ANCHORED);
        assertThat(located.currentText()).isEqualTo(P3);
    }

    @Test
    void recordCommitsMoveWithEdit() throws Exception {
        CommentThread thread = new CommentStore(alice.folder()).startThread(
                Anchors.forParagraph(ARTICLE_3_ID, read(alice, ARTICLE_3), 3), "Should 'shall' be 'may'?", ALICE);
        ObjectId commented = alice.record("Comment on article 3", ALICE).orElseThrow();
        write(alice, ARTICLE_3, article3(P1, P2, P4));
        write(alice, ARTICLE_9, ARTICLE_9_TEXT + "\n" + P3 + "\n");

        ObjectId moved = alice.record("Move the meeting clause to article 9", ALICE).orElseThrow();

        assertThat(alice.status().isClean()).as("git status after record").isTrue();
        assertThat(parentOf(alice, moved)).as("one commit for the edit and the move").isEqualTo(commented);
        assertThat(commentFilesAt(alice, moved, thread.id())).as("first comment and the move").hasSize(2);
        assertThat(LocatedThreads.locate(alice.folder(), thread.id()).sectionId()).isEqualTo(ARTICLE_9_ID);
    }

    @Test
    void syncRecordsMovesBeforePush() throws Exception {
        CommentThread thread = new CommentStore(bob.folder()).startThread(
                Anchors.forParagraph(ARTICLE_3_ID, read(bob, ARTICLE_3), 3), "Should 'shall' be 'may'?", BOB);
        RemoteSync.sync(bob, BOB, "Comment on article 3");
        write(alice, ARTICLE_3, article3(P1, P2, P4));
        write(alice, ARTICLE_9, ARTICLE_9_TEXT + "\n" + P3 + "\n");

        SyncResult merged = RemoteSync.sync(alice, ALICE, "Move the meeting clause to article 9");

        assertThat(merged.outcome()).isEqualTo(SyncOutcome.SYNCED);
        assertThat(alice.status().isClean()).as("git status after the merging sync").isTrue();
        ObjectId shared = SharedCharters.remoteMain(temp.resolve("remotes/charter.git"));
        assertThat(shared).as("the follow-up commit was sent").isEqualTo(SharedCharters.head(alice));
        assertThat(commentFilesAt(alice, shared, thread.id())).as("first comment and Alice's move").hasSize(2);
        LocatedThread located = LocatedThreads.locate(alice.folder(), thread.id());
        assertThat(located.sectionId()).isEqualTo(ARTICLE_9_ID);
        assertThat(located.state()).isEqualTo(AnchorState.ANCHORED);
    }

    /**
     * Bob comments offline on a paragraph that Alice moves to another section, then both sync in turn: Alice
     * sends the move, Bob merges it, Alice receives Bob's merge.
     */
    @Test
    void offlineThreadFollowsMoveOnBothClones() throws Exception {
        CommentThread thread = new CommentStore(bob.folder()).startThread(
                Anchors.forParagraph(ARTICLE_3_ID, read(bob, ARTICLE_3), 3), "On meetings", BOB);
        write(alice, ARTICLE_3, article3(P1, P2, P4));
        write(alice, ARTICLE_9, ARTICLE_9_TEXT + "\n" + P3 + "\n");
        alice.record("Move the meeting clause to article 9", ALICE);

        SyncResult aliceSends = RemoteSync.sync(alice, ALICE, "Sync");
        assertThat(alice.status().isClean()).as("git status of Alice's clone after her first sync").isTrue();
        SyncResult bobMerges = RemoteSync.sync(bob, BOB, "Comment on the meeting clause");
        assertThat(bob.status().isClean()).as("git status of Bob's clone after his sync").isTrue();
        SyncResult aliceReceives = RemoteSync.sync(alice, ALICE, "Sync");

        assertThat(List.of(aliceSends, bobMerges, aliceReceives)).extracting(SyncResult::outcome)
                .containsOnly(SyncOutcome.SYNCED);
        for (CharterRepository clone : List.of(alice, bob)) {
            LocatedThread located = LocatedThreads.locate(clone.folder(), thread.id());
            assertThat(located.sectionId()).as("section on " + clone.folder()).isEqualTo(ARTICLE_9_ID);
            assertThat(located.location().paragraph()).as("paragraph on " + clone.folder()).isEqualTo(2);
            assertThat(located.state()).as("state on " + clone.folder()).isEqualTo(AnchorState.ANCHORED);
            assertThat(clone.status().isClean()).as("git status of " + clone.folder()).isTrue();
        }
    }

    /**
     * Bob's thread reaches Alice through a merge whose other side moved the paragraph: the thread is anchored in
     * Bob's text, which Alice's side no longer has.
     */
    @Test
    void incomingThreadFollowsLocalMoveInMerge() throws Exception {
        CommentThread thread = new CommentStore(bob.folder()).startThread(
                Anchors.forParagraph(ARTICLE_3_ID, read(bob, ARTICLE_3), 3), "On meetings", BOB);
        RemoteSync.sync(bob, BOB, "Comment on the meeting clause");
        write(alice, ARTICLE_3, article3(P1, P2, P4));
        write(alice, ARTICLE_9, ARTICLE_9_TEXT + "\n" + P3 + "\n");
        alice.record("Move the meeting clause to article 9", ALICE);

        SyncResult aliceMerges = RemoteSync.sync(alice, ALICE, "Sync");
        SyncResult bobReceives = RemoteSync.sync(bob, BOB, "Sync");

        assertThat(aliceMerges.outcome()).isEqualTo(SyncOutcome.SYNCED);
        assertThat(bobReceives.outcome()).isEqualTo(SyncOutcome.SYNCED);
        for (CharterRepository clone : List.of(alice, bob)) {
            LocatedThread located = LocatedThreads.locate(clone.folder(), thread.id());
            assertThat(located.sectionId()).as("section on " + clone.folder()).isEqualTo(ARTICLE_9_ID);
            assertThat(located.state()).as("state on " + clone.folder()).isEqualTo(AnchorState.ANCHORED);
            assertThat(clone.status().isClean()).as("git status of " + clone.folder()).isTrue();
        }
    }

    @Test
    void reorderedParagraphsKeepTheirThreads() throws Exception {
        CommentStore store = new CommentStore(alice.folder());
        String text = read(alice, ARTICLE_3);
        int meet = text.indexOf("meet", text.indexOf(P3));
        CommentThread onPhrase = store.startThread(Anchors.forRange(ARTICLE_3_ID, text, meet, meet + 4),
                "Meet where?", ALICE);
        CommentThread onParagraph = store.startThread(Anchors.forParagraph(ARTICLE_3_ID, text, 2),
                "Once a month is often.", ALICE);
        alice.record("Comment on article 3", ALICE);
        String reordered = article3(P3, P4, P1, P2);
        write(alice, ARTICLE_3, reordered);

        alice.record("Reorder article 3", ALICE);

        LocatedThread phrase = LocatedThreads.locate(alice.folder(), onPhrase.id());
        assertThat(phrase.state()).isEqualTo(AnchorState.ANCHORED);
        assertThat(phrase.location().paragraph()).isEqualTo(1);
        assertThat(phrase.location().start()).isEqualTo(reordered.indexOf("meet", reordered.indexOf(P3)));
        LocatedThread paragraph = LocatedThreads.locate(alice.folder(), onParagraph.id());
        assertThat(paragraph.state()).isEqualTo(AnchorState.ANCHORED);
        assertThat(paragraph.location().paragraph()).isEqualTo(4);
        assertThat(paragraph.currentText()).isEqualTo(P2);
    }

    @Test
    void deletedParagraphOrphansThreadWithoutMove() throws Exception {
        CommentThread thread = new CommentStore(alice.folder()).startThread(
                Anchors.forParagraph(ARTICLE_3_ID, read(alice, ARTICLE_3), 3), "Should 'shall' be 'may'?", ALICE);
        alice.record("Comment on article 3", ALICE);
        String lookAlike = P3.replace("ten members", "ten delegates").replace("call", "convene");
        write(alice, ARTICLE_3, article3(P1, P2, P4));
        write(alice, ARTICLE_9, ARTICLE_9_TEXT + "\n" + lookAlike + "\n");

        alice.record("Drop the meeting clause", ALICE);

        LocatedThread located = LocatedThreads.locate(alice.folder(), thread.id());
        assertThat(located.state()).isEqualTo(AnchorState.ORPHANED);
        assertThat(located.sectionId()).isEqualTo(ARTICLE_3_ID);
        assertThat(LocatedThreads.fileCount(alice.folder(), thread.id())).as("first comment only").isEqualTo(1);
        assertThat(alice.status().isClean()).isTrue();
    }

    /** Two members reply to one thread and each start another, offline, then both sync. */
    @Test
    void concurrentRepliesAndThreadsMergeCleanly() throws Exception {
        CommentThread shared = new CommentStore(alice.folder()).startThread(
                Anchors.forParagraph(ARTICLE_3_ID, read(alice, ARTICLE_3), 3), "Should 'shall' be 'may'?", ALICE);
        RemoteSync.sync(alice, ALICE, "Comment on article 3");
        RemoteSync.sync(bob, BOB, "Sync");
        CommentStore aliceStore = new CommentStore(alice.folder());
        CommentStore bobStore = new CommentStore(bob.folder());
        Comment aliceReply = aliceStore.reply(shared.id(), "Yes, 'may' is enough.", ALICE);
        Comment bobReply = bobStore.reply(shared.id(), "No, it must stay 'shall'.", BOB);
        CommentThread aliceThread = aliceStore.startThread(
                Anchors.forParagraph(ARTICLE_3_ID, read(alice, ARTICLE_3), 1), "Speak for how long?", ALICE);
        CommentThread bobThread = bobStore.startThread(
                Anchors.forParagraph(ARTICLE_9_ID, read(bob, ARTICLE_9), 1), "Any member, or any person?", BOB);
        useWindowSettings(alice);
        useWindowSettings(bob);

        SyncResult aliceFirst = RemoteSync.sync(alice, ALICE, "Comment");
        SyncResult bobSecond = RemoteSync.sync(bob, BOB, "Comment");
        SyncResult aliceAgain = RemoteSync.sync(alice, ALICE, "Comment");

        assertThat(aliceFirst.outcome()).isEqualTo(SyncOutcome.SYNCED);
        assertThat(bobSecond.outcome()).isEqualTo(SyncOutcome.SYNCED);
        assertThat(bobSecond.conflicts()).isEmpty();
        assertThat(aliceAgain.outcome()).isEqualTo(SyncOutcome.SYNCED);
        for (CharterRepository clone : List.of(alice, bob)) {
            List<LocatedThread> threads = LocatedThreads.locateAll(clone.folder());
            assertThat(threads).extracting(LocatedThread::id)
                    .containsExactlyInAnyOrder(shared.id(), aliceThread.id(), bobThread.id());
            CommentThread thread = new CommentStore(clone.folder()).thread(shared.id()).orElseThrow();
            assertThat(thread.replies()).extracting(Comment::id)
                    .containsExactlyInAnyOrder(aliceReply.id(), bobReply.id());
            assertThat(threads).allSatisfy(located -> assertThat(located.state()).isEqualTo(AnchorState.ANCHORED));
            assertThat(clone.status().isClean()).as("git status of " + clone.folder()).isTrue();
        }
    }

    @Test
    void windowSettingsStayOutsideCharter() throws Exception {
        Settings settings = useWindowSettings(alice);

        assertThat(settings.file()).startsWith(temp.resolve("home"));
        assertThat(settings.file()).isRegularFile();
        assertThat(settings.file().startsWith(alice.folder())).isFalse();
        assertThat(alice.status().isClean()).isTrue();
    }

    /** Stores what the window keeps per person: last charter and section, pane layout and window place. */
    private static Settings useWindowSettings(CharterRepository clone) throws Exception {
        Settings settings = Settings.load();
        settings.setLastCharter(clone.folder());
        settings.setLastSection(ARTICLE_3_ID);
        settings.setFlag("view.comments", true);
        settings.setNumber("divider.comments", 0.7);
        settings.setNumber("window.width", 1200);
        settings.save();
        return settings;
    }

    private static ObjectId parentOf(CharterRepository clone, ObjectId commit) throws Exception {
        try (RevWalk walk = new RevWalk(clone.repository())) {
            return walk.parseCommit(commit).getParent(0).getId();
        }
    }

    /** Lists the comment files of a thread in a commit's tree. */
    private static List<String> commentFilesAt(CharterRepository clone, ObjectId commit, String threadId)
            throws Exception {
        List<String> paths = new ArrayList<>();
        try (RevWalk walk = new RevWalk(clone.repository()); TreeWalk tree = new TreeWalk(clone.repository())) {
            tree.addTree(walk.parseCommit(commit).getTree());
            tree.setRecursive(true);
            tree.setFilter(PathFilter.create(CommentStore.COMMENTS_FOLDER + "/" + threadId));
            while (tree.next()) {
                paths.add(tree.getPathString());
            }
        }
        return paths;
    }

    private static String article3(String... paragraphs) {
        return "## Article 3\n\n" + String.join("\n\n", paragraphs) + "\n";
    }
}
