package org.charta.core.charter;

import org.charta.core.ChartaException;
import org.charta.core.Identity;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Makes a charter of a folder, choosing how from what the folder holds: an empty or missing folder gets a new
 * charter, a folder with files is adopted in place (its Markdown files become sections and nothing is renamed).
 */
public final class CharterInit {

    /** The action that {@link #initialize} took. */
    public enum Kind {
        CREATED,
        ADOPTED
    }

    /** The charter that {@link #initialize} opened, and how it came to be. */
    public record Result(Charter charter, Kind kind) {
    }

    private CharterInit() {
    }

    /**
     * Creates or adopts a charter in the folder.
     *
     * @param title the charter's title; when null or blank, the folder's name
     * @throws ChartaException when the folder is already a charter, or has files but no Markdown file; the
     *                         folder is left as it was
     */
    public static Result initialize(Path folder, String title, List<String> languages, Identity author)
            throws ChartaException {
        Path root = folder.toAbsolutePath().normalize();
        if (Charter.isCharter(root)) {
            throw new ChartaException("error.charter.alreadyCharter", root.toString());
        }
        if (isEmptyOrMissing(root)) {
            String charterTitle = title == null || title.isBlank() ? folderName(root) : title;
            return new Result(CharterSetup.create(root, charterTitle, languages, author), Kind.CREATED);
        }
        return new Result(CharterSetup.adopt(root, title, languages, author), Kind.ADOPTED);
    }

    private static boolean isEmptyOrMissing(Path folder) throws ChartaException {
        if (!Files.isDirectory(folder)) {
            // A plain file of that name is left to CharterSetup.create, which rejects it by name.
            return true;
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new ChartaException(e, "error.file.readFailed", folder.toString(), e.getMessage());
        }
    }

    private static String folderName(Path folder) {
        Path name = folder.getFileName();
        return name == null ? folder.toString() : name.toString();
    }
}
