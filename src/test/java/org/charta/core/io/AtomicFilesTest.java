package org.charta.core.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AtomicFilesTest {

    @TempDir
    Path folder;

    @Test
    void replacesContentWithoutLeftovers() throws IOException {
        Path file = folder.resolve("a.md");
        Files.writeString(file, "old");

        AtomicFiles.writeString(file, "new ünïcode");

        assertThat(Files.readString(file)).isEqualTo("new ünïcode");
        try (var entries = Files.list(folder)) {
            assertThat(entries.toList()).containsExactly(file);
        }
    }

    @Test
    void createsMissingFolders() throws IOException {
        Path file = folder.resolve("sections/deep/a.md");

        AtomicFiles.writeString(file, "x");

        assertThat(Files.readString(file)).isEqualTo("x");
    }

    @Test
    void failedWriteKeepsOldContent() throws IOException {
        Path target = folder.resolve("target");
        Files.createDirectories(target.resolve("child"));

        assertThatThrownBy(() -> AtomicFiles.writeString(target, "x")).isInstanceOf(IOException.class);
        assertThat(Files.isDirectory(target.resolve("child"))).isTrue();
        try (var entries = Files.list(folder)) {
            assertThat(entries.toList()).containsExactly(target);
        }
    }
}
