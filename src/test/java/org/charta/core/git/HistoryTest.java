package org.charta.core.git;

import org.charta.core.ChartaException;
import org.charta.testing.TestGit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.charta.core.git.SharedCharters.write;
import static org.charta.testing.TestGit.ALICE;
import static org.charta.testing.TestGit.BOB;

class HistoryTest {

    private static final String SECTION = "sections/article-1.md";

    @TempDir
    Path temp;

    private CharterRepository repository;

    @BeforeEach
    void setUp() throws Exception {
        TestGit.isolate(temp.resolve("git-config"));
        repository = CharterRepository.init(temp.resolve("charter"));
        write(repository, SECTION, "## Article 1\n\nFirst text.\n");
        repository.record("Add article 1\n\nWith a body.", ALICE);
        write(repository, "sections/other.md", "## Other\n");
        repository.record("Add other", ALICE);
        write(repository, SECTION, "## Article 1\n\nSecond text.\n");
        repository.record("Edit article 1", BOB);
    }

    @AfterEach
    void tearDown() {
        repository.close();
        TestGit.restore();
    }

    @Test
    void logListsCommitsTouchingPathNewestFirst() throws Exception {
        List<Revision> log = History.log(repository, SECTION, 10);

        assertThat(log).extracting(Revision::message)
                .containsExactly("Edit article 1", "Add article 1\n\nWith a body.");
        assertThat(log.get(0).authorName()).isEqualTo(BOB.name());
        assertThat(log.get(0).authorEmail()).isEqualTo(BOB.email());
        assertThat(log.get(0).id()).hasSize(40);
        assertThat(log.get(0).id()).startsWith(log.get(0).shortId());
        assertThat(Duration.between(log.get(0).time(), Instant.now()).abs()).isLessThan(Duration.ofMinutes(5));
    }

    @Test
    void logStopsAtMaximum() throws Exception {
        assertThat(History.log(repository, SECTION, 1)).hasSize(1);
    }

    @Test
    void logBeforeFirstCommitIsEmpty() throws Exception {
        try (CharterRepository empty = CharterRepository.init(temp.resolve("empty"))) {
            assertThat(History.log(empty, SECTION, 10)).isEmpty();
        }
    }

    @Test
    void readAtResolvesRelativeRevisions() throws Exception {
        assertThat(History.readAt(repository, "HEAD", SECTION)).contains("## Article 1\n\nSecond text.\n");
        assertThat(History.readAt(repository, "HEAD~1", SECTION)).contains("## Article 1\n\nFirst text.\n");
        assertThat(History.readAt(repository, "HEAD~2", SECTION)).contains("## Article 1\n\nFirst text.\n");
    }

    @Test
    void readAtResolvesShortAndLongIds() throws Exception {
        Revision first = History.log(repository, SECTION, 10).get(1);

        assertThat(History.readAt(repository, first.id(), SECTION)).contains("## Article 1\n\nFirst text.\n");
        assertThat(History.readAt(repository, first.shortId(), SECTION)).contains("## Article 1\n\nFirst text.\n");
    }

    @Test
    void readAtKeepsBytesAsCommitted() throws Exception {
        Files.writeString(repository.folder().resolve("sections/crlf.md"), "Line one\r\nLine two\r\n");
        repository.record("Add CRLF file", ALICE);

        assertThat(History.readAt(repository, "HEAD", "sections/crlf.md")).contains("Line one\r\nLine two\r\n");
    }

    @Test
    void readAtMissingFileIsEmpty() throws Exception {
        assertThat(History.readAt(repository, "HEAD~2", "sections/other.md")).isEmpty();
        assertThat(History.readAt(repository, "HEAD", "sections/missing.md")).isEmpty();
        assertThat(History.readAt(repository, "HEAD", "sections")).isEmpty();
    }

    @Test
    void readAtUnknownRevisionNamesIt() {
        for (String revision : new String[] {"HEAD~9", "no-such-branch", "deadbeef", "HEAD^^^^^^^^", "a..b"}) {
            assertThatThrownBy(() -> History.readAt(repository, revision, SECTION))
                    .as(revision)
                    .isInstanceOf(ChartaException.class)
                    .hasMessageContaining(revision)
                    .extracting(e -> ((ChartaException) e).messageKey())
                    .isEqualTo("error.git.revisionUnknown");
        }
    }
}
