package org.charta.testing;

import org.charta.core.Identity;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Config;
import org.eclipse.jgit.lib.RepositoryCache;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.storage.file.FileBasedConfig;
import org.eclipse.jgit.util.FS;
import org.eclipse.jgit.util.SystemReader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Git helpers for tests that run real JGit repositories.
 *
 * <p>Typical use:
 * <pre>{@code
 * @TempDir Path temp;
 *
 * @BeforeEach void isolateGit() throws IOException { TestGit.isolate(temp.resolve("git-config")); }
 * @AfterEach void restoreGit() { TestGit.restore(); }
 * }</pre>
 *
 * <p>{@link #isolate(Path)} matters because JGit otherwise reads the global {@code ~/.gitconfig} of the user who runs
 * the tests (a {@code user.name}, a {@code core.autocrlf} or an {@code init.defaultBranch} there would change the
 * results). Child {@code git} processes need the same isolation: use {@link #isolatedEnvironment(ProcessBuilder,
 * Path)}.
 */
public final class TestGit {

    /** A drafter who edits sections. */
    public static final Identity ALICE = new Identity("Alice Drafter", "alice@example.org");

    /** A second drafter, usually editing a second clone. */
    public static final Identity BOB = new Identity("Bob Drafter", "bob@example.org");

    /** A coordinator who merges and tags. */
    public static final Identity CAROL = new Identity("Carol Coordinator", "carol@example.org");

    private TestGit() {
    }

    /**
     * Makes JGit read an empty user configuration and an empty system configuration, both kept as files in
     * the given folder, in place of the real ones. Call {@link #restore()} after the test.
     *
     * @return the user configuration ({@code ~/.gitconfig} as JGit now reads it), to set values such as
     *         {@code core.autocrlf} the way a user's global configuration would; call {@code save()} after a change
     */
    public static StoredConfig isolate(Path configFolder) throws IOException {
        Files.createDirectories(configFolder);
        Path userFile = configFolder.resolve("user.gitconfig");
        Path systemFile = configFolder.resolve("system.gitconfig");
        Path jgitFile = configFolder.resolve("jgit.config");
        for (Path file : new Path[] {userFile, systemFile, jgitFile}) {
            if (!Files.exists(file)) {
                Files.createFile(file);
            }
        }
        SystemReader.setInstance(null);
        SystemReader defaults = SystemReader.getInstance();
        SystemReader.setInstance(new IsolatedSystemReader(defaults, userFile, systemFile, jgitFile));
        try {
            return SystemReader.getInstance().getUserConfig();
        } catch (org.eclipse.jgit.errors.ConfigInvalidException e) {
            throw new IOException(e);
        }
    }

    /** Puts back JGit's default {@link SystemReader} and clears JGit's cache of open repositories. */
    public static void restore() {
        SystemReader.setInstance(null);
        RepositoryCache.clear();
    }

    /**
     * Creates a bare repository whose {@code HEAD} names {@code main}, as a shared remote. A bare repository
     * whose {@code HEAD} names a missing {@code master} makes JGit's clone fail with "Remote branch 'HEAD' not
     * found".
     */
    public static Path initBare(Path folder) throws GitAPIException {
        Git.init().setBare(true).setInitialBranch("main").setDirectory(folder.toFile()).call().close();
        return folder;
    }

    /** Writes the identity as {@code user.name} and {@code user.email} into the repository's own config. */
    public static void setIdentity(Git git, Identity identity) throws IOException {
        StoredConfig config = git.getRepository().getConfig();
        config.setString("user", null, "name", identity.name());
        config.setString("user", null, "email", identity.email());
        config.save();
    }

    /**
     * Gives a child {@code git} process an empty home and no system configuration, so it behaves the same on
     * every machine. The folder becomes {@code HOME}.
     */
    public static ProcessBuilder isolatedEnvironment(ProcessBuilder builder, Path home) throws IOException {
        Files.createDirectories(home);
        builder.environment().put("HOME", home.toString());
        builder.environment().put("XDG_CONFIG_HOME", home.resolve(".config").toString());
        builder.environment().put("GIT_CONFIG_NOSYSTEM", "1");
        builder.environment().put("GIT_TERMINAL_PROMPT", "0");
        return builder;
    }

    /**
     * Runs {@code git} with the arguments in the folder, isolated as {@link #isolatedEnvironment} does, and
     * returns its standard output.
     *
     * @throws IOException when git exits with a status other than 0; the message contains its output
     */
    public static String runGit(Path workingFolder, Path home, String... arguments)
            throws IOException, InterruptedException {
        String[] command = new String[arguments.length + 1];
        command[0] = "git";
        System.arraycopy(arguments, 0, command, 1, arguments.length);
        ProcessBuilder builder = isolatedEnvironment(new ProcessBuilder(command), home)
                .directory(workingFolder.toFile())
                .redirectErrorStream(true);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        int status = process.waitFor();
        if (status != 0) {
            throw new IOException("git " + String.join(" ", arguments) + " exited " + status + ": " + output);
        }
        return output;
    }

    /** Keeps every value of the real reader (clock, host name, environment) except the three config files. */
    private static final class IsolatedSystemReader extends SystemReader.Delegate {

        private final Path userFile;
        private final Path systemFile;
        private final Path jgitFile;

        IsolatedSystemReader(SystemReader delegate, Path userFile, Path systemFile, Path jgitFile) {
            super(delegate);
            this.userFile = userFile;
            this.systemFile = systemFile;
            this.jgitFile = jgitFile;
        }

        @Override
        public FileBasedConfig openUserConfig(Config parent, FS fs) {
            return new FileBasedConfig(parent, userFile.toFile(), fs);
        }

        @Override
        public FileBasedConfig openSystemConfig(Config parent, FS fs) {
            return new FileBasedConfig(parent, systemFile.toFile(), fs);
        }

        @Override
        public FileBasedConfig openJGitConfig(Config parent, FS fs) {
            return new FileBasedConfig(parent, jgitFile.toFile(), fs);
        }
    }
}
