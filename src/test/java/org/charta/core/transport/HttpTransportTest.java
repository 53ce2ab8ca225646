package org.charta.core.transport;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.charta.core.ChartaException;
import org.charta.core.git.CharterRepository;
import org.charta.core.git.RemoteSync;
import org.charta.core.git.SyncOutcome;
import org.charta.core.git.SyncResult;
import org.charta.core.i18n.Messages;
import org.charta.testing.GitHttpServer;
import org.charta.testing.IsolatedGitTest;
import org.charta.testing.LogCapture;
import org.charta.testing.TestGit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.charta.core.transport.CredentialPrompt.Answer;

/** Smart HTTP with a user and token against a real {@code git http-backend}. */
class HttpTransportTest extends IsolatedGitTest {

    private static final String USER = "alice";
    private static final String TOKEN = "right-token-4711";
    private static final String WRONG = "wrong-token-0815";

    private GitHttpServer server;
    private String url;

    @BeforeEach
    void startServer() throws Exception {
        Path remotes = temp.resolve("remotes");
        TransportFixture.publishCharter(temp, remotes.resolve("charter.git"));
        server = closeLater(GitHttpServer.start(remotes, USER, TOKEN));
        url = server.url("charter.git");
    }

    @Test
    void cloneEditSyncWithRightToken() throws Exception {
        var prompt = TransportFixture.ScriptedPrompt.always(Answer.given(new Credential(USER, TOKEN), true));
        RemoteAccess access = RemoteAccess.builder().credentialPrompt(prompt).build();

        CharterRepository clone = closeLater(Authenticated.run(access,
                attempt -> RemoteSync.cloneCharter(attempt, url, temp.resolve("bob"))));
        Files.writeString(clone.folder().resolve(TransportFixture.ARTICLE_3), "## Article 3\n\nMembers meet twice.\n");
        SyncResult result = Authenticated.run(access,
                attempt -> RemoteSync.sync(attempt, clone, TestGit.BOB, "Edit article 3"));

        assertThat(result.outcome()).isEqualTo(SyncOutcome.SYNCED);
        assertThat(prompt.requests).hasSize(1);
        assertThat(server.rejectedLogins()).isZero();
    }

    @Test
    void urlTokenStaysOutOfConfig() throws Exception {
        String withToken = url.replace("://", "://" + USER + ":" + TOKEN + "@");
        MemoryCredentialStore store = new MemoryCredentialStore();
        RemoteAccess access = RemoteAccess.builder().store(store).build();

        CharterRepository clone = closeLater(RemoteSync.cloneCharter(access, withToken, temp.resolve("bob")));
        SyncResult result = RemoteSync.sync(RemoteAccess.builder().store(store).build(), clone, TestGit.BOB,
                "Nothing");

        assertThat(Files.readString(clone.folder().resolve(".git/config"))).doesNotContain(TOKEN)
                .contains(USER + "@");
        assertThat(clone.status().remoteUrl()).doesNotContain(TOKEN);
        assertThat(result.outcome()).isEqualTo(SyncOutcome.UP_TO_DATE);
        assertThat(result.detail()).doesNotContain(TOKEN);
    }

    @Test
    void wrongThenRightTokenPromptsTwice() throws Exception {
        var prompt = new TransportFixture.ScriptedPrompt(index -> Answer.given(
                new Credential(USER, index == 1 ? WRONG : TOKEN), true));
        MemoryCredentialStore store = new MemoryCredentialStore();
        RemoteAccess access = RemoteAccess.builder().credentialPrompt(prompt).store(store).build();

        closeLater(Authenticated.run(access, attempt -> RemoteSync.cloneCharter(attempt, url, temp.resolve("bob"))));

        assertThat(prompt.requests).hasSize(2);
        assertThat(prompt.requests.get(0).retry()).isFalse();
        assertThat(prompt.requests.get(1).retry()).isTrue();
        assertThat(server.rejectedLogins()).isEqualTo(1);
        assertThat(store.fill(new CredentialTarget("http", server.host(), null)))
                .contains(new Credential(USER, TOKEN));
    }

    @Test
    void rightTokenIsRememberedForNextOperation() throws Exception {
        MemoryCredentialStore store = new MemoryCredentialStore();
        var first = TransportFixture.ScriptedPrompt.always(Answer.given(new Credential(USER, TOKEN), true));
        CharterRepository clone = closeLater(Authenticated.run(
                RemoteAccess.builder().credentialPrompt(first).store(store).build(),
                attempt -> RemoteSync.cloneCharter(attempt, url, temp.resolve("bob"))));

        var second = TransportFixture.ScriptedPrompt.always(Answer.cancelled());
        SyncResult result = Authenticated.run(RemoteAccess.builder().credentialPrompt(second).store(store).build(),
                attempt -> RemoteSync.sync(attempt, clone, TestGit.BOB, "Edit"));

        assertThat(result.outcome()).isEqualTo(SyncOutcome.UP_TO_DATE);
        assertThat(second.requests).isEmpty();
    }

    @Test
    void wrongTokenStopsAfterThreeTries() {
        var prompt = TransportFixture.ScriptedPrompt.always(Answer.given(new Credential(USER, WRONG), true));
        MemoryCredentialStore store = new MemoryCredentialStore();
        RemoteAccess access = RemoteAccess.builder().credentialPrompt(prompt).store(store).build();
        Path target = temp.resolve("bob");

        ChartaException error = catchThrowableOfType(ChartaException.class, () -> Authenticated.run(access,
                attempt -> RemoteSync.cloneCharter(attempt, url, target)));

        assertThat(error.messageKey()).isEqualTo("error.transport.badCredentials");
        assertThat(error.localizedMessage(Locale.ENGLISH))
                .contains("incorrect password or token for " + server.host());
        assertThat(prompt.requests).hasSize(Authenticated.MAX_ATTEMPTS);
        assertThat(server.rejectedLogins()).isEqualTo(Authenticated.MAX_ATTEMPTS);
        assertThat(store.fill(new CredentialTarget("http", server.host(), null))).isEmpty();
        assertThat(target).doesNotExist();
    }

    @Test
    void storedWrongTokenIsDroppedThenPrompted() throws Exception {
        MemoryCredentialStore store = new MemoryCredentialStore();
        CredentialTarget target = new CredentialTarget("http", server.host(), null);
        store.approve(target, new Credential(USER, WRONG));
        var prompt = TransportFixture.ScriptedPrompt.always(Answer.given(new Credential(USER, TOKEN), true));
        RemoteAccess access = RemoteAccess.builder().credentialPrompt(prompt).store(store).build();

        closeLater(Authenticated.run(access, attempt -> RemoteSync.cloneCharter(attempt, url, temp.resolve("bob"))));

        assertThat(prompt.requests).hasSize(1);
        assertThat(prompt.requests.get(0).retry()).isTrue();
        assertThat(store.fill(target)).contains(new Credential(USER, TOKEN));
    }

    @Test
    void cancelInPromptStopsAtOnce() {
        var prompt = TransportFixture.ScriptedPrompt.always(Answer.cancelled());
        RemoteAccess access = RemoteAccess.builder().credentialPrompt(prompt).build();
        Path target = temp.resolve("bob");

        ChartaException error = catchThrowableOfType(ChartaException.class, () -> Authenticated.run(access,
                attempt -> RemoteSync.cloneCharter(attempt, url, target)));

        assertThat(error.messageKey()).isEqualTo("error.transport.cancelled");
        assertThat(prompt.requests).hasSize(1);
        assertThat(server.rejectedLogins()).isZero();
        assertThat(target).doesNotExist();
    }

    @Test
    void withoutPromptNamesMissingCredential() {
        RemoteAccess access = RemoteAccess.anonymous();

        ChartaException error = catchThrowableOfType(ChartaException.class, () -> Authenticated.run(access,
                attempt -> RemoteSync.cloneCharter(attempt, url, temp.resolve("bob"))));

        assertThat(error.messageKey()).isEqualTo("error.transport.noCredentials");
        assertThat(error.arguments()).contains(server.host());
    }

    @Test
    void retriedCloneLogsNoFailure() throws Exception {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        root.addAppender(appender);
        try {
            var prompt = new TransportFixture.ScriptedPrompt(index -> Answer.given(
                    new Credential(USER, index == 1 ? WRONG : TOKEN), true));
            RemoteAccess access = RemoteAccess.builder().credentialPrompt(prompt).build();
            closeLater(Authenticated.run(access,
                    attempt -> RemoteSync.cloneCharter(attempt, url, temp.resolve("bob"))));
        } finally {
            root.detachAppender(appender);
        }

        List<String> messages = appender.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
        assertThat(messages).noneMatch(message -> message.contains("failed"));
        assertThat(messages).anyMatch(message -> message.contains("Attempt 1 of 3 rejected")
                && message.endsWith("wrong credentials; asking again"));
    }

    @Test
    void logsNeverContainToken() throws Exception {
        try (LogCapture logs = new LogCapture(Level.DEBUG)) {
            var prompt = new TransportFixture.ScriptedPrompt(index -> Answer.given(
                    new Credential(USER, index == 1 ? WRONG : TOKEN), true));
            RemoteAccess access = RemoteAccess.builder().credentialPrompt(prompt).build();
            closeLater(Authenticated.run(access,
                    attempt -> RemoteSync.cloneCharter(attempt, url, temp.resolve("bob"))));

            assertThat(logs.events()).isNotEmpty();
            assertThat(logs.text()).doesNotContain(TOKEN).doesNotContain(WRONG);
        }
    }

    @Test
    void badCredentialsMessageExistsInFrench() {
        String french = Messages.format(Locale.FRENCH, "error.transport.badCredentials", "example.org", "");

        assertThat(french).contains("example.org").doesNotContain("incorrect password");
    }
}
