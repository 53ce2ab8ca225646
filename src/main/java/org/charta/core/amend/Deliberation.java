package org.charta.core.amend;

import org.charta.core.ChartaException;
import org.charta.core.Identity;
import org.charta.core.charter.Charter;
import org.charta.core.charter.Manifest;
import org.charta.core.charter.ManifestStore;
import org.charta.core.charter.SectionEntry;
import org.charta.core.comment.Anchor;
import org.charta.core.comment.Anchors;
import org.charta.core.comment.Comment;
import org.charta.core.comment.CommentStore;
import org.charta.core.comment.CommentThread;
import org.charta.core.comment.CommentTrees;
import org.charta.core.comment.Stance;
import org.charta.core.git.BranchCommits;
import org.charta.core.git.CharterRepository;
import org.charta.core.io.MessageValues;
import org.charta.core.io.TextNormalizer;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The deliberation on an amendment: comment threads on the whole amendment (an anchor that names it instead of a
 * paragraph) and threads on the paragraphs of its text, each comment optionally an argument for or against it.
 *
 * <p>While the amendment's branch is checked out, its comments are the work tree's, written and read by
 * {@link CommentStore} like any other. Otherwise they are read from the branch tip's tree, and a new comment is
 * committed onto the branch at once with {@link BranchCommits}, so the person need not switch texts to take part.
 * Once the amendment is merged into the main text, the main text contains its threads. They are then read from
 * and written to the main text in the same way: its work tree when it is checked out, else its tip.
 * Every method does Git or disk work off the JavaFX thread.
 */
public final class Deliberation {

    private static final Logger LOG = LoggerFactory.getLogger(Deliberation.class);

    private static final String COMMENTS_FOLDER = CommentStore.COMMENTS_FOLDER + "/";

    private Deliberation() {
    }

    /**
     * The threads on the whole amendment.
     *
     * @throws ChartaException {@code error.amend.notFound}
     */
    public static List<CommentThread> amendmentThreads(CharterRepository repository, String id)
            throws ChartaException {
        return threads(repository, id).stream()
                .filter(thread -> id.equals(thread.anchor().amendment()))
                .toList();
    }

    /**
     * The threads on paragraphs that were started on the amendment's branch: those its text has and its base
     * commit (the main text it started from) has not.
     *
     * @throws ChartaException {@code error.amend.notFound}
     */
    public static List<CommentThread> paragraphThreads(CharterRepository repository, String id)
            throws ChartaException {
        AmendmentTips.Tip tip = AmendmentTips.find(repository, id);
        Set<String> before = baseThreadIds(repository, tip.record());
        return threads(repository, id).stream()
                .filter(thread -> !thread.anchor().isAmendment())
                .filter(thread -> !before.contains(thread.id()))
                .toList();
    }

    /** Returns the comments of these threads that take {@code stance}, in thread order, then creation order. */
    public static List<Comment> arguments(List<CommentThread> threads, Stance stance) {
        return threads.stream()
                .flatMap(thread -> thread.comments().stream())
                .filter(comment -> comment.stance() == stance)
                .toList();
    }

    /**
     * Starts a thread on the whole amendment.
     *
     * @throws ChartaException {@code error.amend.notFound}, {@code error.comment.textEmpty},
     *                         {@code error.comment.controlCharacter}, and the errors of {@link BranchCommits#commit}
     */
    public static CommentThread startThread(CharterRepository repository, String id, String text, Stance stance,
                                            Identity author) throws ChartaException {
        AmendmentTips.Tip found = AmendmentTips.find(repository, id);
        Anchor anchor = Anchor.forAmendment(id);
        Home home = Home.of(repository, id);
        if (home.checkedOut()) {
            return new CommentStore(repository.folder()).startThread(anchor, text, author, stance);
        }

        Set<String> existingIds = threadsAt(repository, home.tip()).stream()
                .map(CommentThread::id)
                .collect(Collectors.toSet());
        CommentTrees.NewFile file = CommentTrees.startThread(anchor, text, author, stance, existingIds);
        commit(repository, home, file, "Comment on " + describe(found.record()), author);
        Comment comment = file.comment();
        return new CommentThread(comment.threadId(), anchor.sectionId(), anchor, List.of(comment), false,
                comment.created());
    }

    /**
     * Starts a thread on a paragraph of the amendment's text, as its branch tip has it (or the work tree, while
     * the branch is checked out), so that a comment made in the amendment's diff points at the proposed wording.
     *
     * @param paragraph the paragraph's number in the amendment's version of the section, from 1, headings not
     *                  counted, as {@link org.charta.core.diff.ParagraphChange#newNumber()} gives it
     * @throws ChartaException {@code error.amend.notFound}, {@code error.section.unknown} when the amendment's text
     *                         has no such section, {@code error.comment.paragraphMissing}, and the errors of
     *                         {@link #startThread}
     */
    public static CommentThread startParagraphThread(CharterRepository repository, String id, String sectionId,
                                                     int paragraph, String text, Stance stance, Identity author)
            throws ChartaException {
        AmendmentTips.Tip found = AmendmentTips.find(repository, id);
        if (isCheckedOut(repository, AmendmentRefs.localBranch(id))) {
            String sectionText = Charter.open(repository.folder()).readSection(sectionId);
            Anchor anchor = Anchors.forParagraph(sectionId, sectionText, paragraph);
            return new CommentStore(repository.folder()).startThread(anchor, text, author, stance);
        }

        AmendmentTips.Tip tip = AmendmentTips.local(repository, id);
        Anchor anchor = Anchors.forParagraph(sectionId, sectionAt(repository, tip.commit(), sectionId), paragraph);
        Set<String> existingIds = threadsAt(repository, found).stream()
                .map(CommentThread::id)
                .collect(Collectors.toSet());
        CommentTrees.NewFile file = CommentTrees.startThread(anchor, text, author, stance, existingIds);
        commit(repository, Home.branch(tip), file, "Comment on a paragraph of " + describe(tip.record()), author);
        Comment comment = file.comment();
        return new CommentThread(comment.threadId(), sectionId, anchor, List.of(comment), false, comment.created());
    }

    /** Reads a section's text in a commit, through that commit's manifest. */
    private static String sectionAt(CharterRepository repository, RevCommit commit, String sectionId)
            throws ChartaException {
        Repository git = repository.repository();
        try {
            byte[] json = AmendmentTips.file(git, commit.getTree(), ManifestStore.FILE_NAME)
                    .orElseThrow(() -> new ChartaException("error.section.unknown", sectionId));
            Manifest manifest = ManifestStore.parseResource(new String(json, StandardCharsets.UTF_8),
                    ManifestStore.FILE_NAME);
            SectionEntry entry = manifest.section(sectionId)
                    .orElseThrow(() -> new ChartaException("error.section.unknown", sectionId));
            byte[] section = AmendmentTips.file(git, commit.getTree(), entry.path())
                    .orElseThrow(() -> new ChartaException("error.section.unknown", sectionId));
            return TextNormalizer.normalize(new String(section, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ChartaException(e, "error.git.failed", repository.folder().toString(), e.getMessage());
        }
    }

    /**
     * Finds a thread of the amendment's deliberation, on the amendment or on one of its paragraphs.
     *
     * @param threadId the thread id, or a unique prefix of at least four characters
     * @throws ChartaException {@code error.amend.notFound}, {@code error.comment.threadUnknown},
     *                         {@code error.comment.threadAmbiguous}
     */
    public static CommentThread thread(CharterRepository repository, String id, String threadId)
            throws ChartaException {
        return find(threads(repository, id), threadId);
    }

    /**
     * Replies to a thread of the amendment's deliberation, on the amendment or on one of its paragraphs.
     *
     * @param threadId the thread id, or a unique prefix of at least four characters
     * @throws ChartaException {@code error.comment.threadUnknown}, {@code error.comment.threadAmbiguous}, and the
     *                         errors of {@link #startThread}
     */
    public static Comment reply(CharterRepository repository, String id, String threadId, String text,
                                Stance stance, Identity author) throws ChartaException {
        CommentThread thread = thread(repository, id, threadId);
        Home home = Home.of(repository, id);
        if (home.checkedOut()) {
            return new CommentStore(repository.folder()).reply(thread.id(), text, author, stance);
        }
        CommentTrees.NewFile file = CommentTrees.reply(thread, text, author, stance);
        commit(repository, home, file, "Reply on " + describe(repository, id), author);
        return file.comment();
    }

    /**
     * Gives one's own comment in the amendment's deliberation a new wording, as {@link CommentStore#edit} does.
     *
     * @param commentId the comment's id, or a unique prefix of at least four characters among the thread's
     * @return the edit event; its {@code target} is the full id of the edited comment
     * @throws ChartaException {@code error.comment.notAuthor}, {@code error.comment.unchanged}, the errors of
     *                         {@link #reply}
     */
    public static Comment edit(CharterRepository repository, String id, String threadId, String commentId,
                               String text, Identity author) throws ChartaException {
        CommentThread thread = thread(repository, id, threadId);
        Home home = Home.of(repository, id);
        if (home.checkedOut()) {
            return new CommentStore(repository.folder()).edit(thread.id(), commentId, text, author);
        }
        CommentTrees.NewFile file = CommentTrees.edit(thread, commentId, text, author);
        commit(repository, home, file, "Edit a comment on " + describe(repository, id), author);
        return file.comment();
    }

    /**
     * Marks a thread of the amendment's deliberation resolved. Does nothing when it already is.
     *
     * @throws ChartaException the errors of {@link #reply}
     */
    public static void resolve(CharterRepository repository, String id, String threadId, Identity author)
            throws ChartaException {
        changeState(repository, id, threadId, true, author);
    }

    /**
     * Reopens a resolved thread of the amendment's deliberation. Does nothing when it is open.
     *
     * @throws ChartaException the errors of {@link #reply}
     */
    public static void reopen(CharterRepository repository, String id, String threadId, Identity author)
            throws ChartaException {
        changeState(repository, id, threadId, false, author);
    }

    private static void changeState(CharterRepository repository, String id, String threadId, boolean resolve,
                                    Identity author) throws ChartaException {
        CommentThread thread = thread(repository, id, threadId);
        Home home = Home.of(repository, id);
        if (home.checkedOut()) {
            CommentStore store = new CommentStore(repository.folder());
            if (resolve) {
                store.resolve(thread.id(), author);
            } else {
                store.reopen(thread.id(), author);
            }
            return;
        }
        if (thread.resolved() == resolve) {
            LOG.info("Thread {} of amendment {} is already {}; nothing committed", thread.id(), id,
                    resolve ? "resolved" : "open");
            return;
        }
        CommentTrees.NewFile file = CommentTrees.stateChange(thread, resolve, author);
        String message = (resolve ? "Resolve a thread on " : "Reopen a thread on ") + describe(repository, id);
        commit(repository, home, file, message, author);
    }

    /**
     * Reads every thread of the amendment's text: the work tree's when its branch is checked out, else the tip's.
     * Once the amendment is merged into the main text, the main text's threads, read the same way.
     */
    private static List<CommentThread> threads(CharterRepository repository, String id) throws ChartaException {
        Optional<AmendmentTips.Tip> merged = AmendmentTips.mergedIntoMain(repository, id);
        AmendmentTips.Tip tip = merged.isPresent() ? merged.get() : AmendmentTips.find(repository, id);
        if (isCheckedOut(repository, tip.ref())) {
            return new CommentStore(repository.folder()).threads();
        }
        return threadsAt(repository, tip);
    }

    private static List<CommentThread> threadsAt(CharterRepository repository, AmendmentTips.Tip tip)
            throws ChartaException {
        return threadsAt(repository, tip.commit());
    }

    private static List<CommentThread> threadsAt(CharterRepository repository, ObjectId commitId)
            throws ChartaException {
        Repository git = repository.repository();
        try (RevWalk walk = new RevWalk(git)) {
            RevCommit commit = walk.parseCommit(commitId);
            return CommentTrees.read(AmendmentTips.files(git, commit.getTree(), COMMENTS_FOLDER));
        } catch (IOException e) {
            throw new ChartaException(e, "error.git.failed", repository.folder().toString(), e.getMessage());
        }
    }

    /** The ids of the threads in the amendment's base commit; none when the record names no readable base. */
    private static Set<String> baseThreadIds(CharterRepository repository, AmendmentRecord record)
            throws ChartaException {
        if (record.base() == null) {
            return Set.of();
        }
        ObjectId base;
        try {
            base = ObjectId.fromString(record.base());
            if (!repository.repository().getObjectDatabase().has(base)) {
                return Set.of();
            }
        } catch (IllegalArgumentException | IOException e) {
            LOG.warn("Amendment {} names the base {}, which is not a commit here", record.id(), record.base(), e);
            return Set.of();
        }
        return threadsAt(repository, base).stream().map(CommentThread::id).collect(Collectors.toSet());
    }

    private static CommentThread find(List<CommentThread> threads, String idOrPrefix) throws ChartaException {
        Objects.requireNonNull(idOrPrefix, "threadId");
        String requested = idOrPrefix.strip().toLowerCase(Locale.ROOT);
        List<CommentThread> exact = threads.stream().filter(thread -> thread.id().equals(requested)).toList();
        if (!exact.isEmpty()) {
            return exact.get(0);
        }
        List<CommentThread> matches = requested.length() < CommentStore.MIN_PREFIX_LENGTH ? List.of()
                : threads.stream().filter(thread -> thread.id().startsWith(requested)).toList();
        if (matches.size() > 1) {
            String ids = matches.stream().map(CommentThread::id).collect(Collectors.joining(", "));
            throw new ChartaException("error.comment.threadAmbiguous", idOrPrefix, ids);
        }
        if (matches.isEmpty()) {
            throw new ChartaException("error.comment.threadUnknown", MessageValues.shorten(idOrPrefix));
        }
        return matches.get(0);
    }

    private static void commit(CharterRepository repository, Home home, CommentTrees.NewFile file, String message,
                               Identity author) throws ChartaException {
        BranchCommits.commit(repository, home.ref(), home.tip(), Map.of(file.path(), file.bytes()), message, author);
        LOG.info("Committed comment {} onto {} in {}", file.comment().id(), home.ref(), repository.folder());
    }

    private static boolean isCheckedOut(CharterRepository repository, String ref) throws ChartaException {
        try {
            return ref.equals(repository.repository().getFullBranch());
        } catch (IOException e) {
            throw new ChartaException(e, "error.git.failed", repository.folder().toString(), e.getMessage());
        }
    }

    private static String describe(CharterRepository repository, String id) throws ChartaException {
        return describe(AmendmentTips.find(repository, id).record());
    }

    private static String describe(AmendmentRecord record) {
        return "amendment \"" + record.title() + "\" (" + record.id() + ")";
    }

    /**
     * The local branch that a new comment of the deliberation goes onto: the amendment's own branch, or the main
     * text once the amendment is merged into it.
     *
     * @param ref        the branch's full name
     * @param tip        its tip, which a commit onto it must still find
     * @param checkedOut whether the work tree is that branch's, so the comment is written there instead
     */
    private record Home(String ref, ObjectId tip, boolean checkedOut) {

        /** Finds the home of amendment {@code id}'s comments, creating its local branch when only origin has it. */
        static Home of(CharterRepository repository, String id) throws ChartaException {
            Optional<AmendmentTips.Tip> merged = AmendmentTips.mergedIntoMain(repository, id);
            AmendmentTips.Tip tip = merged.isPresent() ? merged.get() : AmendmentTips.local(repository, id);
            return new Home(tip.ref(), tip.commit(), isCheckedOut(repository, tip.ref()));
        }

        /** Returns the amendment's own branch, found by {@link AmendmentTips#local}, as the home. */
        static Home branch(AmendmentTips.Tip tip) {
            return new Home(tip.ref(), tip.commit(), false);
        }
    }
}
