package org.charta.core.transport;

import java.util.Objects;

/**
 * A user name and a password or token for one host. {@link #toString()} never shows the secret, so a credential
 * that reaches a log line by mistake stays hidden.
 */
public record Credential(String username, String secret) {

    public Credential {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(secret, "secret");
    }

    @Override
    public String toString() {
        return "Credential[username=" + username + ", secret=***]";
    }
}
