package org.charta.testing;

import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyEncryptionContext;
import org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyPairResourceWriter;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.server.Environment;
import org.apache.sshd.server.ExitCallback;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.command.Command;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An SSH server on 127.0.0.1 (Apache MINA SSHD) that accepts one public key and runs the real
 * {@code git-upload-pack} and {@code git-receive-pack} for repositories under its root, as a Git host does.
 *
 * <pre>{@code
 * KeyPair user = GitSshServer.generateKey();
 * GitSshServer.writeIdentity(user, sshFolder);                 // sshFolder/id_ecdsa
 * try (GitSshServer server = GitSshServer.start(root, user.getPublic())) {
 *     String url = server.url("charter.git");                  // ssh://git@127.0.0.1:<port>/charter.git
 * }
 * }</pre>
 */
public final class GitSshServer implements AutoCloseable {

    private static final String HOST = "127.0.0.1";

    /** {@code git-upload-pack '/path'} or {@code git receive-pack 'path'}, as Git clients send them. */
    private static final Pattern GIT_COMMAND =
            Pattern.compile("git[ -](upload-pack|receive-pack) '?/?([^']+?)'?");

    private final SshServer server;
    private final Path root;
    private final Path home;
    private final KeyPair hostKey;
    private final AtomicInteger commands = new AtomicInteger();

    private GitSshServer(SshServer server, Path root, Path home, KeyPair hostKey) {
        this.server = server;
        this.root = root;
        this.home = home;
        this.hostKey = hostKey;
    }

    /** Starts a server with a new host key. */
    public static GitSshServer start(Path root, PublicKey allowedUserKey) throws IOException,
            GeneralSecurityException {
        return start(root, allowedUserKey, generateKey());
    }

    /** Starts a server with the given host key, so a test can restart it with another one. */
    public static GitSshServer start(Path root, PublicKey allowedUserKey, KeyPair hostKey) throws IOException {
        Path base = root.toAbsolutePath().normalize();
        Files.createDirectories(base);
        SshServer server = SshServer.setUpDefaultServer();
        server.setHost(HOST);
        server.setPort(0);
        server.setKeyPairProvider(KeyPairProvider.wrap(hostKey));
        server.setPublickeyAuthenticator((user, key, session) -> KeyUtils.compareKeys(key, allowedUserKey));
        server.setPasswordAuthenticator(null);
        server.setKeyboardInteractiveAuthenticator(null);
        GitSshServer git = new GitSshServer(server, base, base.resolveSibling(base.getFileName() + "-ssh-home"),
                hostKey);
        server.setCommandFactory((channel, command) -> git.createCommand(command));
        server.start();
        return git;
    }

    /** Generates an ECDSA P-256 key pair, for a user or a host. */
    public static KeyPair generateKey() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        return generator.generateKeyPair();
    }

    /** Writes the key pair as {@code id_ecdsa} (OpenSSH format, no passphrase) into the SSH folder. */
    public static Path writeIdentity(KeyPair key, Path sshFolder) throws IOException, GeneralSecurityException {
        Files.createDirectories(sshFolder);
        Path file = sshFolder.resolve("id_ecdsa");
        try (OutputStream out = Files.newOutputStream(file)) {
            OpenSSHKeyPairResourceWriter.INSTANCE.writePrivateKey(key, "charta-test",
                    (org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyEncryptionContext) null, out);
        }
        return file;
    }

    /**
     * Writes the key pair as {@code id_ecdsa} into the SSH folder, encrypted with the passphrase as
     * {@code ssh-keygen -N} does (OpenSSH format, bcrypt key derivation, AES-256-CTR).
     */
    public static Path writeEncryptedIdentity(KeyPair key, Path sshFolder, String passphrase) throws IOException,
            GeneralSecurityException {
        Files.createDirectories(sshFolder);
        Path file = sshFolder.resolve("id_ecdsa");
        OpenSSHKeyEncryptionContext encryption = new OpenSSHKeyEncryptionContext();
        encryption.setPassword(passphrase);
        encryption.setCipherName("AES");
        encryption.setCipherType("256");
        encryption.setCipherMode("CTR");
        try (OutputStream out = Files.newOutputStream(file)) {
            OpenSSHKeyPairResourceWriter.INSTANCE.writePrivateKey(key, "charta-test", encryption, out);
        }
        return file;
    }

    /** Returns the {@code known_hosts} line that trusts this server's host key. */
    public String knownHostsLine() {
        return knownHostsLine(hostKey.getPublic());
    }

    /** Returns a {@code known_hosts} line for this server's address and another key. */
    public String knownHostsLine(PublicKey key) {
        return "[" + HOST + "]:" + port() + " " + PublicKeyEntry.toString(key);
    }

    public String url(String repositoryName) {
        return "ssh://git@" + HOST + ":" + port() + "/" + repositoryName;
    }

    public int port() {
        return server.getPort();
    }

    public PublicKey hostKey() {
        return hostKey.getPublic();
    }

    /** Git commands the server ran. */
    public int commands() {
        return commands.get();
    }

    @Override
    public void close() throws IOException {
        server.stop(true);
    }

    private Command createCommand(String command) {
        Matcher matcher = GIT_COMMAND.matcher(command.trim());
        Path repository = matcher.matches() ? root.resolve(matcher.group(2)).normalize() : null;
        if (repository == null || !repository.startsWith(root) || !Files.isDirectory(repository)) {
            return new GitProcess(null, command);
        }
        commands.incrementAndGet();
        return new GitProcess(List.of("git", matcher.group(1), repository.toString()), command);
    }

    /** One {@code git upload-pack} or {@code receive-pack} process, with its streams joined to the channel. */
    private final class GitProcess implements Command {

        private final List<String> arguments;
        private final String requested;
        private InputStream in;
        private OutputStream out;
        private OutputStream err;
        private ExitCallback exit;
        private Process process;

        GitProcess(List<String> arguments, String requested) {
            this.arguments = arguments;
            this.requested = requested;
        }

        @Override
        public void setInputStream(InputStream stream) {
            in = stream;
        }

        @Override
        public void setOutputStream(OutputStream stream) {
            out = stream;
        }

        @Override
        public void setErrorStream(OutputStream stream) {
            err = stream;
        }

        @Override
        public void setExitCallback(ExitCallback callback) {
            exit = callback;
        }

        @Override
        public void start(ChannelSession channel, Environment env) throws IOException {
            if (arguments == null) {
                err.write(("No such repository or command: " + requested + "\n").getBytes(StandardCharsets.UTF_8));
                err.flush();
                exit.onExit(128, "rejected");
                return;
            }
            ProcessBuilder builder = TestGit.isolatedEnvironment(new ProcessBuilder(arguments), home);
            process = builder.start();
            Thread feeder = pump(in, process.getOutputStream(), true, "ssh-git-stdin");
            Thread stderr = pump(process.getErrorStream(), err, false, "ssh-git-stderr");
            Thread stdout = new Thread(() -> {
                try {
                    copyFlushing(process.getInputStream(), out);
                    stderr.join();
                    exit.onExit(process.waitFor());
                } catch (IOException e) {
                    exit.onExit(255, e.getMessage());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    exit.onExit(255, "interrupted");
                } finally {
                    feeder.interrupt();
                }
            }, "ssh-git-stdout");
            stdout.setDaemon(true);
            stdout.start();
        }

        @Override
        public void destroy(ChannelSession channel) {
            if (process != null) {
                process.destroy();
            }
        }

        /** Copies and flushes after every read, because Git's protocol waits for each reply. */
        private static void copyFlushing(InputStream from, OutputStream to) throws IOException {
            byte[] buffer = new byte[8192];
            for (int read = from.read(buffer); read >= 0; read = from.read(buffer)) {
                to.write(buffer, 0, read);
                to.flush();
            }
        }

        private Thread pump(InputStream from, OutputStream to, boolean closeTarget, String name) {
            Thread thread = new Thread(() -> {
                try {
                    copyFlushing(from, to);
                    if (closeTarget) {
                        to.close();
                    }
                } catch (IOException e) {
                    // The other side closed the stream; the process's exit status reports the outcome.
                }
            }, name);
            thread.setDaemon(true);
            thread.start();
            return thread;
        }
    }
}
