package org.charta.core.transport;

import org.charta.core.charter.CharterSetup;
import org.charta.core.git.CharterRepository;
import org.charta.core.git.RemoteSync;
import org.charta.testing.TestGit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** A charter published to a bare repository, and prompts that record what they were asked. */
final class TransportFixture {

    static final String DOCUMENT = """
            ## Preamble

            We, the members, adopt this charter.

            ## Article 3

            Members meet once a year.
            """;

    static final String ARTICLE_3 = "sections/article-3.md";

    private TransportFixture() {
    }

    /** Creates a charter under {@code temp/alice} and publishes it to the bare repository {@code bare}. */
    static void publishCharter(Path temp, Path bare) throws Exception {
        TestGit.initBare(bare);
        Path document = temp.resolve("charter-document.md");
        Files.writeString(document, DOCUMENT);
        Path folder = temp.resolve("alice");
        CharterSetup.importDocument(document, folder, "Our charter", List.of("en"), TestGit.ALICE);
        try (CharterRepository repository = CharterRepository.open(folder)) {
            RemoteSync.publish(repository, bare.toString(), TestGit.ALICE);
        }
    }

    /** A credential prompt that answers from a list and records each request. */
    static final class ScriptedPrompt implements CredentialPrompt {

        final List<CredentialRequest> requests = new ArrayList<>();
        private final Function<Integer, Answer> answers;

        ScriptedPrompt(Function<Integer, Answer> answers) {
            this.answers = answers;
        }

        static ScriptedPrompt always(Answer answer) {
            return new ScriptedPrompt(index -> answer);
        }

        @Override
        public synchronized Answer ask(CredentialRequest request) {
            requests.add(request);
            return answers.apply(requests.size());
        }
    }

    /** A host key prompt that gives a fixed answer and records each request. */
    static final class ScriptedHostKeyPrompt implements HostKeyPrompt {

        final List<HostKeyRequest> requests = new ArrayList<>();
        private final boolean answer;

        ScriptedHostKeyPrompt(boolean answer) {
            this.answer = answer;
        }

        @Override
        public synchronized boolean accept(HostKeyRequest request) {
            requests.add(request);
            return answer;
        }
    }

    /** Progress that records updates and cancels once the given number of updates arrived (0: never). */
    static final class RecordingProgress implements TaskProgress {

        final List<String> phases = new ArrayList<>();
        private final int cancelAfter;
        private volatile boolean cancelled;

        RecordingProgress(int cancelAfter) {
            this.cancelAfter = cancelAfter;
        }

        @Override
        public synchronized void update(String phase, int done, int total) {
            phases.add(phase);
            if (cancelAfter > 0 && phases.size() >= cancelAfter) {
                cancelled = true;
            }
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }
    }
}
