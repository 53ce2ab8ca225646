package org.charta.core.transport;

import org.apache.sshd.common.config.keys.KeyUtils;
import org.eclipse.jgit.transport.CredentialItem;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.URIish;
import org.eclipse.jgit.transport.sshd.ServerKeyDatabase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.InetSocketAddress;
import java.security.PublicKey;
import java.util.List;

/**
 * Checks SSH host keys against {@code known_hosts} through JGit's own database: a known key passes, a host whose
 * stored keys all differ from the offered one is refused as changed, and an unknown host asks the
 * {@link HostKeyPrompt}. An accepted key is written to {@code known_hosts} by JGit's database, which honours
 * {@code HashKnownHosts} and {@code StrictHostKeyChecking} from the OpenSSH config.
 */
final class HostKeyCheck implements ServerKeyDatabase {

    private static final Logger LOG = LoggerFactory.getLogger(HostKeyCheck.class);

    private final ServerKeyDatabase knownHosts;
    private final RemoteAccess access;

    HostKeyCheck(ServerKeyDatabase knownHosts, RemoteAccess access) {
        this.knownHosts = knownHosts;
        this.access = access;
    }

    @Override
    public List<PublicKey> lookup(String connectAddress, InetSocketAddress remoteAddress, Configuration config) {
        return knownHosts.lookup(connectAddress, remoteAddress, config);
    }

    @Override
    public boolean accept(String connectAddress, InetSocketAddress remoteAddress, PublicKey serverKey,
                          Configuration config, CredentialsProvider provider) {
        List<PublicKey> known = knownHosts.lookup(connectAddress, remoteAddress, config);
        if (known.stream().anyMatch(key -> KeyUtils.compareKeys(key, serverKey))) {
            return true;
        }

        String host = hostName(connectAddress);
        String keyType = KeyUtils.getKeyType(serverKey);
        String fingerprint = KeyUtils.getFingerPrint(serverKey);
        if (!known.isEmpty()) {
            LOG.warn("SSH host key of {} changed: now {} {}; refusing to connect", host, keyType, fingerprint);
            access.recordFailure(new AccessFailure(AccessFailure.Kind.HOST_KEY_CHANGED, host,
                    keyType + " " + fingerprint));
            return false;
        }

        LOG.info("SSH host key of {} is unknown ({} {}); asking", host, keyType, fingerprint);
        if (!access.hostKeyPrompt().accept(new HostKeyRequest(host, keyType, fingerprint))) {
            LOG.info("SSH host key of {} rejected by the person", host);
            access.recordFailure(new AccessFailure(AccessFailure.Kind.HOST_KEY_REJECTED, host,
                    keyType + " " + fingerprint));
            return false;
        }
        boolean stored = knownHosts.accept(connectAddress, remoteAddress, serverKey, config, new AcceptAll());
        LOG.info("SSH host key of {} accepted{}", host, stored ? " and stored in known_hosts" : "");
        return stored;
    }

    /** Turns JGit's {@code [host]:port} form into {@code host:port}. */
    private static String hostName(String connectAddress) {
        if (connectAddress.startsWith("[")) {
            int end = connectAddress.indexOf(']');
            if (end > 0) {
                return connectAddress.substring(1, end) + connectAddress.substring(end + 1);
            }
        }
        return connectAddress;
    }

    /**
     * Answers yes to the questions of JGit's database ("add this key?", "create known_hosts?"), because the
     * person already accepted the key through the {@link HostKeyPrompt}.
     */
    private static final class AcceptAll extends CredentialsProvider {

        @Override
        public boolean isInteractive() {
            return true;
        }

        @Override
        public boolean supports(CredentialItem... items) {
            return true;
        }

        @Override
        public boolean get(URIish uri, CredentialItem... items) {
            for (CredentialItem item : items) {
                if (item instanceof CredentialItem.YesNoType question) {
                    question.setValue(true);
                }
            }
            return true;
        }
    }
}
