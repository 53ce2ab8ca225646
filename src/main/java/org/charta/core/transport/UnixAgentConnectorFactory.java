package org.charta.core.transport;

import org.eclipse.jgit.transport.SshConstants;
import org.eclipse.jgit.transport.sshd.agent.Connector;
import org.eclipse.jgit.transport.sshd.agent.ConnectorFactory;
import org.eclipse.jgit.util.SystemReader;

import java.io.File;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;

/**
 * Connects JGit's SSH agent client to an OpenSSH-compatible agent through a Unix domain socket, with the
 * socket support built into Java 16 and later, so no native library is needed.
 *
 * <p>The socket is the {@code IdentityAgent} of the host's SSH config, or {@code SSH_AUTH_SOCK} when the config
 * names none. {@code IdentityAgent none} means no agent.
 */
final class UnixAgentConnectorFactory implements ConnectorFactory {

    private static final String NAME = "charta-unix-socket";

    private static final ConnectorDescriptor DEFAULT_AGENT = new ConnectorDescriptor() {

        @Override
        public String getIdentityAgent() {
            return SshConstants.ENV_SSH_AUTH_SOCKET;
        }

        @Override
        public String getDisplayName() {
            return "SSH agent on the Unix domain socket named by SSH_AUTH_SOCK";
        }
    };

    private static final UnixAgentConnectorFactory INSTANCE = new UnixAgentConnectorFactory();

    private UnixAgentConnectorFactory() {
    }

    /**
     * Returns the factory where the SSH agent listens on a Unix domain socket (Linux, macOS and other Unix
     * systems), or {@code null} on Windows.
     */
    static ConnectorFactory forThisSystem() {
        // NOTE: OpenSSH's agent on Windows listens on a named pipe, not on a Unix domain socket, and Java has
        // no named pipe client, so Windows gets no agent and uses key files only.
        return INSTANCE.isSupported() ? INSTANCE : null;
    }

    @Override
    public Connector create(String identityAgent, File homeDir) {
        return new UnixAgentConnector(socketOf(identityAgent));
    }

    @Override
    public boolean isSupported() {
        return !SystemReader.getInstance().isWindows();
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public Collection<ConnectorDescriptor> getSupportedConnectors() {
        return List.of(DEFAULT_AGENT);
    }

    @Override
    public ConnectorDescriptor getDefaultConnector() {
        return DEFAULT_AGENT;
    }

    /**
     * Returns the agent socket for an {@code IdentityAgent} value, or {@code null} for no agent. JGit has already
     * expanded {@code ~} and the {@code %} tokens of the config. A missing value and the value
     * {@code SSH_AUTH_SOCK} both mean the socket named by that environment variable, as in OpenSSH.
     */
    static Path socketOf(String identityAgent) {
        if (SshConstants.NONE.equals(identityAgent)) {
            return null;
        }
        String socket = identityAgent;
        if (socket == null || socket.isBlank() || SshConstants.ENV_SSH_AUTH_SOCKET.equals(socket)) {
            socket = SystemReader.getInstance().getenv(SshConstants.ENV_SSH_AUTH_SOCKET);
        }
        if (socket == null || socket.isBlank()) {
            return null;
        }
        return Path.of(socket);
    }
}
