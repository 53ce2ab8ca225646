package org.charta.core;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IdentityTest {

    @Test
    void parseReadsNameAndEmail() throws ChartaException {
        Identity identity = Identity.parse("  Amina Diallo <amina@example.org> ");

        assertThat(identity.name()).isEqualTo("Amina Diallo");
        assertThat(identity.email()).isEqualTo("amina@example.org");
    }

    @Test
    void parseRejectsMalformedValues() {
        for (String value : new String[] {"Amina", "<amina@example.org>", "Amina <amina>", "Amina <a@b@c>",
                "Ami\nna <amina@example.org>", "Ami<na> <amina@example.org>", "Amina <am ina@example.org>"}) {
            assertThatThrownBy(() -> Identity.parse(value)).as(value).isInstanceOf(ChartaException.class);
        }
    }

    @Test
    void nameIsStoredInNfc() {
        Identity identity = new Identity("Jose\u0301", "jose@example.org");

        assertThat(identity.name()).isEqualTo("José");
    }
}
