package org.charta.testing;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real {@code git daemon} on 127.0.0.1 that serves every repository under one folder over {@code git://},
 * pushes included. The test owns the process: {@link #close()} stops it and the children it forked.
 *
 * <pre>{@code
 * TestGit.initBare(temp.resolve("remotes/charter.git"));
 * try (GitDaemon daemon = GitDaemon.start(temp.resolve("remotes"))) {
 *     String url = daemon.url("charter.git");   // git://127.0.0.1:<port>/charter.git
 *     ...
 * }
 * }</pre>
 *
 * <p>The daemon runs with an empty {@code HOME} and without the system git configuration. It needs {@code git}
 * on the {@code PATH}; {@link #isAvailable()} lets a test skip where it is missing.
 */
public final class GitDaemon implements AutoCloseable {

    private static final String HOST = "127.0.0.1";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(15);
    private static final int START_ATTEMPTS = 3;

    private final Process process;
    private final Path basePath;
    private final Path stateFolder;
    private final int port;

    private GitDaemon(Process process, Path basePath, Path stateFolder, int port) {
        this.process = process;
        this.basePath = basePath;
        this.stateFolder = stateFolder;
        this.port = port;
    }

    /**
     * Starts a daemon that exports every repository under {@code basePath} and accepts pushes, then waits until
     * its port accepts connections. A free port is picked; if another process takes it first, the start is
     * retried on a new port.
     *
     * @throws IOException when the daemon does not start; the message contains its output
     */
    public static GitDaemon start(Path basePath) throws IOException, InterruptedException {
        Path base = basePath.toAbsolutePath().normalize();
        Files.createDirectories(base);
        IOException lastFailure = null;
        for (int attempt = 1; attempt <= START_ATTEMPTS; attempt++) {
            Path stateFolder = Files.createTempDirectory("charta-git-daemon");
            int port = freePort();
            Process process = launch(base, stateFolder, port);
            try {
                awaitPort(process, port, stateFolder);
                return new GitDaemon(process, base, stateFolder, port);
            } catch (IOException e) {
                stop(process);
                deleteRecursively(stateFolder);
                lastFailure = e;
            }
        }
        throw lastFailure;
    }

    /** Returns whether {@code git daemon} can run on this machine ({@code git daemon -h} exits 129). */
    public static boolean isAvailable() {
        try {
            Process process = new ProcessBuilder("git", "daemon", "-h").redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 129;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Returns a {@code git://} URL on 127.0.0.1 at a port where no process listens, for tests of an unreachable
     * remote. The port was free a moment ago; another process could take it, which is unlikely in a test run.
     */
    public static String unreachableUrl(String repositoryName) throws IOException {
        return "git://" + HOST + ":" + freePort() + "/" + repositoryName;
    }

    /** Returns the URL of a repository under the base path, such as {@code "charter.git"}. */
    public String url(String repositoryName) {
        return "git://" + HOST + ":" + port + "/" + repositoryName;
    }

    public int port() {
        return port;
    }

    public Path basePath() {
        return basePath;
    }

    /** Stops the daemon and the per-connection processes it forked, by process id, and deletes its pid file. */
    @Override
    public void close() {
        stop(process);
        deleteRecursively(stateFolder);
    }

    private static Process launch(Path base, Path stateFolder, int port) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(
                "git", "daemon",
                "--base-path=" + base,
                "--export-all",
                "--enable=receive-pack",
                "--reuseaddr",
                "--listen=" + HOST,
                "--port=" + port,
                "--pid-file=" + stateFolder.resolve("daemon.pid"),
                base.toString());
        TestGit.isolatedEnvironment(builder, stateFolder.resolve("home"));
        builder.redirectErrorStream(true);
        builder.redirectOutput(stateFolder.resolve("daemon.log").toFile());
        return builder.start();
    }

    private static void awaitPort(Process process, int port, Path stateFolder)
            throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IOException("git daemon exited with status " + process.exitValue() + ": "
                        + readLog(stateFolder));
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(HOST, port), 200);
                return;
            } catch (IOException notYet) {
                Thread.sleep(50);
            }
        }
        throw new IOException("git daemon did not accept connections on port " + port + " within "
                + START_TIMEOUT.toSeconds() + " s: " + readLog(stateFolder));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getByName(HOST))) {
            return socket.getLocalPort();
        }
    }

    private static void stop(Process process) {
        List<ProcessHandle> children = process.descendants().toList();
        process.destroy();
        children.forEach(ProcessHandle::destroy);
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static String readLog(Path stateFolder) {
        try {
            return Files.readString(stateFolder.resolve("daemon.log"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static void deleteRecursively(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            // A left-over pid file in the system temporary folder is harmless.
        }
    }
}
