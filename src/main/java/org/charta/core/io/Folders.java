package org.charta.core.io;

import org.charta.core.ChartaException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Target folders of operations that create a charter (new, import, clone): they must be new or empty, and
 * a failure removes what the operation wrote there.
 */
public final class Folders {

    private static final Logger LOG = LoggerFactory.getLogger(Folders.class);

    private Folders() {
    }

    /**
     * Returns whether the folder is missing, so that the operation creates it.
     *
     * @throws ChartaException {@code error.folder.notEmpty} naming the folder when it exists and is not empty,
     *                         or is a file
     */
    public static boolean requireEmptyOrMissing(Path folder) throws ChartaException {
        if (!Files.exists(folder)) {
            return true;
        }
        if (!Files.isDirectory(folder)) {
            throw new ChartaException("error.folder.notEmpty", folder.toString());
        }
        try (Stream<Path> entries = Files.list(folder)) {
            if (entries.findAny().isPresent()) {
                throw new ChartaException("error.folder.notEmpty", folder.toString());
            }
        } catch (IOException e) {
            throw new ChartaException(e, "error.file.readFailed", folder.toString(), e.getMessage());
        }
        return false;
    }

    /**
     * Deletes what a failed operation wrote: the whole folder when the operation created it, else only its
     * content. A failure here is logged, because the operation's own error is the one to report.
     */
    public static void removeWritten(Path folder, boolean createdFolder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                if (createdFolder || !path.equals(folder)) {
                    Files.deleteIfExists(path);
                }
            }
        } catch (IOException e) {
            LOG.warn("Could not remove what a failed operation wrote in {}", folder, e);
        }
    }

    /** Deletes a folder and everything in it. */
    public static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
