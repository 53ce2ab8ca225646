package org.charta.bench;

import org.eclipse.jgit.lib.Config;
import org.eclipse.jgit.storage.file.FileBasedConfig;
import org.eclipse.jgit.util.FS;
import org.eclipse.jgit.util.SystemReader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Makes JGit read the same user configuration as the {@link GitCli} processes and empty system and JGit
 * configuration files, so both sides of a benchmark run with the same Git settings.
 */
final class Isolation {

    /**
     * The user configuration of both sides. Git and JGit both start an automatic {@code gc} in the background
     * after some commands. Run in the foreground, its cost lands in the timed command that started it, and it
     * cannot race with the deletion of a copy.
     */
    static final String USER_CONFIG = "[gc]\n\tautoDetach = false\n";

    private Isolation() {
    }

    static void isolateJGit(Path configFolder) throws IOException {
        Files.createDirectories(configFolder);
        Path user = Files.writeString(configFolder.resolve("user.gitconfig"), USER_CONFIG);
        Path system = Files.createFile(configFolder.resolve("system.gitconfig"));
        Path jgit = Files.createFile(configFolder.resolve("jgit.config"));
        SystemReader.setInstance(new SystemReader.Delegate(SystemReader.getInstance()) {
            @Override
            public FileBasedConfig openUserConfig(Config parent, FS fs) {
                return new FileBasedConfig(parent, user.toFile(), fs);
            }

            @Override
            public FileBasedConfig openSystemConfig(Config parent, FS fs) {
                return new FileBasedConfig(parent, system.toFile(), fs);
            }

            @Override
            public FileBasedConfig openJGitConfig(Config parent, FS fs) {
                return new FileBasedConfig(parent, jgit.toFile(), fs);
            }
        });
    }
}
