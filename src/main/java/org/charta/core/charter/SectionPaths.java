package org.charta.core.charter;

import org.charta.core.ChartaException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/** Checks the section paths that a manifest names before any file is read or written through them. */
public final class SectionPaths {

    private SectionPaths() {
    }

    /**
     * Resolves a manifest path against the charter folder.
     *
     * @throws ChartaException when the path is absolute, empty, leads outside the charter folder or into
     *                         {@code .git}, or is a symbolic link
     */
    public static Path resolve(Path charterFolder, String sectionId, String relativePath) throws ChartaException {
        if (relativePath == null || relativePath.isBlank()) {
            throw new ChartaException("error.section.pathMissing", sectionId);
        }
        String portable = relativePath.replace('\\', '/');
        Path root = charterFolder.toAbsolutePath().normalize();
        Path resolved;
        try {
            Path relative = Path.of(portable);
            if (relative.isAbsolute() || portable.startsWith("/")) {
                throw new ChartaException("error.section.pathOutside", sectionId, relativePath);
            }
            resolved = root.resolve(relative).normalize();
        } catch (java.nio.file.InvalidPathException e) {
            throw new ChartaException(e, "error.section.pathOutside", sectionId, relativePath);
        }
        if (!resolved.startsWith(root) || resolved.equals(root) || resolved.startsWith(root.resolve(".git"))) {
            throw new ChartaException("error.section.pathOutside", sectionId, relativePath);
        }
        rejectLinks(root, resolved, sectionId, relativePath);
        return resolved;
    }

    /**
     * Rejects a section file that is a symbolic link, or that a linked folder leads outside the charter: a
     * co-author could otherwise push a link that makes Charta read, quote and sync a private file.
     */
    private static void rejectLinks(Path root, Path resolved, String sectionId, String relativePath)
            throws ChartaException {
        if (Files.isSymbolicLink(resolved)) {
            throw new ChartaException("error.section.symlink", sectionId, relativePath);
        }
        if (!Files.exists(resolved, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try {
            if (!resolved.toRealPath().startsWith(root.toRealPath())) {
                throw new ChartaException("error.section.symlink", sectionId, relativePath);
            }
        } catch (IOException e) {
            throw new ChartaException(e, "error.file.readFailed", resolved.toString(), e.getMessage());
        }
    }

    /** Returns the path of a file inside the charter folder as the manifest writes it: relative, with slashes. */
    public static String relativize(Path charterFolder, Path file) {
        Path relative = charterFolder.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize());
        return relative.toString().replace('\\', '/');
    }
}
