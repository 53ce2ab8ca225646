package org.charta.core.transport;

import org.charta.core.ChartaException;
import org.charta.core.git.CharterRepository;
import org.charta.core.git.RemoteSync;
import org.charta.core.git.SyncOutcome;
import org.charta.core.git.SyncResult;
import org.charta.testing.GitSshServer;
import org.charta.testing.IsolatedGitTest;
import org.charta.testing.TestGit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** SSH with a key file, {@code known_hosts} and host key prompts against Apache MINA SSHD running real Git. */
class SshTransportTest extends IsolatedGitTest {

    private Path sshFolder;
    private Path knownHosts;
    private GitSshServer server;
    private String url;

    @BeforeEach
    void startServer() throws Exception {
        Path remotes = temp.resolve("remotes");
        TransportFixture.publishCharter(temp, remotes.resolve("charter.git"));
        sshFolder = temp.resolve("home/.ssh");
        knownHosts = sshFolder.resolve("known_hosts");
        KeyPair user = GitSshServer.generateKey();
        GitSshServer.writeIdentity(user, sshFolder);
        server = closeLater(GitSshServer.start(remotes, user.getPublic()));
        url = server.url("charter.git");
    }

    private RemoteAccess access(HostKeyPrompt prompt) {
        return RemoteAccess.builder().homeFolder(temp.resolve("home")).sshFolder(sshFolder).hostKeyPrompt(prompt)
                .build();
    }

    @Test
    void cloneAndSyncWithKey() throws Exception {
        Files.writeString(knownHosts, server.knownHostsLine() + "\n");
        RemoteAccess access = access(HostKeyPrompt.REJECT);

        CharterRepository clone = closeLater(Authenticated.run(access,
                attempt -> RemoteSync.cloneCharter(attempt, url, temp.resolve("bob"))));
        Files.writeString(clone.folder().resolve(TransportFixture.ARTICLE_3), "## Article 3\n\nMembers meet twice.\n");
        SyncResult result = Authenticated.run(access,
                attempt -> RemoteSync.sync(attempt, clone, TestGit.BOB, "Edit article 3"));

        assertThat(result.outcome()).isEqualTo(SyncOutcome.SYNCED);
        access.close();
    }

    @Test
    void acceptedUnknownHostKeyIsStored() throws Exception {
        var prompt = new TransportFixture.ScriptedHostKeyPrompt(true);

        closeLater(Authenticated.run(access(prompt),
                attempt -> RemoteSync.cloneCharter(attempt, url, temp.resolve("bob"))));
        closeLater(Authenticated.run(access(prompt),
                attempt -> RemoteSync.cloneCharter(attempt, url, temp.resolve("carol"))));

        assertThat(prompt.requests).hasSize(1);
        assertThat(prompt.requests.get(0).host()).isEqualTo("127.0.0.1:" + server.port());
        assertThat(prompt.requests.get(0).fingerprint()).startsWith("SHA256:");
        assertThat(knownHosts).exists();
    }

    @Test
    void refusedUnknownHostKeyChangesNothing() {
        var prompt = new TransportFixture.ScriptedHostKeyPrompt(false);
        Path target = temp.resolve("bob");

        ChartaException error = catchThrowableOfType(ChartaException.class, () -> Authenticated.run(
                access(prompt), attempt -> RemoteSync.cloneCharter(attempt, url, target)));

        assertThat(error.messageKey()).isEqualTo("error.transport.hostKeyRejected");
        assertThat(error.localizedMessage(Locale.ENGLISH)).contains("127.0.0.1:" + server.port());
        assertThat(prompt.requests).hasSize(1);
        assertThat(knownHosts).doesNotExist();
        assertThat(target).doesNotExist();
        assertThat(server.commands()).isZero();
    }

    @Test
    void changedHostKeyIsRefused() throws Exception {
        String stale = server.knownHostsLine(GitSshServer.generateKey().getPublic()) + "\n";
        Files.writeString(knownHosts, stale);
        var prompt = new TransportFixture.ScriptedHostKeyPrompt(true);
        Path target = temp.resolve("bob");

        ChartaException error = catchThrowableOfType(ChartaException.class, () -> Authenticated.run(
                access(prompt), attempt -> RemoteSync.cloneCharter(attempt, url, target)));

        assertThat(error.messageKey()).isEqualTo("error.transport.hostKeyChanged");
        assertThat(error.localizedMessage(Locale.ENGLISH)).contains("127.0.0.1:" + server.port())
                .contains("known_hosts");
        assertThat(prompt.requests).isEmpty();
        assertThat(Files.readString(knownHosts)).isEqualTo(stale);
        assertThat(target).doesNotExist();
    }

    @Test
    void scpLikeAddressIsAccepted() throws Exception {
        Files.writeString(sshFolder.resolve("config"), "Host charta-test\n  HostName 127.0.0.1\n  Port "
                + server.port() + "\n  User git\n");
        Files.writeString(knownHosts, server.knownHostsLine() + "\n");

        CharterRepository clone = closeLater(Authenticated.run(access(HostKeyPrompt.REJECT),
                attempt -> RemoteSync.cloneCharter(attempt, "charta-test:charter.git", temp.resolve("bob"))));

        assertThat(clone.folder().resolve("charter.json")).exists();
    }
}
