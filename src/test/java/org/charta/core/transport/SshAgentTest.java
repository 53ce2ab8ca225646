package org.charta.core.transport;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.config.keys.PublicKeyEntryResolver;
import org.charta.core.ChartaException;
import org.charta.core.git.CharterRepository;
import org.charta.core.git.RemoteSync;
import org.charta.core.git.SyncOutcome;
import org.charta.core.git.SyncResult;
import org.charta.testing.GitSshServer;
import org.charta.testing.IsolatedGitTest;
import org.charta.testing.LogCapture;
import org.charta.testing.TestGit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;

import java.io.File;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * SSH through a real OpenSSH {@code ssh-agent} (started by each test on a socket in its temporary folder) against
 * Apache MINA SSHD running real Git, and key files when the agent is missing, dead or switched off.
 */
@DisabledOnOs(value = OS.WINDOWS, disabledReason = "OpenSSH's agent on Windows listens on a named pipe")
class SshAgentTest extends IsolatedGitTest {

    private Path remotes;
    private Path sshFolder;

    @BeforeEach
    void publishCharter() throws Exception {
        remotes = temp.resolve("remotes");
        TransportFixture.publishCharter(temp, remotes.resolve("charter.git"));
        sshFolder = temp.resolve("home/.ssh");
        Files.createDirectories(sshFolder);
    }

    @Test
    void agentKeyClonesAndSyncs() throws Exception {
        Path agentSocket = startAgent();
        Path keyFile = addAgentKey(agentSocket);
        GitSshServer server = startServer(publicKeyOf(keyFile), "IdentityAgent " + agentSocket);
        RemoteAccess access = access();
        LogCapture logs = new LogCapture(Level.DEBUG);

        CharterRepository clone;
        try (logs) {
            clone = closeLater(Authenticated.run(access, attempt -> RemoteSync.cloneCharter(attempt,
                    server.url("charter.git"), temp.resolve("bob"))));
        }
        Files.writeString(clone.folder().resolve(TransportFixture.ARTICLE_3), "## Article 3\n\nMembers meet twice.\n");
        SyncResult result = Authenticated.run(access,
                attempt -> RemoteSync.sync(attempt, clone, TestGit.BOB, "Edit article 3"));

        assertThat(result.outcome()).isEqualTo(SyncOutcome.SYNCED);
        assertThat(sshFolder.resolve("id_ecdsa")).doesNotExist();
        assertThat(logs.text()).doesNotContain(privateKeyBody(keyFile));
    }

    @Test
    void ed25519AgentKeyDoesNotHideOthers() throws Exception {
        Path agentSocket = startAgent();
        addAgentKey(agentSocket, "ed25519");
        Path keyFile = addAgentKey(agentSocket);
        GitSshServer server = startServer(publicKeyOf(keyFile), "IdentityAgent " + agentSocket);

        CharterRepository clone = closeLater(Authenticated.run(access(), attempt -> RemoteSync.cloneCharter(attempt,
                server.url("charter.git"), temp.resolve("bob"))));

        assertThat(clone.folder().resolve("charter.json")).exists();
    }

    @Test
    void ed25519KeysWorkInAgentAndFile() throws Exception {
        Path agentSocket = startAgent();
        Path agentKey = addAgentKey(agentSocket, "ed25519");
        GitSshServer server = startServer(publicKeyOf(agentKey), "IdentityAgent " + agentSocket);

        CharterRepository viaAgent = closeLater(Authenticated.run(access(), attempt -> RemoteSync.cloneCharter(
                attempt, server.url("charter.git"), temp.resolve("bob"))));
        // The same key as a file in the SSH folder, with no agent: ssh-keygen's default key type.
        Files.copy(agentKey, sshFolder.resolve("id_ed25519"));
        Files.writeString(sshFolder.resolve("config"), "Host *\n  IdentityAgent none\n");
        CharterRepository viaFile = closeLater(Authenticated.run(access(), attempt -> RemoteSync.cloneCharter(
                attempt, server.url("charter.git"), temp.resolve("carol"))));

        assertThat(viaAgent.folder().resolve("charter.json")).exists();
        assertThat(viaFile.folder().resolve("charter.json")).exists();
    }

    @Test
    void missingAgentSocketFallsBackToKey() throws Exception {
        Path missing = temp.resolve("missing-agent.sock");
        String url = startServerWithKeyFile("IdentityAgent " + missing).url("charter.git");
        LogCapture logs = new LogCapture(Level.INFO);

        CharterRepository clone;
        try (logs) {
            clone = closeLater(Authenticated.run(access(),
                    attempt -> RemoteSync.cloneCharter(attempt, url, temp.resolve("bob"))));
        }

        assertThat(clone.folder().resolve("charter.json")).exists();
        assertThat(agentEvents(logs)).singleElement().satisfies(event -> {
            assertThat(event.getLevel()).isEqualTo(Level.INFO);
            assertThat(event.getFormattedMessage()).contains(missing.toString());
        });
        assertThat(logs.events()).noneMatch(event -> event.getLevel().isGreaterOrEqual(Level.ERROR));
    }

    @Test
    void deadAgentSocketFallsBackToKey() throws Exception {
        Path dead = temp.resolve("dead-agent.sock");
        ServerSocketChannel.open(StandardProtocolFamily.UNIX).bind(UnixDomainSocketAddress.of(dead)).close();
        String url = startServerWithKeyFile("IdentityAgent " + dead).url("charter.git");

        CharterRepository clone = closeLater(Authenticated.run(access(),
                attempt -> RemoteSync.cloneCharter(attempt, url, temp.resolve("bob"))));

        assertThat(dead).exists();
        assertThat(clone.folder().resolve("charter.json")).exists();
    }

    @Test
    void identityAgentNoneIgnoresAgent() throws Exception {
        Path agentSocket = startAgent();
        Path keyFile = addAgentKey(agentSocket);
        GitSshServer server = startServer(publicKeyOf(keyFile), "IdentityAgent none");
        Path target = temp.resolve("bob");

        ChartaException error = catchThrowableOfType(ChartaException.class, () -> Authenticated.run(access(),
                attempt -> RemoteSync.cloneCharter(attempt, server.url("charter.git"), target)));

        assertThat(error.messageKey()).isEqualTo("error.transport.badCredentials");
        assertThat(target).doesNotExist();
        assertThat(server.commands()).isZero();
    }

    @Test
    void identityAgentValueNamesSocket() {
        assertThat(UnixAgentConnectorFactory.socketOf("none")).isNull();
        assertThat(UnixAgentConnectorFactory.socketOf("/run/agent.sock")).isEqualTo(Path.of("/run/agent.sock"));
    }

    private RemoteAccess access() {
        return closeLater(RemoteAccess.builder().homeFolder(temp.resolve("home")).sshFolder(sshFolder).build());
    }

    /** Starts a server that accepts the key, trusted in {@code known_hosts}, with one line of SSH config. */
    private GitSshServer startServer(PublicKey userKey, String configLine) throws Exception {
        GitSshServer server = closeLater(GitSshServer.start(remotes, userKey));
        Files.writeString(sshFolder.resolve("known_hosts"), server.knownHostsLine() + "\n");
        Files.writeString(sshFolder.resolve("config"), "Host *\n  " + configLine + "\n");
        return server;
    }

    private GitSshServer startServerWithKeyFile(String configLine) throws Exception {
        var user = GitSshServer.generateKey();
        GitSshServer.writeIdentity(user, sshFolder);
        return startServer(user.getPublic(), configLine);
    }

    /** Starts {@code ssh-agent} in the foreground on a socket in the temporary folder, stopped after the test. */
    private Path startAgent() throws Exception {
        assumeTrue(onPath("ssh-agent") && onPath("ssh-add") && onPath("ssh-keygen"),
                "ssh-agent, ssh-add and ssh-keygen are needed");
        Path socket = temp.resolve("agent.sock");
        Process agent = new ProcessBuilder("ssh-agent", "-D", "-a", socket.toString())
                .redirectErrorStream(true).redirectOutput(temp.resolve("ssh-agent.log").toFile()).start();
        closeLater(() -> {
            agent.destroy();
            if (!agent.waitFor(10, TimeUnit.SECONDS)) {
                agent.destroyForcibly();
            }
        });
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!Files.exists(socket) && agent.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(socket).as("ssh-agent socket").exists();
        return socket;
    }

    /** Generates an ECDSA P-256 key outside the SSH folder, adds it to the agent and returns its private key file. */
    private Path addAgentKey(Path agentSocket) throws Exception {
        return addAgentKey(agentSocket, "ecdsa");
    }

    private Path addAgentKey(Path agentSocket, String type) throws Exception {
        Path keyFile = temp.resolve("agent-key/id_" + type);
        Files.createDirectories(keyFile.getParent());
        run(List.of("ssh-keygen", "-q", "-t", type, "-N", "", "-C", "charta-agent-test", "-f",
                keyFile.toString()), null);
        run(List.of("ssh-add", keyFile.toString()), agentSocket);
        return keyFile;
    }

    private void run(List<String> command, Path agentSocket) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(temp.resolve(command.get(0) + ".log").toFile());
        if (agentSocket != null) {
            builder.environment().put("SSH_AUTH_SOCK", agentSocket.toString());
        }
        Process process = builder.start();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).as(command.get(0) + " finished").isTrue();
        assertThat(process.exitValue()).as(command.get(0) + " exit status").isZero();
    }

    private static PublicKey publicKeyOf(Path keyFile) throws Exception {
        String line = Files.readString(Path.of(keyFile + ".pub")).trim();
        return PublicKeyEntry.parsePublicKeyEntry(line).resolvePublicKey(null, Map.of(),
                PublicKeyEntryResolver.FAILING);
    }

    /** Returns the longest base64 line of the private key file, which no log line may contain. */
    private static String privateKeyBody(Path keyFile) throws IOException {
        return Files.readAllLines(keyFile).stream().filter(line -> !line.startsWith("-----"))
                .max((a, b) -> Integer.compare(a.length(), b.length())).orElseThrow();
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String folder : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(folder, program))) {
                return true;
            }
        }
        return false;
    }

    private static List<ILoggingEvent> agentEvents(LogCapture logs) {
        List<ILoggingEvent> events = new ArrayList<>();
        for (ILoggingEvent event : logs.events()) {
            if (event.getLoggerName().equals(UnixAgentConnector.class.getName())
                    && event.getLevel().isGreaterOrEqual(Level.INFO)) {
                events.add(event);
            }
        }
        return events;
    }
}
