package org.charta.core.amend;

import org.charta.core.comment.Anchors;
import org.charta.core.comment.Comment;
import org.charta.core.comment.CommentStore;
import org.charta.core.comment.CommentThread;
import org.charta.core.comment.Stance;
import org.charta.core.git.CharterRepository;
import org.charta.testing.IsolatedGitTest;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.ObjectId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.charta.core.amend.VoteFixture.ALICE;
import static org.charta.core.amend.VoteFixture.BOB;
import static org.charta.core.amend.VoteFixture.CAROL;

class DeliberationTest extends IsolatedGitTest {

    private static final String ID = "meet-twice-k3f9";

    private CharterRepository repository;

    @BeforeEach
    void createAmendment() throws Exception {
        repository = closeLater(VoteFixture.charterWithMembers(temp.resolve("charter")));
        VoteFixture.amendment(repository, ID, AmendmentStatus.PROPOSED);
    }

    @Test
    void threadOnAmendmentIsCommittedToBranch() throws Exception {
        ObjectId mainBefore = repository.repository().resolve("refs/heads/main");

        CommentThread thread = Deliberation.startThread(repository, ID, "Twice costs too much.", Stance.AGAINST,
                BOB);

        assertThat(thread.anchor().amendment()).isEqualTo(ID);
        assertThat(repository.repository().resolve("refs/heads/main")).isEqualTo(mainBefore);
        assertThat(repository.folder().resolve(CommentStore.COMMENTS_FOLDER)).doesNotExist();
        List<CommentThread> threads = Deliberation.amendmentThreads(repository, ID);
        assertThat(threads).singleElement().satisfies(read -> {
            assertThat(read.id()).isEqualTo(thread.id());
            assertThat(read.first().text()).isEqualTo("Twice costs too much.");
            assertThat(read.first().stance()).isEqualTo(Stance.AGAINST);
            assertThat(read.first().authorEmail()).isEqualTo(BOB.email());
        });
    }

    @Test
    void argumentsForAndAgainstListApart() throws Exception {
        CommentThread thread = Deliberation.startThread(repository, ID, "Members asked for it.", Stance.FOR, ALICE);
        Deliberation.reply(repository, ID, thread.id().substring(0, 6), "It doubles the travel.", Stance.AGAINST,
                BOB);
        Deliberation.startThread(repository, ID, "When would the second meeting be?", Stance.NONE, CAROL);

        List<CommentThread> threads = Deliberation.amendmentThreads(repository, ID);

        assertThat(threads).hasSize(2);
        assertThat(Deliberation.arguments(threads, Stance.FOR)).extracting(Comment::text)
                .containsExactly("Members asked for it.");
        assertThat(Deliberation.arguments(threads, Stance.AGAINST)).extracting(Comment::text)
                .containsExactly("It doubles the travel.");
    }

    @Test
    void checkedOutAmendmentUsesWorkTree() throws Exception {
        Git.wrap(repository.repository()).checkout().setName(AmendmentRefs.localBranch(ID)).call();
        ObjectId tipBefore = repository.repository().resolve(AmendmentRefs.localBranch(ID));

        CommentThread thread = Deliberation.startThread(repository, ID, "Good idea.", Stance.FOR, ALICE);

        assertThat(repository.repository().resolve(AmendmentRefs.localBranch(ID))).isEqualTo(tipBefore);
        assertThat(repository.folder().resolve(CommentStore.COMMENTS_FOLDER).resolve(thread.id())).isDirectory();
        assertThat(Deliberation.amendmentThreads(repository, ID)).extracting(CommentThread::id)
                .containsExactly(thread.id());
    }

    @Test
    void paragraphThreadsStartedOnBranchAreListed() throws Exception {
        new CommentStore(repository.folder()).startThread(Anchors.forParagraph("preamble",
                Files.readString(repository.folder().resolve("sections/preamble.md")), 1), "On main.", ALICE);
        repository.record("Comment on main", ALICE);
        Git.wrap(repository.repository()).checkout().setName(AmendmentRefs.localBranch(ID)).call();
        String article = Files.readString(repository.folder().resolve("sections/article-3.md"));
        CommentThread onBranch = new CommentStore(repository.folder())
                .startThread(Anchors.forParagraph("article-3", article, 1), "Why twice?", BOB);
        repository.record("Comment on the amendment", BOB);
        Git.wrap(repository.repository()).checkout().setName("main").call();

        List<CommentThread> threads = Deliberation.paragraphThreads(repository, ID);

        assertThat(threads).extracting(CommentThread::id).containsExactly(onBranch.id());
        assertThat(Deliberation.amendmentThreads(repository, ID)).isEmpty();
    }

    @Test
    void amendmentThreadsStayOutOfSectionLists() throws Exception {
        Git.wrap(repository.repository()).checkout().setName(AmendmentRefs.localBranch(ID)).call();

        Deliberation.startThread(repository, ID, "Good idea.", Stance.FOR, ALICE);

        assertThat(new CommentStore(repository.folder()).threads("article-3")).isEmpty();
    }

    @Test
    void paragraphThreadCommittedOntoBranch() throws Exception {
        ObjectId mainBefore = repository.repository().resolve("refs/heads/main");
        CommentThread thread = Deliberation.startParagraphThread(repository, ID, "article-3", 1, "Why twice?",
                Stance.AGAINST, BOB);

        assertThat(repository.repository().resolve("refs/heads/main")).isEqualTo(mainBefore);
        assertThat(repository.folder().resolve(CommentStore.COMMENTS_FOLDER)).doesNotExist();
        // The anchor quotes the amendment's wording, not the main text's "once a year".
        assertThat(thread.anchor().quote()).isEqualTo("Members meet twice a year.");
        assertThat(Deliberation.paragraphThreads(repository, ID)).singleElement().satisfies(read -> {
            assertThat(read.id()).isEqualTo(thread.id());
            assertThat(read.anchor().paragraph()).isEqualTo(1);
            assertThat(read.first().stance()).isEqualTo(Stance.AGAINST);
        });
    }

    @Test
    void paragraphThreadOnMissingSectionRefused() throws Exception {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Deliberation.startParagraphThread(repository, ID,
                "no-such-section", 1, "Why?", Stance.NONE, BOB))
                .isInstanceOfSatisfying(org.charta.core.ChartaException.class,
                        error -> assertThat(error.messageKey()).isEqualTo("error.section.unknown"));
    }
}
