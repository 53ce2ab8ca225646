package org.charta.core.comment;

import org.charta.core.ChartaException;
import org.charta.core.Identity;
import org.charta.core.io.AtomicFiles;
import org.charta.core.io.ControlCharacters;
import org.charta.core.io.MessageValues;
import org.charta.core.io.TextNormalizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads and writes the comment threads of a charter: one folder per thread under {@code .charta/comments},
 * one JSON file per comment or event (resolve, reopen, edit, reattach, move). Nothing is ever rewritten or
 * deleted, so two people who comment on the same thread offline add different files and their Git merge never
 * conflicts.
 *
 * <p>Threads are read from disk on every call, so files that a sync brought in show at once. A file that
 * cannot be read is skipped with a warning and listed by {@link #unreadableFiles()}; the other comments stay
 * visible.
 */
public final class CommentStore {

    private static final Logger LOG = LoggerFactory.getLogger(CommentStore.class);

    /** Folder of the threads, relative to the charter folder. */
    public static final String COMMENTS_FOLDER = ".charta/comments";

    static final int THREAD_ID_BYTES = 8;
    /** Random part of a comment's file name; the millisecond timestamp before it already separates most. */
    static final int COMMENT_ID_BYTES = 4;
    static final Pattern THREAD_ID = Pattern.compile("[0-9a-f]{8,32}");
    /** Minimum number of characters of a thread id that {@link #thread(String)} accepts as a prefix. */
    public static final int MIN_PREFIX_LENGTH = 4;
    static final int MAX_ID_ATTEMPTS = 16;

    static final Comparator<CommentThread> THREAD_ORDER = Comparator
            .comparing(CommentThread::sectionId)
            .thenComparingInt(thread -> thread.trackedAnchor().start())
            .thenComparing(thread -> thread.first().created())
            .thenComparing(CommentThread::id);

    private final Path commentsFolder;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private List<Path> unreadableFiles = List.of();

    public CommentStore(Path charterFolder) {
        this(charterFolder, Clock.systemUTC());
    }

    /** Creates a store whose new comments take their time from the given clock, for tests. */
    CommentStore(Path charterFolder, Clock clock) {
        this.commentsFolder = charterFolder.resolve(COMMENTS_FOLDER);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Starts a thread with its first comment, which records the anchor.
     *
     * @throws ChartaException when the text is empty or blank, or the file cannot be written; then nothing is
     *                         left on disk
     */
    public synchronized CommentThread startThread(Anchor anchor, String text, Identity author)
            throws ChartaException {
        return startThread(anchor, text, author, Stance.NONE);
    }

    /**
     * Starts a thread whose first comment argues for or against an amendment, or takes no stance.
     *
     * @throws ChartaException when the text is empty or blank, or the file cannot be written; then nothing is
     *                         left on disk
     */
    public synchronized CommentThread startThread(Anchor anchor, String text, Identity author, Stance stance)
            throws ChartaException {
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(author, "author");
        String body = checkedText(text);

        String threadId = createThreadFolder();
        Comment comment = newComment(threadId, Comment.Kind.COMMENT, body, anchor, author, Instant.EPOCH, stance);
        try {
            write(comment);
        } catch (ChartaException e) {
            deleteEmptyFolder(commentsFolder.resolve(threadId));
            throw e;
        }
        LOG.info("Started comment thread {} in section {}", threadId, anchor.sectionId());
        return new CommentThread(threadId, anchor.sectionId(), anchor, List.of(comment), false, comment.created());
    }

    /**
     * Adds a reply to a thread.
     *
     * @param threadId the thread id, or a unique prefix of at least four characters
     * @throws ChartaException when the text is empty, the thread is unknown or ambiguous, or writing fails
     */
    public synchronized Comment reply(String threadId, String text, Identity author) throws ChartaException {
        return reply(threadId, text, author, Stance.NONE);
    }

    /**
     * Adds a reply that argues for or against an amendment, or takes no stance.
     *
     * @throws ChartaException when the text is empty, the thread is unknown or ambiguous, or writing fails
     */
    public synchronized Comment reply(String threadId, String text, Identity author, Stance stance)
            throws ChartaException {
        Objects.requireNonNull(author, "author");
        String body = checkedText(text);
        CommentThread thread = requireThread(threadId);
        Comment comment = newComment(thread.id(), Comment.Kind.COMMENT, body, null, author, thread.latestFileTime(),
                stance);
        write(comment);
        LOG.info("Added comment {} to thread {}", comment.id(), thread.id());
        return comment;
    }

    /**
     * Records a new wording of a comment. Only its author (same e-mail address) may edit it, and the earlier
     * wordings stay in the thread's history. Two edits made offline on two machines both stay, the later one shown.
     *
     * @return the edit event as written: its {@code target} is the full id of the edited comment
     * @param threadId  the thread id, or a unique prefix of at least four characters
     * @param commentId the comment's id, or a unique prefix of at least four characters among the thread's
     * @throws ChartaException when the text is empty, the thread or comment is unknown, the author is someone
     *                         else ({@code error.comment.notAuthor}), the wording is unchanged, or writing fails
     */
    public synchronized Comment edit(String threadId, String commentId, String text, Identity author)
            throws ChartaException {
        Objects.requireNonNull(author, "author");
        String body = checkedText(text);
        CommentThread thread = requireThread(threadId);
        Comment target = checkedEditTarget(thread, commentId, body, author);

        Comment edit = newComment(thread.id(), Comment.Kind.EDIT, body, null, author, thread.latestFileTime(), Stance.NONE,
                target.id());
        write(edit);
        LOG.info("Recorded edit {} of comment {} in thread {}", edit.id(), target.id(), thread.id());
        return edit;
    }

    /**
     * Attaches a thread by hand to new text, typically an orphaned thread to the paragraph that replaced its
     * text. The new anchor becomes the reference quote.
     *
     * @param anchor the new place, made by {@link Anchors#forParagraph} or {@link Anchors#forRange}
     * @throws ChartaException          {@code error.comment.reattachSamePlace} when the thread is already attached
     *                                  there with that quote, so the event would change nothing; when the thread
     *                                  is unknown or writing fails
     * @throws IllegalArgumentException when the anchor is on a whole amendment or has an empty quote
     */
    public synchronized void reattach(String threadId, Anchor anchor, Identity author) throws ChartaException {
        requireTextAnchor(anchor);
        Objects.requireNonNull(author, "author");
        CommentThread thread = requireThread(threadId);
        if (isAttachedAt(thread, anchor)) {
            throw new ChartaException("error.comment.reattachSamePlace", thread.id(), anchor.paragraph(),
                    anchor.sectionId());
        }

        Comment event = newComment(thread.id(), Comment.Kind.REATTACH, "", anchor, author, thread.latestFileTime(),
                Stance.NONE, null);
        write(event);
        LOG.info("Reattached thread {} to paragraph {} of section {} as {}", thread.id(), anchor.paragraph(),
                anchor.sectionId(), event.id());
    }

    /**
     * Tells whether the thread is already found, unchanged, exactly where the anchor points. The anchor is made
     * from the current text, so the text there is the anchor's quote: when the tracked anchor has that quote at
     * that offset, the resolver finds it there, and when the reference quote is the same, the thread is anchored.
     */
    private static boolean isAttachedAt(CommentThread thread, Anchor anchor) {
        Anchor tracked = thread.trackedAnchor();
        return tracked.sectionId().equals(anchor.sectionId()) && tracked.start() == anchor.start()
                && tracked.quote().equals(anchor.quote()) && thread.anchor().quote().equals(anchor.quote());
    }

    /**
     * Writes one move event per thread that followed its paragraph, as computed by {@link AnchorTracker}. A move
     * of an unknown thread is skipped with a warning, and a move to the anchor the thread already tracks is
     * skipped, so recording the same moves twice writes nothing the second time.
     *
     * @param author the person whose operation moved the text
     * @return the move events written, in the order of {@code moves}
     * @throws ChartaException when the threads cannot be listed or a file cannot be written; the moves written
     *                         before the failure stay
     */
    public synchronized List<Comment> recordMoves(List<ThreadMove> moves, Identity author) throws ChartaException {
        Objects.requireNonNull(moves, "moves");
        Objects.requireNonNull(author, "author");
        if (moves.isEmpty()) {
            return List.of();
        }

        List<Comment> events = moveEvents(threads(), moves, author, clock, random);
        for (Comment event : events) {
            write(event);
        }
        LOG.info("Recorded {} thread moves of {} requested", events.size(), moves.size());
        return events;
    }

    /**
     * Makes the move events that {@link #recordMoves} writes, for threads read from a folder or from a Git tree:
     * one per move of a known thread to an anchor other than the one it tracks, each named after the thread's
     * latest event.
     */
    static List<Comment> moveEvents(List<CommentThread> threads, List<ThreadMove> moves, Identity author,
                                    Clock clock, SecureRandom random) {
        Map<String, CommentThread> byId = new HashMap<>();
        threads.forEach(thread -> byId.put(thread.id(), thread));
        Map<String, Instant> latest = new HashMap<>();
        Map<String, String> followed = new HashMap<>();
        List<Comment> events = new ArrayList<>();
        for (ThreadMove move : moves) {
            CommentThread thread = byId.get(move.threadId());
            if (thread == null) {
                LOG.warn("Skipped the move of thread {}: no thread has this id", move.threadId());
                continue;
            }
            if (thread.trackedAnchor().equals(move.anchor())) {
                LOG.debug("Skipped the move of thread {}: it already tracks that anchor", thread.id());
                continue;
            }
            // Two moves of one thread in the list must sort in list order, even within one millisecond.
            Instant after = latest.getOrDefault(thread.id(), thread.latestFileTime());
            Comment event = newComment(clock, randomHex(random, COMMENT_ID_BYTES), thread.id(), Comment.Kind.MOVE,
                    "", move.anchor(), author, after, Stance.NONE, followed.getOrDefault(thread.id(),
                            thread.trackedEventId()));
            events.add(event);
            latest.put(thread.id(), CommentFiles.timeOf(event.id()));
            followed.put(thread.id(), event.id());
        }
        return List.copyOf(events);
    }

    /** Marks a thread resolved; does nothing when it already is. */
    public synchronized void resolve(String threadId, Identity author) throws ChartaException {
        recordEvent(threadId, Comment.Kind.RESOLVE, author);
    }

    /** Reopens a resolved thread; does nothing when it is open. */
    public synchronized void reopen(String threadId, Identity author) throws ChartaException {
        recordEvent(threadId, Comment.Kind.REOPEN, author);
    }

    /**
     * Returns every readable thread, sorted by section id, then by the anchor's offset.
     *
     * @throws ChartaException when the comments folder exists but cannot be listed
     */
    public synchronized List<CommentThread> threads() throws ChartaException {
        if (!Files.isDirectory(commentsFolder)) {
            unreadableFiles = List.of();
            return List.of();
        }
        List<Path> unreadable = new ArrayList<>();
        List<CommentThread> threads = new ArrayList<>();
        for (Path folder : threadFolders()) {
            ThreadReader.read(folder, unreadable).ifPresent(threads::add);
        }
        unreadableFiles = List.copyOf(unreadable);
        threads.sort(THREAD_ORDER);
        return List.copyOf(threads);
    }

    public synchronized List<CommentThread> threads(String sectionId) throws ChartaException {
        return threads().stream().filter(thread -> thread.sectionId().equals(sectionId)).toList();
    }

    /**
     * Finds a thread by its id or by a prefix of at least four characters that only one thread id starts with.
     *
     * @return the thread, or empty when no thread has that id or prefix
     * @throws ChartaException when several threads start with the prefix
     */
    public synchronized Optional<CommentThread> thread(String idOrPrefix) throws ChartaException {
        String requested = idOrPrefix.strip().toLowerCase(Locale.ROOT);
        List<CommentThread> all = threads();
        Optional<CommentThread> exact = all.stream().filter(thread -> thread.id().equals(requested)).findFirst();
        if (exact.isPresent() || requested.length() < MIN_PREFIX_LENGTH) {
            return exact;
        }
        List<CommentThread> matches = all.stream().filter(thread -> thread.id().startsWith(requested)).toList();
        if (matches.size() > 1) {
            String ids = matches.stream().map(CommentThread::id).collect(Collectors.joining(", "));
            throw new ChartaException("error.comment.threadAmbiguous", idOrPrefix, ids);
        }
        return matches.stream().findFirst();
    }

    /** Returns the path of a comment's file relative to the charter folder, with {@code /} separators. */
    public static String relativePath(Comment comment) {
        return COMMENTS_FOLDER + "/" + comment.threadId() + "/" + CommentFiles.fileName(comment.id());
    }

    /** Returns the files and thread folders that the latest {@link #threads()} call had to skip. */
    public synchronized List<Path> unreadableFiles() {
        return unreadableFiles;
    }

    private void recordEvent(String threadId, Comment.Kind kind, Identity author) throws ChartaException {
        Objects.requireNonNull(author, "author");
        CommentThread thread = requireThread(threadId);
        boolean resolving = kind == Comment.Kind.RESOLVE;
        if (thread.resolved() == resolving) {
            LOG.info("Thread {} is already {}; nothing recorded", thread.id(), resolving ? "resolved" : "open");
            return;
        }
        Comment event = newComment(thread.id(), kind, "", null, author, thread.latestFileTime(), Stance.NONE);
        write(event);
        LOG.info("Recorded {} of thread {} as {}", kind, thread.id(), event.id());
    }

    /**
     * Finds the comment to edit and checks the edit: the author must have the comment's e-mail address, ignoring
     * letter case, and the new wording must differ from the current one.
     *
     * @param body the new wording, already checked by {@link #checkedText(String)}
     */
    static Comment checkedEditTarget(CommentThread thread, String commentId, String body, Identity author)
            throws ChartaException {
        Comment target = requireComment(thread, commentId);
        if (!ThreadEvents.sameAddress(author.email(), target.authorEmail())) {
            throw new ChartaException("error.comment.notAuthor", target.id(), target.authorName(),
                    target.authorEmail());
        }
        if (body.equals(target.text())) {
            throw new ChartaException("error.comment.unchanged", target.id());
        }
        return target;
    }

    /**
     * Finds a comment of the thread by its id or by a prefix of at least four characters that only one of the
     * thread's comment ids starts with, ignoring letter case.
     */
    static Comment requireComment(CommentThread thread, String idOrPrefix) throws ChartaException {
        Objects.requireNonNull(idOrPrefix, "commentId");
        String requested = idOrPrefix.strip().toLowerCase(Locale.ROOT);
        for (Comment comment : thread.comments()) {
            if (comment.id().toLowerCase(Locale.ROOT).equals(requested)) {
                return comment;
            }
        }

        List<Comment> matches = requested.length() < MIN_PREFIX_LENGTH ? List.of() : thread.comments().stream()
                .filter(comment -> comment.id().toLowerCase(Locale.ROOT).startsWith(requested))
                .toList();
        if (matches.size() > 1) {
            String ids = matches.stream().map(Comment::id).collect(Collectors.joining(", "));
            throw new ChartaException("error.comment.commentAmbiguous", idOrPrefix, thread.id(), ids);
        }
        if (matches.isEmpty()) {
            throw new ChartaException("error.comment.commentUnknown", MessageValues.shorten(idOrPrefix), thread.id());
        }
        return matches.get(0);
    }

    /** Rejects an anchor that cannot be located in a section's text. */
    static void requireTextAnchor(Anchor anchor) {
        Objects.requireNonNull(anchor, "anchor");
        if (anchor.isAmendment() || anchor.quote().isEmpty()) {
            throw new IllegalArgumentException("A thread can only be attached to text of a section, not to " + anchor);
        }
    }

    private CommentThread requireThread(String threadId) throws ChartaException {
        Objects.requireNonNull(threadId, "threadId");
        return thread(threadId).orElseThrow(() -> new ChartaException("error.comment.threadUnknown",
                MessageValues.shorten(threadId)));
    }

    /**
     * Rejects empty text and control characters other than line breaks and tabs: a comment reaches every
     * co-author, and an escape sequence in it would act on their terminals.
     */
    static String checkedText(String text) throws ChartaException {
        if (text == null || text.isBlank()) {
            throw new ChartaException("error.comment.textEmpty");
        }
        ControlCharacters.reject(text, "error.comment.controlCharacter");
        return TextNormalizer.normalize(text).strip();
    }

    /**
     * Creates a comment dated now whose file name sorts after {@code after}, so that a reply sorts after the
     * comment it replies to even when both fall in the same millisecond.
     */
    private Comment newComment(String threadId, Comment.Kind kind, String text, Anchor anchor, Identity author,
                               Instant after, Stance stance) {
        return newComment(threadId, kind, text, anchor, author, after, stance, null);
    }

    private Comment newComment(String threadId, Comment.Kind kind, String text, Anchor anchor, Identity author,
                               Instant after, Stance stance, String target) {
        return newComment(clock, randomHex(COMMENT_ID_BYTES), threadId, kind, text, anchor, author, after, stance,
                target);
    }

    static Comment newComment(Clock clock, String randomHex, String threadId, Comment.Kind kind, String text,
                              Anchor anchor, Identity author, Instant after, Stance stance) {
        return newComment(clock, randomHex, threadId, kind, text, anchor, author, after, stance, null);
    }

    /**
     * Creates a comment or event dated now by the local clock. Its id, which is its file name, takes the time
     * {@code after} plus one millisecond when the clock is not past it, so that the file sorts after the thread's
     * latest file even when another machine's clock ran ahead, while the date shown stays this machine's.
     *
     * @param target for an edit, the id of the edited comment; for a move, the id of the event it followed;
     *               otherwise null
     */
    static Comment newComment(Clock clock, String randomHex, String threadId, Comment.Kind kind, String text,
                              Anchor anchor, Identity author, Instant after, Stance stance, String target) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Instant nameTime = now.isAfter(after) ? now : after.truncatedTo(ChronoUnit.MILLIS).plusMillis(1);
        String id = CommentFiles.commentId(nameTime, randomHex);
        return new Comment(id, threadId, author.name(), author.email(), now, kind, text, anchor, stance, target);
    }

    private void write(Comment comment) throws ChartaException {
        Path file = commentsFolder.resolve(comment.threadId()).resolve(CommentFiles.fileName(comment.id()));
        try {
            AtomicFiles.writeString(file, CommentFiles.toJson(comment));
        } catch (IOException e) {
            throw new ChartaException(e, "error.file.writeFailed", file.toString(), e.getMessage());
        }
    }

    /**
     * Creates the folder of a new thread under a random id that no existing folder has.
     *
     * <p>A thread started elsewhere and not yet fetched could still have the same id, which would merge two
     * threads into one folder. Ids are 64 random bits, so among 1,000 threads the chance is below 1 in 10^13.
     */
    private String createThreadFolder() throws ChartaException {
        try {
            Files.createDirectories(commentsFolder);
            for (int attempt = 0; attempt < MAX_ID_ATTEMPTS; attempt++) {
                String threadId = randomHex(THREAD_ID_BYTES);
                try {
                    Files.createDirectory(commentsFolder.resolve(threadId));
                    return threadId;
                } catch (FileAlreadyExistsException e) {
                    LOG.info("Thread id {} is taken; drawing another", threadId);
                }
            }
        } catch (IOException e) {
            throw new ChartaException(e, "error.file.writeFailed", commentsFolder.toString(), e.getMessage());
        }
        throw new IllegalStateException("No free thread id after " + MAX_ID_ATTEMPTS + " attempts in "
                + commentsFolder);
    }

    private String randomHex(int byteCount) {
        return randomHex(random, byteCount);
    }

    static String randomHex(SecureRandom random, int byteCount) {
        byte[] bytes = new byte[byteCount];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static void deleteEmptyFolder(Path folder) {
        try {
            Files.deleteIfExists(folder);
        } catch (IOException e) {
            LOG.warn("Could not remove the empty thread folder {}", folder, e);
        }
    }

    private List<Path> threadFolders() throws ChartaException {
        try (Stream<Path> entries = Files.list(commentsFolder)) {
            return entries
                    .filter(Files::isDirectory)
                    .filter(folder -> THREAD_ID.matcher(folder.getFileName().toString()).matches())
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new ChartaException(e, "error.file.readFailed", commentsFolder.toString(), e.getMessage());
        }
    }

    /** Assembles one thread from the files of its folder. */
    static final class ThreadReader {

        private ThreadReader() {
        }

        static Optional<CommentThread> read(Path folder, List<Path> unreadable) {
            String threadId = folder.getFileName().toString();
            List<Comment> events = new ArrayList<>();
            for (Path file : commentFiles(folder, unreadable)) {
                readComment(file, threadId, unreadable).ifPresent(events::add);
            }

            Optional<CommentThread> thread = fromEvents(threadId, events, folder);
            if (thread.isEmpty() && !events.isEmpty()) {
                unreadable.add(folder);
            }
            return thread;
        }

        /**
         * Assembles a thread from the readable files of its folder, in file name order: its comments with their
         * latest wording, its reference and tracked anchors, and whether it is resolved.
         *
         * @param where the folder or tree path, for the log
         * @return the thread, or empty when no file is a comment with an anchor
         */
        static Optional<CommentThread> fromEvents(String threadId, List<Comment> events, Object where) {
            Optional<Comment> first = events.stream()
                    .filter(event -> event.kind() == Comment.Kind.COMMENT && event.anchor() != null)
                    .findFirst();
            if (first.isEmpty()) {
                if (!events.isEmpty()) {
                    LOG.warn("Thread folder {} has no readable first comment with an anchor; its {} other files "
                            + "are not shown", where, events.size());
                }
                return Optional.empty();
            }
            return Optional.of(assemble(threadId, first.get(), events, where));
        }

        /** Builds the thread from its events, as {@link ThreadEvents} describes. */
        static CommentThread assemble(String threadId, Comment first, List<Comment> events, Object where) {
            return ThreadEvents.assemble(threadId, first, events, where);
        }

        private static List<Path> commentFiles(Path folder, List<Path> unreadable) {
            try (Stream<Path> entries = Files.list(folder)) {
                return entries
                        .filter(file -> {
                            String name = file.getFileName().toString();
                            return name.endsWith(CommentFiles.EXTENSION) && !name.startsWith(".");
                        })
                        .filter(Files::isRegularFile)
                        .filter(file -> hasCommentIdName(file, unreadable))
                        .sorted(Comparator.comparing(file -> file.getFileName().toString()))
                        .toList();
            } catch (IOException e) {
                LOG.warn("Could not list the thread folder {}", folder, e);
                unreadable.add(folder);
                return List.of();
            }
        }

        private static boolean hasCommentIdName(Path file, List<Path> unreadable) {
            if (CommentFiles.isCommentFileName(file.getFileName().toString())) {
                return true;
            }
            LOG.warn("Skipped the comment file {}: its name is not a comment id", file);
            unreadable.add(file);
            return false;
        }

        private static Optional<Comment> readComment(Path file, String threadId, List<Path> unreadable) {
            String name = file.getFileName().toString();
            String commentId = name.substring(0, name.length() - CommentFiles.EXTENSION.length());
            try {
                String json = Files.readString(file, StandardCharsets.UTF_8);
                return Optional.of(CommentFiles.parse(json, threadId, commentId));
            } catch (IOException | IllegalArgumentException e) {
                LOG.warn("Skipped the unreadable comment file {}", file, e);
                unreadable.add(file);
                return Optional.empty();
            }
        }
    }
}
