package org.charta.core.git;

import org.charta.core.ChartaException;
import org.charta.core.Identity;
import org.charta.testing.TestGit;
import org.eclipse.jgit.lib.StoredConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IdentitiesTest {

    @TempDir
    Path temp;

    private StoredConfig userConfig;
    private CharterRepository repository;

    @BeforeEach
    void setUp() throws Exception {
        userConfig = TestGit.isolate(temp.resolve("git-config"));
        repository = CharterRepository.init(temp.resolve("charter"));
    }

    @AfterEach
    void tearDown() {
        repository.close();
        TestGit.restore();
    }

    @Test
    void overrideWinsOverConfig() throws Exception {
        setRepositoryIdentity("Config Person", "config@example.org");

        Identity identity = Identities.resolve(repository.repository(), "Ada Lovelace <ada@example.org>");

        assertThat(identity).isEqualTo(new Identity("Ada Lovelace", "ada@example.org"));
    }

    @Test
    void repositoryConfigIsUsed() throws Exception {
        setRepositoryIdentity("Config Person", "config@example.org");

        assertThat(Identities.resolve(repository.repository(), null))
                .isEqualTo(new Identity("Config Person", "config@example.org"));
    }

    @Test
    void globalConfigIsUsed() throws Exception {
        userConfig.setString("user", null, "name", "Global Person");
        userConfig.setString("user", null, "email", "global@example.org");
        userConfig.save();

        try (CharterRepository reopened = CharterRepository.open(repository.folder())) {
            assertThat(Identities.resolve(reopened.repository(), " "))
                    .isEqualTo(new Identity("Global Person", "global@example.org"));
        }
    }

    @Test
    void missingIdentityIsReported() {
        assertThatThrownBy(() -> Identities.resolve(repository.repository(), null))
                .isInstanceOf(ChartaException.class)
                .hasMessageContaining("user.name")
                .hasMessageContaining("--as")
                .extracting(e -> ((ChartaException) e).messageKey())
                .isEqualTo("error.identity.missing");
    }

    @Test
    void nameWithoutEmailIsMissing() throws Exception {
        StoredConfig config = repository.repository().getConfig();
        config.setString("user", null, "name", "Only Name");
        config.save();

        assertThatThrownBy(() -> Identities.resolve(repository.repository(), null))
                .extracting(e -> ((ChartaException) e).messageKey())
                .isEqualTo("error.identity.missing");
    }

    @Test
    void malformedOverrideIsInvalid() {
        assertThatThrownBy(() -> Identities.resolve(repository.repository(), "just a name"))
                .extracting(e -> ((ChartaException) e).messageKey())
                .isEqualTo("error.identity.invalid");
    }

    private void setRepositoryIdentity(String name, String email) throws Exception {
        StoredConfig config = repository.repository().getConfig();
        config.setString("user", null, "name", name);
        config.setString("user", null, "email", email);
        config.save();
    }
}
