package org.charta.ui.amend;

import org.charta.core.charter.Charter;
import org.charta.core.charter.CharterSetup;
import org.charta.testing.TestGit;
import org.charta.ui.app.CharterSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The disk work behind the amendment views, on a real charter repository. */
class AmendmentTasksTest {

    @TempDir
    Path folder;

    @BeforeEach
    void isolateGit() throws Exception {
        TestGit.isolate(folder.resolve("config"));
    }

    @AfterEach
    void restoreGit() {
        TestGit.restore();
    }

    @Test
    void titlesKeepManifestOrder() throws Exception {
        Path charterFolder = folder.resolve("charter");
        Charter charter = CharterSetup.create(charterFolder, "Charter", List.of("en"), TestGit.ALICE);
        List<String> expected = new ArrayList<>();
        String previous = null;
        for (String title : List.of("Preamble", "Article 1", "Article 2", "Article 3", "Article 4", "Article 5",
                "Article 6", "Article 7", "Article 8", "Article 9", "Article 10", "Article 11")) {
            previous = charter.addSection(title, previous).id();
        }
        try (CharterSession session = CharterSession.open(charterFolder)) {
            session.sections().forEach(section -> expected.add(section.id()));

            List<String> ids = List.copyOf(AmendmentTasks.titles(session, "en").keySet());

            assertThat(ids).containsExactlyElementsOf(expected);
        }
    }
}
