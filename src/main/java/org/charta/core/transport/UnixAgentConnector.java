package org.charta.core.transport;

import org.eclipse.jgit.transport.sshd.agent.AbstractConnector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.EOFException;
import java.io.IOException;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One connection to an SSH agent over a Unix domain socket, for one SSH session. It sends the requests of
 * JGit's agent client and returns the agent's replies, framed as the ssh-agent protocol frames them: a 4-byte
 * big-endian length, then the message type and its content.
 *
 * <p>An agent that cannot be reached counts as no agent, so SSH goes on with key files.
 */
final class UnixAgentConnector extends AbstractConnector {

    private static final Logger LOG = LoggerFactory.getLogger(UnixAgentConnector.class);

    /** Sockets whose failure was already logged at INFO, so background syncs do not repeat it. */
    private static final Set<Path> REPORTED = ConcurrentHashMap.newKeySet();

    private final Path socket;
    private SocketChannel channel;

    /** Creates a connector to the agent at {@code socket}, or one without agent when it is {@code null}. */
    UnixAgentConnector(Path socket) {
        this.socket = socket;
    }

    /**
     * Connects to the agent, if not connected yet. Returns {@code false}, without an exception, when no agent
     * is set or its socket is missing or refuses the connection.
     */
    @Override
    public synchronized boolean connect() {
        if (channel != null) {
            return true;
        }
        if (socket == null) {
            LOG.debug("No SSH agent: IdentityAgent and SSH_AUTH_SOCK name none");
            return false;
        }
        try {
            channel = SocketChannel.open(UnixDomainSocketAddress.of(socket));
            LOG.debug("Connected to the SSH agent at {}", socket);
            return true;
        } catch (IOException | UnsupportedOperationException e) {
            reportUnreachable(e);
            return false;
        }
    }

    /**
     * Sends one request and returns the reply without its length: the reply's message type, then its content.
     *
     * @param message the request with 5 spare bytes at the front, which receive the length and {@code command}
     */
    @Override
    public synchronized byte[] rpc(byte command, byte[] message) throws IOException {
        if (channel == null) {
            throw new IOException("Not connected to the SSH agent at " + socket);
        }
        prepareMessage(command, message);
        writeFully(ByteBuffer.wrap(message));

        ByteBuffer length = ByteBuffer.allocate(Integer.BYTES);
        readFully(length);
        ByteBuffer reply = ByteBuffer.allocate(toLength(command, length.array()));
        readFully(reply);
        return reply.array();
    }

    @Override
    public synchronized void close() throws IOException {
        if (channel != null) {
            SocketChannel open = channel;
            channel = null;
            open.close();
        }
    }

    private void writeFully(ByteBuffer buffer) throws IOException {
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
    }

    private void readFully(ByteBuffer buffer) throws IOException {
        while (buffer.hasRemaining()) {
            if (channel.read(buffer) < 0) {
                throw new EOFException("The SSH agent at " + socket + " closed the connection after "
                        + buffer.position() + " of " + buffer.capacity() + " bytes");
            }
        }
    }

    private void reportUnreachable(Exception error) {
        if (REPORTED.add(socket)) {
            LOG.info("No SSH agent at {} ({}); using key files only", socket, error.toString());
        } else {
            LOG.debug("No SSH agent at {} ({})", socket, error.toString());
        }
    }
}
