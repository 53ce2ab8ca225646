package org.charta.core.governance;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EmailAddressesTest {

    @Test
    void plainAddressGivesReadableSlug() {
        assertThat(EmailAddresses.slug("alice@example.org")).isEqualTo("alice-example-org");
        assertThat(EmailAddresses.slug(" Alice.Diop@Example.ORG ")).isEqualTo("alice-diop-example-org");
    }

    @Test
    void otherCharactersAddHash() {
        String plus = EmailAddresses.slug("a+b@x.org");
        String hyphen = EmailAddresses.slug("a-b@x.org");

        assertThat(hyphen).isEqualTo("a-b-x-org");
        assertThat(plus).startsWith("a-b-x-org-").hasSize("a-b-x-org-".length() + 8);
        assertThat(plus).isNotEqualTo(hyphen);
    }

    @Test
    void arabicAddressesStayApart() {
        String first = EmailAddresses.slug("محمد@example.org");
        String second = EmailAddresses.slug("علي@example.org");

        assertThat(first).startsWith("example-org-").matches("[a-z0-9-]+");
        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void validityFollowsGitRule() {
        assertThat(EmailAddresses.isValid("alice@example.org")).isTrue();
        assertThat(EmailAddresses.isValid("alice")).isFalse();
        assertThat(EmailAddresses.isValid("alice@@example.org")).isFalse();
        assertThat(EmailAddresses.isValid("al ice@example.org")).isFalse();
        assertThat(EmailAddresses.isValid("<alice@example.org>")).isFalse();
    }
}
