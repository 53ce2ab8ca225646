package org.charta.core.transport;

import org.charta.testing.TestGit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Git's credential helper ({@code cache}, a memory daemon) behind {@link GitCredentialStore}. */
class GitCredentialStoreTest {

    private static final CredentialTarget TARGET = new CredentialTarget("https", "127.0.0.1:8443", null);
    private static final Credential CREDENTIAL = new Credential("alice", "token-in-cache-1234");

    @TempDir
    Path temp;

    private Path home;
    private Map<String, String> environment;

    @BeforeEach
    void configureHelper() throws Exception {
        home = temp.resolve("home");
        ProcessBuilder builder = TestGit.isolatedEnvironment(new ProcessBuilder(), home);
        environment = new HashMap<>(builder.environment());
        // The cache daemon refuses a socket folder that others can read, so it gets its own.
        TestGit.runGit(temp, home, "config", "--global", "credential.helper",
                "cache --timeout=300 --socket=" + temp.resolve("cache/sock"));
    }

    @AfterEach
    void stopCacheDaemon() throws Exception {
        TestGit.runGit(temp, home, "credential-cache", "--socket=" + temp.resolve("cache/sock"), "exit");
    }

    @Test
    void helperIsDetectedWhenConfigured() {
        assertThat(GitCredentialStore.detect(environment)).isPresent();
    }

    @Test
    void noHelperMeansMemoryStore() throws Exception {
        Map<String, String> bare = new HashMap<>(environment);
        bare.put("HOME", temp.resolve("other-home").toString());
        bare.put("XDG_CONFIG_HOME", temp.resolve("other-home/.config").toString());

        assertThat(CredentialStore.forEnvironment(bare)).isInstanceOf(MemoryCredentialStore.class);
    }

    @Test
    void approvedCredentialIsFilled() {
        GitCredentialStore store = GitCredentialStore.detect(environment).orElseThrow();

        store.approve(TARGET, CREDENTIAL);

        assertThat(store.fill(TARGET)).contains(CREDENTIAL);
    }

    @Test
    void rejectedCredentialIsForgotten() {
        GitCredentialStore store = GitCredentialStore.detect(environment).orElseThrow();
        store.approve(TARGET, CREDENTIAL);

        store.reject(TARGET, CREDENTIAL);

        assertThat(store.fill(TARGET)).isEqualTo(Optional.empty());
    }

    @Test
    void credentialTextHidesSecret() {
        assertThat(CREDENTIAL.toString()).doesNotContain(CREDENTIAL.secret());
    }
}
