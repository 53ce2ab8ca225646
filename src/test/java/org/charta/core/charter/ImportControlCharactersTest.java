package org.charta.core.charter;

import org.charta.core.ChartaException;
import org.charta.testing.IsolatedGitTest;
import org.charta.testing.TestGit;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The charter import rejects a document with control characters, as the translation imports do. */
class ImportControlCharactersTest extends IsolatedGitTest {

    @Test
    void escapeSequenceIsRejected() throws Exception {
        Path document = Files.writeString(temp.resolve("charter.md"),
                "# Charter\n\n## Preamble\n\nWe \u001b]0;title\u0007 adopt it.\n");
        Path folder = temp.resolve("charter");

        assertThatThrownBy(() -> CharterSetup.importDocument(document, folder, null, List.of("en"), TestGit.ALICE))
                .isInstanceOf(ChartaException.class)
                .hasMessageContaining(document.toString())
                .hasMessageContaining("U+001B on line 5");
        assertThat(folder).doesNotExist();
    }
}
