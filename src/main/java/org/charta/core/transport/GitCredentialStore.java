package org.charta.core.transport;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Git's credential helper ({@code git credential fill|approve|reject}) as a {@link CredentialStore}: the helper
 * that the person configured (the operating system's keyring, {@code cache}, a password manager) keeps the
 * secret. Each call runs one child {@code git} process that reads the credential protocol on standard input.
 * Terminal and askpass prompts are switched off, because Charta prompts through its own window or console.
 */
public final class GitCredentialStore implements CredentialStore {

    private static final Logger LOG = LoggerFactory.getLogger(GitCredentialStore.class);

    /** A helper that does not reply within this time counts as having nothing stored. */
    private static final long TIMEOUT_SECONDS = 20;

    private static final List<String> PROMPT_VARIABLES = List.of("GIT_ASKPASS", "SSH_ASKPASS", "DISPLAY");

    private final Map<String, String> environment;

    private GitCredentialStore(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    /**
     * Returns a store over Git's credential helper when child {@code git} processes with this environment have
     * {@code credential.helper} configured, else empty (also when {@code git} cannot run).
     */
    public static Optional<GitCredentialStore> detect(Map<String, String> environment) {
        GitCredentialStore store = new GitCredentialStore(environment);
        try {
            Result result = store.run("", "config", "--get-all", "credential.helper");
            if (result.status() == 0 && !result.output().isBlank()) {
                LOG.info("Credentials go through Git's credential helper");
                return Optional.of(store);
            }
        } catch (IOException e) {
            LOG.warn("Could not read credential.helper from Git's configuration", e);
        }
        return Optional.empty();
    }

    @Override
    public Optional<Credential> fill(CredentialTarget target) {
        try {
            Result result = run(describe(target, null), "credential", "fill");
            if (result.status() != 0) {
                LOG.debug("Git's credential helper has nothing for {}", target.host());
                return Optional.empty();
            }
            Map<String, String> fields = parse(result.output());
            String username = fields.get("username");
            String password = fields.get("password");
            if (username == null || password == null) {
                return Optional.empty();
            }
            LOG.info("Git's credential helper has a credential for {} (user {})", target.host(), username);
            return Optional.of(new Credential(username, password));
        } catch (IOException e) {
            LOG.warn("Git's credential helper failed for {}", target.host(), e);
            return Optional.empty();
        }
    }

    @Override
    public void approve(CredentialTarget target, Credential credential) {
        send("approve", target, credential);
    }

    @Override
    public void reject(CredentialTarget target, Credential credential) {
        send("reject", target, credential);
    }

    @Override
    public boolean persistent() {
        return true;
    }

    private void send(String action, CredentialTarget target, Credential credential) {
        try {
            Result result = run(describe(target, credential), "credential", action);
            if (result.status() != 0) {
                LOG.warn("git credential {} for {} exited with status {}", action, target.host(), result.status());
            } else {
                LOG.info("git credential {} for {} (user {})", action, target.host(), credential.username());
            }
        } catch (IOException e) {
            LOG.warn("git credential {} for {} failed", action, target.host(), e);
        }
    }

    /** Writes the credential protocol lines; a value with a line break or NUL would end the record early. */
    private static String describe(CredentialTarget target, Credential credential) throws IOException {
        StringBuilder text = new StringBuilder();
        line(text, "protocol", target.protocol());
        line(text, "host", target.host());
        String username = credential != null ? credential.username() : target.username();
        if (username != null) {
            line(text, "username", username);
        }
        if (credential != null) {
            line(text, "password", credential.secret());
        }
        return text.append('\n').toString();
    }

    private static void line(StringBuilder text, String key, String value) throws IOException {
        if (value.indexOf('\n') >= 0 || value.indexOf('\0') >= 0) {
            throw new IOException("The credential field " + key + " contains a line break or NUL");
        }
        text.append(key).append('=').append(value).append('\n');
    }

    private static Map<String, String> parse(String output) {
        Map<String, String> fields = new HashMap<>();
        for (String line : output.split("\n")) {
            int equals = line.indexOf('=');
            if (equals > 0) {
                fields.put(line.substring(0, equals), line.substring(equals + 1));
            }
        }
        return fields;
    }

    private Result run(String input, String... arguments) throws IOException {
        String[] command = new String[arguments.length + 1];
        command[0] = "git";
        System.arraycopy(arguments, 0, command, 1, arguments.length);
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().clear();
        builder.environment().putAll(environment);
        PROMPT_VARIABLES.forEach(builder.environment()::remove);
        builder.environment().put("GIT_TERMINAL_PROMPT", "0");
        Process process = builder.start();
        try (OutputStream stdin = process.getOutputStream()) {
            stdin.write(input.getBytes(StandardCharsets.UTF_8));
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException("git " + arguments[0] + " did not finish within " + TIMEOUT_SECONDS + " s");
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while waiting for git " + arguments[0], e);
        }
        return new Result(process.exitValue(), output);
    }

    private record Result(int status, String output) {
    }
}
