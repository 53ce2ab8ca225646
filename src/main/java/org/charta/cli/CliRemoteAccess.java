package org.charta.cli;

import org.charta.core.transport.Credential;
import org.charta.core.transport.CredentialPrompt;
import org.charta.core.transport.CredentialRequest;
import org.charta.core.transport.CredentialStore;
import org.charta.core.transport.HostKeyPrompt;
import org.charta.core.transport.HostKeyRequest;
import org.charta.core.transport.PassphrasePrompt;
import org.charta.core.transport.PassphraseRequest;
import org.charta.core.transport.RemoteAccess;
import org.charta.core.transport.TaskProgress;

import java.io.Console;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * Remote access for the command line. Credentials come from {@code CHARTA_USERNAME} and {@code CHARTA_TOKEN} on the
 * first attempt, then from the console (the token without echo). The passphrase of an encrypted SSH key comes from
 * {@code CHARTA_SSH_PASSPHRASE} on the first try, then from the console without echo; it is kept in memory for
 * this run only. An unknown SSH host key prompts y/N on the console. Without a console, or with {@code --no-prompt},
 * nothing is asked and the operation fails with the message of the missing or rejected credential or passphrase,
 * or of the rejected host key.
 */
final class CliRemoteAccess {

    static final String USERNAME_VARIABLE = "CHARTA_USERNAME";
    static final String TOKEN_VARIABLE = "CHARTA_TOKEN";
    static final String PASSPHRASE_VARIABLE = "CHARTA_SSH_PASSPHRASE";

    /** The user name Git hosts accept with a token when the person gives none. */
    private static final String TOKEN_USER = "git";

    private final CliContext cli;
    private final Console console;
    private final Map<String, String> environment;

    CliRemoteAccess(CliContext cli, Console console, Map<String, String> environment) {
        this.cli = cli;
        this.console = console;
        this.environment = environment;
    }

    /** Builds the access for one command: {@code console} is null without a console or with {@code --no-prompt}. */
    static RemoteAccess create(CliContext cli, boolean noPrompt) {
        Console console = noPrompt ? null : System.console();
        CliRemoteAccess access = new CliRemoteAccess(cli, console, System.getenv());
        return RemoteAccess.builder()
                .credentialPrompt(access::askCredential)
                .hostKeyPrompt(access::askHostKey)
                .passphrasePrompt(access::askPassphrase)
                .store(CredentialStore.system())
                .progress(cli.terminal() ? new TerminalProgress(cli) : TaskProgress.NONE)
                .build();
    }

    CredentialPrompt.Answer askCredential(CredentialRequest request) {
        String token = environment.get(TOKEN_VARIABLE);
        String username = environment.getOrDefault(USERNAME_VARIABLE,
                request.username() != null ? request.username() : TOKEN_USER);
        if (!request.retry() && token != null && !token.isEmpty()) {
            return CredentialPrompt.Answer.given(new Credential(username, token), false);
        }
        if (console == null) {
            return CredentialPrompt.Answer.unavailable();
        }
        String host = request.target().host();
        if (request.retry()) {
            cli.sayError("transport.incorrect", host);
            cli.err().flush();
        }
        String typed = console.readLine("%s", cli.text("transport.username", host));
        char[] secret = console.readPassword("%s", cli.text("transport.token", host));
        if (typed == null || secret == null || secret.length == 0) {
            return CredentialPrompt.Answer.cancelled();
        }
        String user = typed.isBlank() ? username : typed.trim();
        return CredentialPrompt.Answer.given(new Credential(user, new String(secret)), true);
    }

    PassphrasePrompt.Answer askPassphrase(PassphraseRequest request) {
        String fromEnvironment = environment.get(PASSPHRASE_VARIABLE);
        if (!request.retry() && fromEnvironment != null && !fromEnvironment.isEmpty()) {
            return PassphrasePrompt.Answer.given(fromEnvironment);
        }
        if (console == null) {
            return PassphrasePrompt.Answer.unavailable();
        }
        String keyFile = request.keyFile().toString();
        if (request.retry()) {
            cli.sayError("transport.passphraseIncorrect", keyFile);
            cli.err().flush();
        }
        char[] typed = console.readPassword("%s", cli.text("transport.passphrase", keyFile));
        if (typed == null || typed.length == 0) {
            return PassphrasePrompt.Answer.cancelled();
        }
        String passphrase = new String(typed);
        Arrays.fill(typed, '\0');
        return PassphrasePrompt.Answer.given(passphrase);
    }

    boolean askHostKey(HostKeyRequest request) {
        if (console == null) {
            return false;
        }
        String answer = console.readLine("%s", cli.text("transport.hostKey", request.host(), request.keyType(),
                request.fingerprint()));
        if (answer == null) {
            return false;
        }
        String word = answer.trim().toLowerCase(Locale.ROOT);
        return word.equals("y") || word.equals("yes") || word.equals("o") || word.equals("oui");
    }

    /** Prints the phase and percentage on one line of the error stream, as Git does on a terminal. */
    private static final class TerminalProgress implements TaskProgress {

        private final CliContext cli;

        TerminalProgress(CliContext cli) {
            this.cli = cli;
        }

        @Override
        public void update(String phase, int done, int total) {
            String line = total > 0
                    ? cli.text("progress.amount", phase, (double) done / total, done, total)
                    : cli.text("progress.count", phase, done);
            cli.err().print("\r" + line + (total > 0 && done >= total ? "\n" : ""));
            cli.err().flush();
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    }
}
