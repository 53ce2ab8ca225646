package org.charta.core.charter;

import org.charta.core.ChartaException;

import java.nio.file.Path;

/** Checks the section paths that a manifest names before any file is read or written through them. */
public final class SectionPaths {

    private SectionPaths() {
    }

    /**
     * Resolves a manifest path against the charter folder.
     *
     * @throws ChartaException when the path is absolute, empty, or leads outside the charter folder or into
     *                         {@code .git}
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
        return resolved;
    }

    /** Returns the path of a file inside the charter folder as the manifest writes it: relative, with slashes. */
    public static String relativize(Path charterFolder, Path file) {
        Path relative = charterFolder.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize());
        return relative.toString().replace('\\', '/');
    }
}
