package org.charta.cli;

import org.charta.core.ChartaException;
import org.charta.core.amend.AmendmentSummary;
import org.charta.core.amend.Amendments;
import org.charta.core.amend.Deliberation;
import org.charta.core.comment.CommentStore;
import org.charta.core.comment.CommentThread;
import org.charta.core.git.CharterRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds which amendment's deliberation has a thread that the work tree lacks. Threads on an amendment and on its
 * paragraphs live on its branch until it is merged, so {@code comment reply}, {@code edit}, {@code resolve} and
 * {@code reopen} reach them only with {@code --amendment}; the error for an unknown thread names the amendment.
 */
final class AmendmentThreads {

    private static final Logger LOG = LoggerFactory.getLogger(AmendmentThreads.class);

    private AmendmentThreads() {
    }

    /**
     * Returns the id of the first amendment, in {@link Amendments#list} order, whose deliberation has a thread with
     * this id or a prefix of at least four characters of it, or empty when none has one or the folder has no Git
     * repository. An amendment whose threads cannot be read is skipped with a warning.
     */
    static Optional<String> amendmentOf(Path charterFolder, String idOrPrefix) throws ChartaException {
        String requested = idOrPrefix.strip().toLowerCase(Locale.ROOT);
        if (requested.length() < CommentStore.MIN_PREFIX_LENGTH || !CharterRepository.isRepository(charterFolder)) {
            return Optional.empty();
        }
        try (CharterRepository repository = CharterRepository.open(charterFolder)) {
            for (AmendmentSummary amendment : Amendments.list(repository)) {
                if (threadsOf(repository, amendment.id()).stream()
                        .anyMatch(thread -> thread.id().startsWith(requested))) {
                    return Optional.of(amendment.id());
                }
            }
        }
        return Optional.empty();
    }

    private static List<CommentThread> threadsOf(CharterRepository repository, String amendmentId) {
        List<CommentThread> threads = new ArrayList<>();
        try {
            threads.addAll(Deliberation.amendmentThreads(repository, amendmentId));
            threads.addAll(Deliberation.paragraphThreads(repository, amendmentId));
        } catch (ChartaException e) {
            LOG.warn("Could not read the comment threads of amendment {} in {}", amendmentId, repository.folder(), e);
        }
        return threads;
    }
}
