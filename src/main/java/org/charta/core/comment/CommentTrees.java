package org.charta.core.comment;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.charta.core.ChartaException;
import org.charta.core.Identity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Comment threads as files of a Git tree rather than of a folder on disk: read from a branch that is not checked
 * out, and new comment files made ready for a commit onto it. The files and their JSON are the same as
 * {@link CommentStore}'s.
 */
public final class CommentTrees {

    private static final Logger LOG = LoggerFactory.getLogger(CommentTrees.class);

    private static final SecureRandom RANDOM = new SecureRandom();

    private CommentTrees() {
    }

    /**
     * A comment file to add to a tree.
     *
     * @param comment the comment
     * @param path    its path in the repository, {@code .charta/comments/<thread>/<comment>.json}
     * @param bytes   the file's content
     */
    public record NewFile(Comment comment, String path, byte[] bytes) {
    }

    /**
     * Assembles the threads of a tree's comment files, sorted as {@link CommentStore#threads()} sorts them. Files
     * that cannot be read are skipped and logged, as the store does.
     *
     * @param files the content of each file under {@code .charta/comments/}, keyed by its path below that folder
     *              ({@code <thread>/<comment>.json})
     */
    public static List<CommentThread> read(Map<String, byte[]> files) {
        Map<String, List<Comment>> events = new TreeMap<>();
        new TreeMap<>(files).forEach((path, bytes) -> parse(path, bytes).ifPresent(comment ->
                events.computeIfAbsent(comment.threadId(), id -> new ArrayList<>()).add(comment)));

        List<CommentThread> threads = new ArrayList<>();
        events.forEach((threadId, comments) -> CommentStore.ThreadReader
                .fromEvents(threadId, comments, CommentStore.COMMENTS_FOLDER + "/" + threadId)
                .ifPresent(threads::add));
        threads.sort(CommentStore.THREAD_ORDER);
        return List.copyOf(threads);
    }

    /**
     * Makes the first comment of a new thread, under a thread id that none of {@code takenThreadIds} has.
     *
     * @throws ChartaException when the text is empty, blank or contains a control character
     */
    public static NewFile startThread(Anchor anchor, String text, Identity author, Stance stance,
                                      Set<String> takenThreadIds) throws ChartaException {
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(author, "author");
        String body = CommentStore.checkedText(text);
        String threadId = freeThreadId(takenThreadIds);
        Comment comment = CommentStore.newComment(Clock.systemUTC(), randomHex(CommentStore.COMMENT_ID_BYTES),
                threadId, Comment.Kind.COMMENT, body, anchor, author, Instant.EPOCH, stance);
        return file(comment);
    }

    /**
     * Makes a reply to a thread, dated after the thread's latest comment.
     *
     * @throws ChartaException when the text is empty, blank or contains a control character
     */
    public static NewFile reply(CommentThread thread, String text, Identity author, Stance stance)
            throws ChartaException {
        Objects.requireNonNull(thread, "thread");
        Objects.requireNonNull(author, "author");
        String body = CommentStore.checkedText(text);
        Comment comment = CommentStore.newComment(Clock.systemUTC(), randomHex(CommentStore.COMMENT_ID_BYTES),
                thread.id(), Comment.Kind.COMMENT, body, null, author, thread.latestFileTime(), stance);
        return file(comment);
    }

    /**
     * Makes an edit of a comment, checked as {@link CommentStore#edit} checks it.
     *
     * @throws ChartaException when the text is empty, the comment is unknown, the author is someone else or the
     *                         wording is unchanged
     */
    public static NewFile edit(CommentThread thread, String commentId, String text, Identity author)
            throws ChartaException {
        Objects.requireNonNull(thread, "thread");
        Objects.requireNonNull(author, "author");
        String body = CommentStore.checkedText(text);
        Comment target = CommentStore.checkedEditTarget(thread, commentId, body, author);
        Comment edit = CommentStore.newComment(Clock.systemUTC(), randomHex(CommentStore.COMMENT_ID_BYTES),
                thread.id(), Comment.Kind.EDIT, body, null, author, thread.latestFileTime(), Stance.NONE, target.id());
        return file(edit);
    }

    /**
     * Makes a reattach event that gives the thread a new reference anchor, as {@link CommentStore#reattach} does.
     *
     * @throws IllegalArgumentException when the anchor is on a whole amendment or has an empty quote
     */
    public static NewFile reattach(CommentThread thread, Anchor anchor, Identity author) {
        Objects.requireNonNull(thread, "thread");
        Objects.requireNonNull(author, "author");
        CommentStore.requireTextAnchor(anchor);
        Comment event = CommentStore.newComment(Clock.systemUTC(), randomHex(CommentStore.COMMENT_ID_BYTES),
                thread.id(), Comment.Kind.REATTACH, "", anchor, author, thread.latestFileTime(), Stance.NONE, null);
        return file(event);
    }

    /**
     * Makes a resolve event, or a reopen event when {@code resolve} is false, dated after the thread's latest
     * comment. The caller checks that the thread is not already in that state, as {@link CommentStore#resolve}
     * does.
     */
    public static NewFile stateChange(CommentThread thread, boolean resolve, Identity author) {
        Objects.requireNonNull(thread, "thread");
        Objects.requireNonNull(author, "author");
        Comment.Kind kind = resolve ? Comment.Kind.RESOLVE : Comment.Kind.REOPEN;
        Comment event = CommentStore.newComment(Clock.systemUTC(), randomHex(CommentStore.COMMENT_ID_BYTES),
                thread.id(), kind, "", null, author, thread.latestFileTime(), Stance.NONE);
        return file(event);
    }

    /**
     * Makes the move events of threads read from a tree, as {@link CommentStore#recordMoves} writes them into a
     * folder: a move of an unknown thread, or to the anchor a thread already tracks, gives no file.
     *
     * @param threads the threads of the tree the files will be added to
     */
    public static List<NewFile> moves(List<CommentThread> threads, List<ThreadMove> moves, Identity author) {
        Objects.requireNonNull(author, "author");
        return CommentStore.moveEvents(threads, moves, author, Clock.systemUTC(), RANDOM).stream()
                .map(CommentTrees::file)
                .toList();
    }

    private static NewFile file(Comment comment) {
        byte[] bytes = CommentFiles.toJson(comment).getBytes(StandardCharsets.UTF_8);
        return new NewFile(comment, CommentStore.relativePath(comment), bytes);
    }

    private static String freeThreadId(Set<String> existingIds) {
        for (int attempt = 0; attempt < CommentStore.MAX_ID_ATTEMPTS; attempt++) {
            String threadId = randomHex(CommentStore.THREAD_ID_BYTES);
            if (!existingIds.contains(threadId)) {
                return threadId;
            }
        }
        throw new IllegalStateException("No free thread id after " + CommentStore.MAX_ID_ATTEMPTS + " attempts");
    }

    /** Parses {@code <thread>/<comment>.json}; other paths, and files that do not parse, are skipped. */
    private static Optional<Comment> parse(String path, byte[] bytes) {
        String[] parts = path.split("/");
        if (parts.length != 2 || !CommentStore.THREAD_ID.matcher(parts[0]).matches()
                || !parts[1].endsWith(CommentFiles.EXTENSION) || parts[1].startsWith(".")) {
            return Optional.empty();
        }
        if (!CommentFiles.isCommentFileName(parts[1])) {
            LOG.warn("Skipped the comment file {}/{}: its name is not a comment id", CommentStore.COMMENTS_FOLDER,
                    path);
            return Optional.empty();
        }
        String commentId = parts[1].substring(0, parts[1].length() - CommentFiles.EXTENSION.length());
        try {
            return Optional.of(CommentFiles.parse(new String(bytes, StandardCharsets.UTF_8), parts[0],
                    commentId));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            LOG.warn("Skipped the unreadable comment file {}/{}", CommentStore.COMMENTS_FOLDER, path, e);
            return Optional.empty();
        }
    }

    private static String randomHex(int byteCount) {
        return CommentStore.randomHex(RANDOM, byteCount);
    }
}
