package org.charta.core.git;

import org.eclipse.jgit.errors.CorruptObjectException;
import org.eclipse.jgit.lib.ObjectChecker;

import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Decides whether a path from a commit can be checked out on every platform the drafters use.
 *
 * <p>A path is rejected when JGit's {@link ObjectChecker}, set to be safe for Windows and macOS, rejects it:
 * characters Windows forbids ({@code < > : " | ? * \}), control characters, a trailing dot or space, reserved
 * device names such as {@code CON} or {@code NUL}, and names macOS folds to {@code .git}. It is also rejected when
 * the file system of this machine cannot name it, or when one of its names is longer than 255 bytes in UTF-8.
 * {@link #caseCollisions} finds paths that only differ in case, which a case-insensitive file system cannot
 * keep apart.
 */
public final class PortablePaths {

    /** The maximum length of a file name in UTF-8 bytes on ext4; NTFS and APFS accept every name within it. */
    private static final int MAX_NAME_BYTES = 255;

    private PortablePaths() {
    }

    /** Returns why the path is not portable, in English for the log, or empty when it is portable. */
    public static Optional<String> problem(String path) {
        try {
            new ObjectChecker().setSafeForWindows(true).setSafeForMacOS(true).checkPath(path);
        } catch (CorruptObjectException e) {
            return Optional.of(e.getMessage());
        }
        for (String name : path.split("/")) {
            if (name.getBytes(StandardCharsets.UTF_8).length > MAX_NAME_BYTES) {
                return Optional.of("name longer than " + MAX_NAME_BYTES + " bytes: " + name);
            }
        }
        try {
            Path.of("", path.split("/"));
        } catch (InvalidPathException e) {
            return Optional.of(e.getMessage());
        }
        return Optional.empty();
    }

    /**
     * Returns the paths that name the same file on a case-insensitive file system (the default on Windows and
     * macOS), such as {@code sections/A.md} and {@code sections/a.md}. Names are compared lower-cased in NFC,
     * because macOS also treats composed and decomposed accents as one name.
     */
    public static Set<String> caseCollisions(Collection<String> paths) {
        Map<String, List<String>> byFoldedName = new HashMap<>();
        for (String path : paths) {
            String folded = Normalizer.normalize(path, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
            byFoldedName.computeIfAbsent(folded, key -> new ArrayList<>()).add(path);
        }
        Set<String> collisions = new TreeSet<>();
        for (List<String> same : byFoldedName.values()) {
            if (same.size() > 1) {
                collisions.addAll(same);
            }
        }
        return collisions;
    }
}
