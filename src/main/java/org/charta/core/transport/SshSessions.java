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
 * with host keys checked by {@link HostKeyCheck} and key passphrases asked by {@link KeyPassphrases}.
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

    @Override
    protected ConnectorFactory getConnectorFactory() {
        // TODO: the SSH agent needs org.eclipse.jgit.ssh.apache.agent, which our Maven mirror does not serve; with
        //  it on the class path, return ConnectorFactory.getDefault() here. Until then only key files are used.
        return null;
    }
}
