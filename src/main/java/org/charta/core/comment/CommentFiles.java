package org.charta.core.comment;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import org.charta.core.io.EventFiles;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * The on-disk form of one comment: {@code .charta/comments/<threadId>/<commentId>.json}, an event file as
 * {@link EventFiles} writes it, whose id sorts the comments by creation time.
 *
 * <p>{@code kind} is {@code comment}, {@code resolve}, {@code reopen}, {@code edit}, {@code reattach} or
 * {@code move}. An edit names the comment it rewords in {@code target}, and a move the event whose anchor it
 * followed. Reattach and move events carry an {@code anchor}. A file of a kind this version does not know cannot be read and is skipped.
 */
final class CommentFiles {

    static final String EXTENSION = EventFiles.EXTENSION;

    private CommentFiles() {
    }

    static String commentId(Instant created, String randomHex) {
        return EventFiles.id(created, randomHex);
    }

    /** Returns the time part of a comment id, or the epoch when the id does not start with one. */
    static Instant timeOf(String commentId) {
        return EventFiles.timeOf(commentId);
    }

    /** Returns whether a file name is a comment id followed by {@code .json}. */
    static boolean isCommentFileName(String name) {
        return EventFiles.isEventFileName(name);
    }

    static String fileName(String commentId) {
        return commentId + EXTENSION;
    }

    static String toJson(Comment comment) {
        try {
            return EventFiles.toJson(CommentJson.of(comment));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A comment held in memory could not be serialised", e);
        }
    }

    /**
     * Parses a comment file. The comment id comes from the file name and the thread id from the folder name,
     * so a copied or renamed file cannot claim another place.
     *
     * @throws JsonProcessingException  when the text is not JSON of the expected shape
     * @throws IllegalArgumentException when a required field is missing or invalid
     */
    static Comment parse(String json, String threadId, String commentId) throws JsonProcessingException {
        CommentJson file = EventFiles.parse(json, CommentJson.class);
        if (file == null) {
            throw new IllegalArgumentException("The file is empty");
        }
        return file.toComment(threadId, commentId);
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"id", "thread", "kind", "target", "author", "created", "text", "stance", "anchor"})
    record CommentJson(String id, String thread, String kind, String target, AuthorJson author, String created,
                       String text, String stance, AnchorJson anchor) {

        static CommentJson of(Comment comment) {
            AnchorJson anchor = comment.anchor() == null ? null : AnchorJson.of(comment.anchor());
            String stance = comment.stance() == Stance.NONE ? null : comment.stance().key();
            return new CommentJson(comment.id(), comment.threadId(), comment.kind().name().toLowerCase(Locale.ROOT),
                    comment.target(), new AuthorJson(comment.authorName(), comment.authorEmail()),
                    comment.created().toString(), comment.text(), stance, anchor);
        }

        Comment toComment(String threadId, String commentId) {
            if (kind == null || author == null || author.name() == null || author.email() == null
                    || created == null) {
                throw new IllegalArgumentException(
                        "The fields kind, author.name, author.email and created are required");
            }
            Comment.Kind parsedKind = Comment.Kind.valueOf(kind.toUpperCase(Locale.ROOT));
            Instant parsedCreated;
            try {
                parsedCreated = Instant.parse(created);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("Invalid created time " + created, e);
            }
            Anchor parsedAnchor = anchor == null ? null : anchor.toAnchor();
            // A stance this version does not know reads as none, so a newer file still shows its text.
            Stance parsedStance = Stance.parse(stance).orElse(Stance.NONE);
            // The target is kept as written; the thread reader ignores an edit whose target is missing or unknown.
            return new Comment(commentId, threadId, author.name(), author.email(), parsedCreated, parsedKind, text,
                    parsedAnchor, parsedStance, target);
        }
    }

    record AuthorJson(String name, String email) {
    }

    /** An anchor on a paragraph or phrase, or, with only {@code amendment} set, on a whole amendment. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"sectionId", "quote", "prefix", "suffix", "start", "paragraph", "amendment"})
    record AnchorJson(String sectionId, String quote, String prefix, String suffix, Integer start,
                      Integer paragraph, String amendment) {

        static AnchorJson of(Anchor anchor) {
            if (anchor.isAmendment()) {
                return new AnchorJson(null, null, null, null, null, null, anchor.amendment());
            }
            return new AnchorJson(anchor.sectionId(), anchor.quote(), anchor.prefix(), anchor.suffix(),
                    anchor.start(), anchor.paragraph(), null);
        }

        Anchor toAnchor() {
            if (amendment != null) {
                return Anchor.forAmendment(amendment);
            }
            if (sectionId == null || quote == null) {
                throw new IllegalArgumentException("The anchor fields sectionId and quote are required");
            }
            return new Anchor(sectionId, quote, prefix, suffix, start == null ? 0 : start,
                    paragraph == null ? 0 : paragraph);
        }
    }
}
