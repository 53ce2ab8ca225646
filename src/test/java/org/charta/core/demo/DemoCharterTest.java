package org.charta.core.demo;

import org.charta.core.charter.Charter;
import org.charta.core.charter.ManifestStore;
import org.charta.core.charter.Section;
import org.charta.core.governance.Governance;
import org.charta.core.governance.Member;
import org.charta.core.governance.Role;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.ObjectId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class DemoCharterTest {

    @TempDir
    Path folder;

    @Test
    void firstRunCreatesRemoteAndClone() throws Exception {
        Path workingCopy = DemoCharter.ensure(folder);

        Charter charter = Charter.open(workingCopy);
        assertThat(charter.sections()).hasSizeGreaterThanOrEqualTo(4);
        assertThat(charter.sections().get(0).title()).isEqualTo("Preamble");
        assertThat(charter.sections()).allSatisfy(section -> assertThat(section.titles()).containsKey("fr"));
        try (Git shared = Git.open(folder.resolve("shared.git").toFile());
             Git local = Git.open(workingCopy.toFile())) {
            ObjectId remoteMain = shared.getRepository().resolve("refs/heads/main");
            assertThat(remoteMain).isEqualTo(local.getRepository().resolve("HEAD"));
            assertThat(local.status().call().isClean()).isTrue();
        }
    }

    @Test
    void secondRunReusesDemo() throws Exception {
        Path first = DemoCharter.ensure(folder);
        Charter charter = Charter.open(first);
        Section preamble = charter.sections().get(0);
        charter.writeSection(preamble.id(), "## Preamble\n\nEdited.\n");

        Path second = DemoCharter.ensure(folder);

        assertThat(second).isEqualTo(first);
        assertThat(Charter.open(second).readSection(preamble.id())).contains("Edited.");
    }
    @Test
    void demoHasRecordedThreads() throws Exception {
        Path workingCopy = DemoCharter.ensure(folder);

        java.util.List<org.charta.core.comment.CommentThread> threads =
                new org.charta.core.comment.CommentStore(workingCopy).threads();

        assertThat(threads).hasSize(3);
        assertThat(threads).filteredOn(org.charta.core.comment.CommentThread::resolved).hasSize(1);
        try (Git local = Git.open(workingCopy.toFile())) {
            assertThat(local.status().call().isClean()).isTrue();
        }
    }

    @Test
    void demoListsPersonAsCoordinator() throws Exception {
        Path workingCopy = DemoCharter.ensure(folder, org.charta.testing.TestGit.ALICE);

        Governance rules = Governance.of(ManifestStore.read(workingCopy));

        assertThat(rules.member(org.charta.testing.TestGit.ALICE.email()).map(Member::role))
                .contains(Role.COORDINATOR);
        assertThat(rules.members()).extracting(Member::role)
                .containsExactly(Role.COORDINATOR, Role.DRAFTER, Role.DRAFTER);
        assertThat(rules.quorumVotes()).isEqualTo(1);
    }

    @Test
    void demoWithoutPersonHasNoCoordinator() throws Exception {
        Path workingCopy = DemoCharter.ensure(folder, null);

        Governance rules = Governance.of(ManifestStore.read(workingCopy));

        assertThat(rules.members()).hasSize(2);
        assertThat(rules.coordinators()).isEmpty();
    }
}
