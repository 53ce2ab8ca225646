package org.charta.cli;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class RemoteAddressTest {

    @Test
    void relativeFolderBecomesAbsolute() {
        assertThat(RemoteAddress.resolve("src")).isEqualTo(Path.of("src").toAbsolutePath().toString());
    }

    @Test
    void urlsStayAsTyped() {
        assertThat(RemoteAddress.resolve("git://127.0.0.1:9418/charter.git"))
                .isEqualTo("git://127.0.0.1:9418/charter.git");
        assertThat(RemoteAddress.resolve("https://example.org/charter.git"))
                .isEqualTo("https://example.org/charter.git");
        assertThat(RemoteAddress.resolve("git@example.org:charter.git")).isEqualTo("git@example.org:charter.git");
    }

    @Test
    void missingFolderStaysAsTyped() {
        assertThat(RemoteAddress.resolve("no-such-folder/charter.git")).isEqualTo("no-such-folder/charter.git");
    }
}
