package org.charta.core.git;

import org.charta.core.ChartaException;
import org.charta.testing.IsolatedGitTest;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.RefUpdate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PendingMergePurposeTest extends IsolatedGitTest {

    private CharterRepository charter;
    private ObjectId start;
    private ObjectId other;

    @BeforeEach
    void setUp() throws Exception {
        charter = closeLater(CharterRepository.init(temp.resolve("charter")));
        CommitFixture fixture = new CommitFixture(charter);
        start = fixture.commit(Map.of("a.md", "Alpha\n"));
        other = fixture.commit(Map.of("a.md", "Alpha, other\n"), start);
        RefUpdate main = charter.repository().updateRef("refs/heads/main");
        main.setNewObjectId(start);
        main.update();
        fixture.checkOut(start);
    }

    @Test
    void fileWithoutPurposeIsSync() throws Exception {
        Path file = charter.repository().getDirectory().toPath().resolve(PendingMerge.FILE);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "{\"beforeSync\":\"" + start.name() + "\",\"recorded\":\"" + start.name()
                + "\",\"stoppedAt\":\"" + start.name() + "\",\"theirs\":\"" + other.name()
                + "\",\"conflicts\":[],\"choices\":{}}");

        PendingMerge pending = PendingMerge.load(charter).orElseThrow();

        assertThat(pending.purpose()).isEqualTo(PendingMerge.SYNC);
        assertThat(pending.isSync()).isTrue();
        assertThat(pending.target()).isNull();
    }

    @Test
    void otherPurposeBlocksSync() throws Exception {
        new PendingMerge(start.name(), start.name(), start.name(), other.name(), List.of(), Map.of(),
                "merge:adults-k3f9", "refs/heads/main").save(charter);

        assertThatThrownBy(() -> PendingMerge.requireNoneOtherThan(charter, PendingMerge.SYNC))
                .extracting(error -> ((ChartaException) error).messageKey())
                .isEqualTo("error.merge.amendmentPending");
        PendingMerge.requireNoneOtherThan(charter, "merge:adults-k3f9");
    }

    @Test
    void syncPurposeBlocksAmendmentMerge() throws Exception {
        new PendingMerge(start.name(), start.name(), start.name(), other.name(), List.of(), Map.of()).save(charter);

        assertThatThrownBy(() -> PendingMerge.requireNoneOtherThan(charter, "merge:adults-k3f9"))
                .extracting(error -> ((ChartaException) error).messageKey()).isEqualTo("error.merge.syncPending");
    }

    @Test
    void mergedTargetClearsPendingMerge() throws Exception {
        new PendingMerge(start.name(), start.name(), start.name(), start.name(), List.of(), Map.of(),
                "update:adults-k3f9", "refs/heads/main").save(charter);

        assertThat(PendingMerge.load(charter)).isEmpty();
    }

    @Test
    void unmergedTargetKeepsPendingMerge() throws Exception {
        new PendingMerge(start.name(), start.name(), start.name(), other.name(), List.of(), Map.of(),
                "update:adults-k3f9", "refs/heads/main").save(charter);

        assertThat(PendingMerge.load(charter)).isPresent();
    }
}
