package org.charta.core.git;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Addresses as logs and messages show them: never with a password or a token. */
class RemoteUrlsRedactTest {

    @Test
    void passwordIsRemovedUserKept() {
        assertThat(RemoteUrls.redact("https://ana:s3cret@example.org/charter.git"))
                .isEqualTo("https://ana@example.org/charter.git");
    }

    @Test
    void tokenAsUserNameIsMasked() {
        assertThat(RemoteUrls.redact("https://ghp_token123@example.org/charter.git"))
                .isEqualTo("https://***@example.org/charter.git");
    }

    @Test
    void sshUserAndLocalPathStay() {
        assertThat(RemoteUrls.redact("ssh://git@example.org/charter.git")).isEqualTo("ssh://git@example.org/charter.git");
        assertThat(RemoteUrls.redact("/srv/git/charter.git")).isEqualTo("/srv/git/charter.git");
    }
}
