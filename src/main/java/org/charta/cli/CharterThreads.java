package org.charta.cli;

import org.charta.core.ChartaException;
import org.charta.core.charter.Charter;
import org.charta.core.charter.Section;
import org.charta.core.charter.SectionEntry;
import org.charta.core.comment.CommentStore;
import org.charta.core.comment.CommentThread;
import org.charta.core.comment.LocatedThread;
import org.charta.core.comment.OrphanHistory;
import org.charta.core.comment.ThreadLocator;
import org.charta.core.git.CharterRepository;
import org.charta.core.io.MessageValues;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The comment threads of a charter located in the working files, as {@code comment list}, {@code show} and
 * {@code export} print them. Threads on a whole amendment have no place in a section, so they are left out.
 */
final class CharterThreads {

    private final Charter charter;
    private final CommentStore store;
    private final Map<String, String> texts = new HashMap<>();
    private final Map<String, String> titles = new HashMap<>();
    /** Position of each section in the manifest's reading order, from 0. */
    private final Map<String, Integer> positions = new HashMap<>();

    private CharterThreads(Charter charter) {
        this.charter = charter;
        this.store = new CommentStore(charter.folder());
    }

    /** Reads the text and title of every section once, for locating every thread. */
    static CharterThreads of(Charter charter) throws ChartaException {
        CharterThreads threads = new CharterThreads(charter);
        for (Section section : charter.sections()) {
            threads.texts.put(section.id(), charter.readSection(section.id()));
            threads.titles.put(section.id(), section.title());
            threads.positions.put(section.id(), threads.positions.size());
        }
        // Language versions come after every section, in manifest order, so threads on them can be located too.
        for (SectionEntry entry : charter.manifest().sections()) {
            for (String language : entry.translations().keySet()) {
                Section version = charter.section(entry.id() + Charter.VERSION_SEPARATOR + language);
                threads.texts.put(version.id(), charter.readSection(version.id()));
                threads.titles.put(version.id(), version.title());
                threads.positions.put(version.id(), threads.positions.size());
            }
        }
        return threads;
    }

    CommentStore store() {
        return store;
    }

    /**
     * Locates the threads on paragraphs of one section, or of every section when {@code sectionId} is null. The
     * sections come in the manifest's reading order, then the sections that only orphaned threads still name,
     * by id. A section id that the manifest lacks is accepted when threads still name it, so that the orphans of a
     * deleted section can be listed and exported.
     *
     * @throws ChartaException when no thread names the section and the manifest lacks it, or the comment files
     *                         cannot be listed
     */
    List<LocatedThread> located(String sectionId) throws ChartaException {
        List<CommentThread> threads = (sectionId == null ? store.threads() : store.threads(sectionId)).stream()
                .filter(thread -> !thread.anchor().isAmendment())
                .sorted(Comparator.comparingInt(this::position).thenComparing(CommentThread::sectionId))
                .toList();
        if (sectionId != null && threads.isEmpty()) {
            charter.section(sectionId);
        }
        return ThreadLocator.locateAll(threads, id -> Optional.ofNullable(texts.get(id)));
    }

    /** Returns the section's place in the reading order; sections the manifest lacks come after all others. */
    private int position(CommentThread thread) {
        return positions.getOrDefault(thread.sectionId(), Integer.MAX_VALUE);
    }

    /** Locates one thread on a paragraph in the current text of its section. */
    LocatedThread located(CommentThread thread) {
        return ThreadLocator.locateAll(List.of(thread), id -> Optional.ofNullable(texts.get(id))).get(0);
    }

    /** Returns the section's title, or its id when the manifest no longer lists it. */
    String title(String sectionId) {
        return titles.getOrDefault(sectionId, sectionId);
    }

    /**
     * Finds the commit that removed the text of each orphaned thread. The walk through the history costs a
     * little for each orphaned thread, which is fine for one command run but is why only orphans get one.
     *
     * @return the removals by thread id; a thread whose removal was not found, or a charter without Git, has none
     */
    Map<String, OrphanHistory.Removal> removals(List<LocatedThread> threads) throws ChartaException {
        Map<String, OrphanHistory.Removal> removals = new HashMap<>();
        if (threads.stream().noneMatch(LocatedThread::orphaned) || !CharterRepository.isRepository(charter.folder())) {
            return removals;
        }
        try (CharterRepository repository = CharterRepository.open(charter.folder())) {
            for (LocatedThread thread : threads) {
                if (thread.orphaned()) {
                    OrphanHistory.removal(repository, thread.thread())
                            .ifPresent(removal -> removals.put(thread.id(), removal));
                }
            }
        }
        return removals;
    }

    /**
     * Finds a thread of the work tree by its id or a unique prefix.
     *
     * @throws ChartaException {@code cli.error.threadOnAmendmentBranch} naming the amendment when only an
     *                         amendment's deliberation has the thread, {@code error.comment.threadUnknown} when no
     *                         thread matches, or {@code error.comment.threadAmbiguous} when several do
     */
    static CommentThread requireThread(Path charterFolder, CommentStore store, String idOrPrefix)
            throws ChartaException {
        Optional<CommentThread> thread = store.thread(idOrPrefix);
        if (thread.isPresent()) {
            return thread.get();
        }
        Optional<String> amendment = AmendmentThreads.amendmentOf(charterFolder, idOrPrefix);
        if (amendment.isPresent()) {
            throw new ChartaException("cli.error.threadOnAmendmentBranch", idOrPrefix, amendment.get());
        }
        throw new ChartaException("error.comment.threadUnknown", MessageValues.shorten(idOrPrefix));
    }
}
