package org.charta.core.transport;

import ch.qos.logback.classic.Level;
import org.charta.core.ChartaException;
import org.charta.core.git.CharterRepository;
import org.charta.core.git.RemoteSync;
import org.charta.core.i18n.Messages;
import org.charta.testing.GitSshServer;
import org.charta.testing.IsolatedGitTest;
import org.charta.testing.LogCapture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.charta.core.transport.PassphrasePrompt.Answer;

/** Encrypted SSH keys against Apache MINA SSHD running real Git: passphrase prompts, retries, cancel and memory. */
class SshPassphraseTest extends IsolatedGitTest {

    private static final String PASSPHRASE = "right-Passphrase-7319";
    private static final String WRONG = "wrong-Passphrase-4410";

    private Path sshFolder;
    private Path keyFile;
    private GitSshServer server;
    private String url;

    @BeforeEach
    void startServer() throws Exception {
        Path remotes = temp.resolve("remotes");
        TransportFixture.publishCharter(temp, remotes.resolve("charter.git"));
        sshFolder = temp.resolve("home/.ssh");
        KeyPair user = GitSshServer.generateKey();
        keyFile = GitSshServer.writeEncryptedIdentity(user, sshFolder, PASSPHRASE);
        server = closeLater(GitSshServer.start(remotes, user.getPublic()));
        Files.writeString(sshFolder.resolve("known_hosts"), server.knownHostsLine() + "\n");
        url = server.url("charter.git");
    }

    private RemoteAccess access(PassphrasePrompt prompt, PassphraseCache cache) {
        return closeLater(RemoteAccess.builder().homeFolder(temp.resolve("home")).sshFolder(sshFolder)
                .passphrasePrompt(prompt).passphrases(cache).build());
    }

    private CharterRepository cloneWith(RemoteAccess access, String folder) throws ChartaException {
        return closeLater(Authenticated.run(access,
                attempt -> RemoteSync.cloneCharter(attempt, url, temp.resolve(folder))));
    }

    private ChartaException cloneFails(RemoteAccess access, Path target) {
        return catchThrowableOfType(ChartaException.class, () -> Authenticated.run(access,
                attempt -> RemoteSync.cloneCharter(attempt, url, target)));
    }

    @Test
    void rightPassphraseClones() throws Exception {
        var prompt = new ScriptedPassphrases(index -> Answer.given(PASSPHRASE));

        CharterRepository clone = cloneWith(access(prompt, new PassphraseCache()), "bob");

        assertThat(clone.folder().resolve("charter.json")).exists();
        assertThat(prompt.requests).containsExactly(new PassphraseRequest(keyFile, false));
    }

    @Test
    void wrongThenRightAsksTwice() throws Exception {
        var prompt = new ScriptedPassphrases(index -> Answer.given(index == 1 ? WRONG : PASSPHRASE));

        CharterRepository clone = cloneWith(access(prompt, new PassphraseCache()), "bob");

        assertThat(clone.folder().resolve("charter.json")).exists();
        assertThat(prompt.requests).containsExactly(new PassphraseRequest(keyFile, false),
                new PassphraseRequest(keyFile, true));
    }

    @Test
    void threeWrongPassphrasesStop() {
        var prompt = new ScriptedPassphrases(index -> Answer.given(WRONG));
        Path target = temp.resolve("bob");

        ChartaException error = cloneFails(access(prompt, new PassphraseCache()), target);

        assertThat(error.messageKey()).isEqualTo("error.transport.wrongPassphrase");
        assertThat(error.localizedMessage(Locale.ENGLISH)).contains(keyFile.toString())
                .contains("127.0.0.1:" + server.port());
        assertThat(prompt.requests).hasSize(KeyPassphrases.MAX_PROMPTS);
        assertThat(target).doesNotExist();
    }

    @Test
    void cancelStopsAtOnce() {
        var prompt = new ScriptedPassphrases(index -> Answer.cancelled());
        Path target = temp.resolve("bob");

        ChartaException error = cloneFails(access(prompt, new PassphraseCache()), target);

        assertThat(error.messageKey()).isEqualTo("error.transport.cancelled");
        assertThat(error.localizedMessage(Locale.ENGLISH)).contains("127.0.0.1:" + server.port());
        assertThat(prompt.requests).hasSize(1);
        assertThat(target).doesNotExist();
    }

    @Test
    void keptPassphraseServesNextOperation() throws Exception {
        var prompt = new ScriptedPassphrases(index -> Answer.given(PASSPHRASE));
        PassphraseCache cache = new PassphraseCache();

        cloneWith(access(prompt, cache), "bob");
        cloneWith(access(prompt, cache), "carol");
        CharterRepository background = cloneWith(access(PassphrasePrompt.NONE, cache), "dave");

        assertThat(prompt.requests).hasSize(1);
        assertThat(background.folder().resolve("charter.json")).exists();
    }

    @Test
    void staleKeptPassphraseAsksAgain() throws Exception {
        var prompt = new ScriptedPassphrases(index -> Answer.given(PASSPHRASE));
        PassphraseCache cache = new PassphraseCache();
        cache.put(keyFile.toString(), WRONG);

        cloneWith(access(prompt, cache), "bob");

        assertThat(prompt.requests).containsExactly(new PassphraseRequest(keyFile, true));
        assertThat(cache.get(keyFile.toString())).contains(PASSPHRASE);
    }

    @Test
    void backgroundWithoutPassphraseFails() {
        Path target = temp.resolve("bob");

        ChartaException error = cloneFails(access(PassphrasePrompt.NONE, new PassphraseCache()), target);

        assertThat(error.messageKey()).isEqualTo("error.transport.passphraseUnavailable");
        assertThat(error.localizedMessage(Locale.ENGLISH)).contains(keyFile.toString());
        assertThat(target).doesNotExist();
    }

    @Test
    void logsNeverContainPassphrase() throws Exception {
        try (LogCapture logs = new LogCapture(Level.DEBUG)) {
            var prompt = new ScriptedPassphrases(index -> Answer.given(index == 1 ? WRONG : PASSPHRASE));
            cloneWith(access(prompt, new PassphraseCache()), "bob");

            assertThat(logs.events()).isNotEmpty();
            assertThat(logs.text()).doesNotContain(PASSPHRASE).doesNotContain(WRONG);
        }
    }

    @Test
    void answerHidesPassphrase() {
        assertThat(Answer.given(PASSPHRASE).toString()).doesNotContain(PASSPHRASE);
    }

    @Test
    void passphraseMessagesExistInFrench() {
        String wrong = Messages.format(Locale.FRENCH, "error.transport.wrongPassphrase", "example.org", "/k/id");
        String unavailable = Messages.format(Locale.FRENCH, "error.transport.passphraseUnavailable", "example.org",
                "/k/id");

        assertThat(wrong).contains("/k/id").contains("phrase de passe");
        assertThat(unavailable).contains("/k/id").contains("CHARTA_SSH_PASSPHRASE");
    }

    /** A passphrase prompt that answers by request number (from 1) and records each request. */
    private static final class ScriptedPassphrases implements PassphrasePrompt {

        final List<PassphraseRequest> requests = new ArrayList<>();
        private final IntFunction<Answer> answers;

        ScriptedPassphrases(IntFunction<Answer> answers) {
            this.answers = answers;
        }

        @Override
        public synchronized Answer ask(PassphraseRequest request) {
            requests.add(request);
            return answers.apply(requests.size());
        }
    }
}
