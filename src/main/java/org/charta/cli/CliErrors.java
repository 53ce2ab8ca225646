package org.charta.cli;

import org.charta.core.ChartaException;
import org.charta.core.comment.CommentStore;
import org.charta.core.i18n.Messages;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Chooses the message that the command line prints for a core failure. Most failures keep the core's message.
 * A few get a command-line wording instead: one that names a {@code charta} command the core cannot know about,
 * or one that distinguishes a case the core reports under a broader key (a file given where a folder is
 * expected, a section without any paragraph, a thread id too short to look up). An unknown comment id gets a
 * wording that points to {@code comment show}, which numbers the comments.
 */
final class CliErrors {

    /** Length below which a thread id is never looked up, as {@code CommentStore} requires. */
    static final int MIN_THREAD_ID_LENGTH = CommentStore.MIN_PREFIX_LENGTH;

    private CliErrors() {
    }

    /** Formats the message for the failure in the reader's locale, with the failure's own arguments. */
    static String message(ChartaException error, Locale locale) {
        return Messages.format(locale, messageKey(error), error.arguments());
    }

    static String messageKey(ChartaException error) {
        Object[] arguments = error.arguments();
        String key = error.messageKey();
        return switch (key) {
            case "error.git.indexLockedStale" -> "cli.error.indexLockedStale";
            case "error.charter.folderMissing" -> isFile(arguments) ? "cli.error.notAFolder" : key;
            case "error.import.fileMissing" -> isFolder(arguments) ? "cli.error.notAFile" : key;
            case "error.file.readFailed" -> isFolder(arguments) ? "cli.error.folderNotFile" : key;
            case "error.comment.paragraphMissing" -> hasNoParagraph(arguments) ? "cli.error.noParagraph" : key;
            case "error.comment.threadUnknown" -> isTooShort(arguments) ? "cli.error.threadIdTooShort" : key;
            case "error.comment.commentUnknown" -> "cli.error.commentUnknown";
            default -> key;
        };
    }

    private static boolean isFile(Object[] arguments) {
        return path(arguments).map(Files::isRegularFile).orElse(false);
    }

    private static boolean isFolder(Object[] arguments) {
        return path(arguments).map(Files::isDirectory).orElse(false);
    }

    /** The core names the section, the requested number and the number of paragraphs, in that order. */
    private static boolean hasNoParagraph(Object[] arguments) {
        return arguments.length >= 3 && arguments[2] instanceof Number count && count.intValue() == 0;
    }

    private static boolean isTooShort(Object[] arguments) {
        return arguments.length >= 1 && String.valueOf(arguments[0]).strip().length() < MIN_THREAD_ID_LENGTH;
    }

    private static Optional<Path> path(Object[] arguments) {
        if (arguments.length == 0 || arguments[0] == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Path.of(arguments[0].toString()));
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }
}
