package org.charta.core.transport;

/**
 * What a credential prompt shows.
 *
 * @param target      the protocol and host that asks
 * @param username    the user name to propose, or null
 * @param retry       whether the previous value for this host was rejected, so the prompt says so
 * @param canRemember whether a credential helper can keep the value, so the prompt offers to remember it
 */
public record CredentialRequest(CredentialTarget target, String username, boolean retry, boolean canRemember) {
}
