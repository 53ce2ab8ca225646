package org.charta.core.transport;

import org.eclipse.jgit.transport.sshd.DefaultProxyDataFactory;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.sshd.JGitKeyCache;
import org.eclipse.jgit.transport.sshd.KeyPasswordProvider;
import org.eclipse.jgit.transport.sshd.ServerKeyDatabase;
import org.eclipse.jgit.transport.sshd.SshdSessionFactory;
import org.eclipse.jgit.transport.sshd.agent.ConnectorFactory;

import java.io.File;

/**
 * JGit's Apache MINA SSH client, reading keys, {@code config} and {@code known_hosts} from the configured folder,
 * with host keys checked by {@link HostKeyCheck}, key passphrases asked by {@link KeyPassphrases}, and the keys of
 * an SSH agent reached through {@link UnixAgentConnectorFactory}.
 */
final class SshSessions extends SshdSessionFactory {

    private final RemoteAccess access;

    SshSessions(RemoteAccess access) {
        super(new JGitKeyCache(), new DefaultProxyDataFactory());
        this.access = access;
        setHomeDirectory(access.homeFolder().toFile());
        setSshDirectory(access.sshFolder().toFile());
    }

    @Override
    protected ServerKeyDatabase getServerKeyDatabase(File homeDir, File sshDir) {
        return new HostKeyCheck(super.getServerKeyDatabase(homeDir, sshDir), access);
    }

    /** Asks for key passphrases through Charta's passphrase prompt instead of the credentials provider. */
    @Override
    protected KeyPasswordProvider createKeyPasswordProvider(CredentialsProvider provider) {
        return new KeyPassphrases(access);
    }

    /**
     * Returns Charta's connector to the SSH agent's Unix domain socket, or {@code null} (no agent) on Windows.
     * JGit's own connectors, in {@code org.eclipse.jgit.ssh.apache.agent}, need JNA and are not on the Maven
     * mirror this project builds from.
     */
    @Override
    protected ConnectorFactory getConnectorFactory() {
        return UnixAgentConnectorFactory.forThisSystem();
    }
}
