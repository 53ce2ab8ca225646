package org.charta.core.amend;

import org.charta.core.comment.AnchorState;
import org.charta.core.comment.Anchors;
import org.charta.core.comment.CommentStore;
import org.charta.core.comment.CommentThread;
import org.charta.core.comment.CommentTrees;
import org.charta.core.comment.LocatedThread;
import org.charta.core.comment.Stance;
import org.charta.core.diff.DiffSegment;
import org.charta.core.git.BranchCommits;
import org.charta.core.markdown.Block;
import org.charta.core.markdown.MarkdownBlocks;
import org.charta.testing.LocatedThreads;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Threads through the amendment flow. A thread on the main text stays on its paragraph when an amendment that
 * inserts text above it is merged. A thread started on an amendment's paragraph shows on the main text once the
 * amendment is merged.
 */
class AmendmentCommentsTest extends AmendmentTestBase {

    private static final String ARTICLE = "article-08";
    private static final String ARTICLE_PATH = "sections/article-08.md";
    private static final String P1 = "Every member may speak at the assembly.";
    private static final String P2 = "The council shall meet once a month.";
    private static final String P3 = "Should the council fail to meet, any ten members may call a meeting.";
    private static final String P4 = "Decisions need a simple majority of the members present.";
    private static final String INSERTED = "Members elect the council for two years.";
    private static final String P1_EDITED = P1.replace("speak", "talk");

    private CommentThread onP3;

    @BeforeEach
    void writeArticle() throws Exception {
        assertThat(charter().addSection("Article 08", "membership").id()).isEqualTo(ARTICLE);
        charter().writeSection(ARTICLE, "## Article 8\n\n" + String.join("\n\n", P1, P2, P3, P4) + "\n");
        repository.record("Write article 8", ALICE);
        String text = Files.readString(folder.resolve(ARTICLE_PATH));
        onP3 = new CommentStore(folder).startThread(Anchors.forParagraph(ARTICLE, text, 3),
                "Should 'shall' be 'may'?", BOB);
        repository.record("Comment on article 8", BOB);
        makeCarolCoordinator();
    }

    /** The amendment inserts a paragraph before P1 and changes one word of P1: P3 is the fifth block after it. */
    @Test
    void threadStaysOnUnchangedParagraphAfterMerge() throws Exception {
        String id = mergedAmendment(INSERTED + "\n\n" + P1_EDITED, P1);

        LocatedThread located = LocatedThreads.locate(folder, onP3.id());

        String text = Files.readString(folder.resolve(ARTICLE_PATH));
        assertThat(located.state()).isEqualTo(AnchorState.ANCHORED);
        assertThat(located.sectionId()).isEqualTo(ARTICLE);
        assertThat(located.currentText()).isEqualTo(P3);
        assertThat(located.quoteDiff()).isEmpty();
        assertThat(located.location().paragraph()).isEqualTo(4);
        assertThat(blockIndexAt(text, located.location().start())).as("index among all blocks, heading first")
                .isEqualTo(4);
        assertThat(commitAt(AmendmentBranches.MAIN_REF).getFullMessage()).contains(id);
    }

    @Test
    void editedParagraphShowsTextChanged() throws Exception {
        String edited = P3.replace("ten", "twenty");
        mergedAmendment(INSERTED + "\n\n" + P1_EDITED + "\n\n" + P2 + "\n\n" + edited, P1 + "\n\n" + P2 + "\n\n" + P3);

        LocatedThread located = LocatedThreads.locate(folder, onP3.id());

        String text = Files.readString(folder.resolve(ARTICLE_PATH));
        assertThat(located.state()).isEqualTo(AnchorState.TEXT_CHANGED);
        assertThat(located.currentText()).isEqualTo(edited);
        assertThat(text.substring(located.location().start(), located.location().end())).isEqualTo(edited);
        assertThat(located.location().paragraph()).isEqualTo(4);
        assertThat(blockIndexAt(text, located.location().start())).isEqualTo(4);
        assertThat(located.thread().anchor().quote()).isEqualTo(P3);
        assertThat(located.quoteDiff()).contains(new DiffSegment(DiffSegment.Kind.DELETED, "ten"),
                new DiffSegment(DiffSegment.Kind.INSERTED, "twenty"));
    }

    @Test
    void amendmentParagraphThreadShowsOnMainText() throws Exception {
        String id = Amendments.create(repository, "Talk", "", List.of(ARTICLE), null, ALICE).id();
        edit(ARTICLE_PATH, P1, P1_EDITED, ALICE);
        Amendments.propose(repository, id, ALICE);
        Amendments.switchTo(repository, null, CAROL);
        CommentThread onAmendment = Deliberation.startParagraphThread(repository, id, ARTICLE, 1,
                "'Talk' reads less formal.", Stance.AGAINST, BOB);
        assertThat(new CommentStore(folder).thread(onAmendment.id())).isEmpty();
        adoptByVote(id);

        Amendments.merge(repository, id, CAROL);

        assertThat(new CommentStore(folder).threads()).extracting(CommentThread::id).contains(onAmendment.id());
        LocatedThread located = LocatedThreads.locate(folder, onAmendment.id());
        assertThat(located.state()).isEqualTo(AnchorState.ANCHORED);
        assertThat(located.sectionId()).isEqualTo(ARTICLE);
        assertThat(located.location().paragraph()).isEqualTo(1);
        assertThat(located.currentText()).isEqualTo(P1_EDITED);
        assertThat(repository.status().isClean()).isTrue();
    }

    @Test
    void mergeCarriesThreadsToMovedParagraph() throws Exception {
        String id = Amendments.create(repository, "Quorum", "", List.of(ARTICLE, "membership"), null, ALICE).id();
        String article = Files.readString(folder.resolve(ARTICLE_PATH));
        String membership = Files.readString(folder.resolve(MEMBERSHIP_PATH));
        Files.writeString(folder.resolve(ARTICLE_PATH), article.replace(P3 + "\n\n", ""));
        Files.writeString(folder.resolve(MEMBERSHIP_PATH), membership + "\n" + P3 + "\n");
        repository.record("Move the meeting clause to membership", ALICE);
        Amendments.propose(repository, id, ALICE);
        adoptByVote(id);
        Amendments.switchTo(repository, null, CAROL);
        CommentThread startedOnMain = new CommentStore(folder).startThread(
                Anchors.forParagraph(ARTICLE, Files.readString(folder.resolve(ARTICLE_PATH)), 3), "Ten is few.", BOB);
        repository.record("Comment on article 8", BOB);

        Amendments.merge(repository, id, CAROL);

        for (String threadId : List.of(onP3.id(), startedOnMain.id())) {
            LocatedThread located = LocatedThreads.locate(folder, threadId);
            assertThat(located.sectionId()).as(threadId).isEqualTo("membership");
            assertThat(located.state()).as(threadId).isEqualTo(AnchorState.ANCHORED);
            assertThat(located.currentText()).as(threadId).isEqualTo(P3);
        }
        assertThat(repository.status().isClean()).as("git status after the merge").isTrue();
    }

    /** The amendment is merged while it is checked out, so the moves are committed onto main's tree alone. */
    @Test
    void mergeIntoOtherBranchCommitsMoves() throws Exception {
        String id = Amendments.create(repository, "Quorum", "", List.of(ARTICLE, "membership"), null, ALICE).id();
        String article = Files.readString(folder.resolve(ARTICLE_PATH));
        String membership = Files.readString(folder.resolve(MEMBERSHIP_PATH));
        Files.writeString(folder.resolve(ARTICLE_PATH), article.replace(P3 + "\n\n", ""));
        Files.writeString(folder.resolve(MEMBERSHIP_PATH), membership + "\n" + P3 + "\n");
        repository.record("Move the meeting clause to membership", ALICE);
        Amendments.propose(repository, id, ALICE);
        adoptByVote(id);
        String mainArticle = read(AmendmentBranches.MAIN_REF, ARTICLE_PATH);
        CommentTrees.NewFile onMain = CommentTrees.startThread(Anchors.forParagraph(ARTICLE, mainArticle, 3),
                "Ten is few.", BOB, Stance.NONE, Set.of());
        BranchCommits.commit(repository, AmendmentBranches.MAIN_REF, Map.of(onMain.path(), onMain.bytes()),
                "Comment on article 8", BOB);

        Amendments.merge(repository, id, CAROL);

        assertThat(currentBranch()).isEqualTo(AmendmentRefs.localBranch(id));
        assertThat(repository.status().isClean()).as("git status after the merge").isTrue();
        Amendments.switchTo(repository, null, CAROL);
        LocatedThread located = LocatedThreads.locate(folder, onMain.comment().threadId());
        assertThat(located.sectionId()).isEqualTo("membership");
        assertThat(located.state()).isEqualTo(AnchorState.ANCHORED);
        assertThat(located.currentText()).isEqualTo(P3);
    }

    @Test
    void updateCarriesThreadToMovedParagraph() throws Exception {
        String id = Amendments.create(repository, "Quorum", "", List.of(ARTICLE), null, ALICE).id();
        String membership = read(AmendmentBranches.MAIN_REF, MEMBERSHIP_PATH);
        String article = read(AmendmentBranches.MAIN_REF, ARTICLE_PATH);
        editMain(MEMBERSHIP_PATH, membership, membership + "\n" + P3 + "\n", CAROL);
        editMain(ARTICLE_PATH, article, article.replace(P3 + "\n\n", ""), CAROL);

        AmendmentMerge update = Amendments.update(repository, id, ALICE);

        assertThat(update.outcome()).isEqualTo(AmendmentMerge.Outcome.MERGED);
        assertThat(currentBranch()).isEqualTo(AmendmentRefs.localBranch(id));
        LocatedThread located = LocatedThreads.locate(folder, onP3.id());
        assertThat(located.sectionId()).isEqualTo("membership");
        assertThat(located.state()).isEqualTo(AnchorState.ANCHORED);
        assertThat(located.currentText()).isEqualTo(P3);
        assertThat(repository.status().isClean()).as("git status after the update").isTrue();
    }

    /**
     * Runs the amendment flow on article 8: create, replace {@code from} by {@code to}, propose, adopt by vote,
     * and merge into the main text with the main text checked out.
     */
    private String mergedAmendment(String to, String from) throws Exception {
        String id = Amendments.create(repository, "Council term", "", List.of(ARTICLE), null, ALICE).id();
        edit(ARTICLE_PATH, from, to, ALICE);
        Amendments.propose(repository, id, ALICE);
        adoptByVote(id);
        Amendments.switchTo(repository, null, CAROL);
        assertThat(Amendments.merge(repository, id, CAROL).outcome()).isEqualTo(AmendmentMerge.Outcome.MERGED);
        return id;
    }

    /** Returns the index, among all leaf blocks with headings counted, of the block that contains the offset. */
    private static int blockIndexAt(String text, int offset) {
        List<Block> blocks = MarkdownBlocks.blocks(text);
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i).start() <= offset && offset < blocks.get(i).end()) {
                return i;
            }
        }
        return -1;
    }
}
