package org.charta.bench;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A {@code git daemon} on 127.0.0.1 that serves every repository under one folder and accepts pushes. It is the
 * same setup as the tests' daemon, kept here so the benchmarks do not depend on test classes.
 */
final class Daemon implements AutoCloseable {

    private static final String HOST = "127.0.0.1";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(15);

    private final Process process;
    private final int port;

    private Daemon(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts the daemon on a free port and waits until the port accepts connections. */
    static Daemon start(GitCli git, Path basePath, Path logFile) throws IOException, InterruptedException {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
            port = socket.getLocalPort();
        }
        ProcessBuilder builder = git.environment(new ProcessBuilder("git", "daemon", "--base-path=" + basePath,
                "--export-all", "--enable=receive-pack", "--reuseaddr", "--listen=" + HOST, "--port=" + port,
                basePath.toString()));
        builder.redirectErrorStream(true);
        builder.redirectOutput(logFile.toFile());
        Daemon daemon = new Daemon(builder.start(), port);
        daemon.awaitPort();
        return daemon;
    }

    String url(String repositoryName) {
        return "git://" + HOST + ":" + port + "/" + repositoryName;
    }

    private void awaitPort() throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IOException("git daemon exited with status " + process.exitValue());
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(HOST, port), 200);
                return;
            } catch (IOException notYet) {
                Thread.sleep(50);
            }
        }
        close();
        throw new IOException("git daemon did not accept connections on port " + port);
    }

    /** Stops the daemon and the per-connection processes it forked, by process id. */
    @Override
    public void close() {
        List<ProcessHandle> children = process.descendants().toList();
        process.destroy();
        children.forEach(ProcessHandle::destroy);
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
