package org.charta.cli;

import org.charta.core.transport.Credential;
import org.charta.core.transport.CredentialPrompt;
import org.charta.core.transport.CredentialRequest;
import org.charta.core.transport.CredentialTarget;
import org.charta.core.transport.HostKeyRequest;
import org.charta.core.transport.PassphrasePrompt;
import org.charta.core.transport.PassphraseRequest;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Credentials from the environment and the behaviour without a console. */
class CliRemoteAccessTest {

    private static final PassphraseRequest FIRST_PASSPHRASE = new PassphraseRequest(Path.of("id_ed25519"), false);
    private static final CredentialTarget TARGET = new CredentialTarget("https", "127.0.0.1:8443", null);

    private final CliContext context = new CliContext(new PrintWriter(new StringWriter()),
            new PrintWriter(new StringWriter()), Locale.ENGLISH, false);

    private CliRemoteAccess withEnvironment(Map<String, String> environment) {
        return new CliRemoteAccess(context, null, environment);
    }

    @Test
    void environmentTokenAnswersFirstAttempt() {
        CliRemoteAccess access = withEnvironment(Map.of("CHARTA_USERNAME", "alice", "CHARTA_TOKEN", "t0ken"));

        CredentialPrompt.Answer answer = access.askCredential(new CredentialRequest(TARGET, null, false, true));

        assertThat(answer.kind()).isEqualTo(CredentialPrompt.Kind.GIVEN);
        assertThat(answer.credential()).isEqualTo(new Credential("alice", "t0ken"));
    }

    @Test
    void environmentTokenIsNotRetried() {
        CliRemoteAccess access = withEnvironment(Map.of("CHARTA_TOKEN", "t0ken"));

        CredentialPrompt.Answer answer = access.askCredential(new CredentialRequest(TARGET, null, true, true));

        assertThat(answer.kind()).isEqualTo(CredentialPrompt.Kind.UNAVAILABLE);
    }

    @Test
    void withoutConsoleNothingIsAsked() {
        CliRemoteAccess access = withEnvironment(Map.of());

        CredentialPrompt.Answer answer = access.askCredential(new CredentialRequest(TARGET, null, false, true));

        assertThat(answer.kind()).isEqualTo(CredentialPrompt.Kind.UNAVAILABLE);
    }

    @Test
    void withoutConsoleHostKeyIsRejected() {
        CliRemoteAccess access = withEnvironment(Map.of());

        assertThat(access.askHostKey(new HostKeyRequest("127.0.0.1:2222", "ssh-ed25519", "SHA256:x"))).isFalse();
    }

    @Test
    void tokenUserDefaultsToGit() {
        CliRemoteAccess access = withEnvironment(Map.of("CHARTA_TOKEN", "t0ken"));

        CredentialPrompt.Answer answer = access.askCredential(new CredentialRequest(TARGET, null, false, true));

        assertThat(answer.credential().username()).isEqualTo("git");
    }

    @Test
    void environmentPassphraseAnswersFirstTry() {
        CliRemoteAccess access = withEnvironment(Map.of("CHARTA_SSH_PASSPHRASE", "s3cret"));

        PassphrasePrompt.Answer answer = access.askPassphrase(FIRST_PASSPHRASE);

        assertThat(answer).isEqualTo(PassphrasePrompt.Answer.given("s3cret"));
    }

    @Test
    void environmentPassphraseIsNotRetried() {
        CliRemoteAccess access = withEnvironment(Map.of("CHARTA_SSH_PASSPHRASE", "s3cret"));

        PassphrasePrompt.Answer answer = access.askPassphrase(new PassphraseRequest(Path.of("id_ed25519"), true));

        assertThat(answer.kind()).isEqualTo(CredentialPrompt.Kind.UNAVAILABLE);
    }

    @Test
    void withoutConsolePassphraseIsUnavailable() {
        CliRemoteAccess access = withEnvironment(Map.of());

        PassphrasePrompt.Answer answer = access.askPassphrase(FIRST_PASSPHRASE);

        assertThat(answer.kind()).isEqualTo(CredentialPrompt.Kind.UNAVAILABLE);
    }
}
