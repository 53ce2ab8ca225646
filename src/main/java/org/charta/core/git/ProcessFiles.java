package org.charta.core.git;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Lists which files running processes have open, from the descriptors in {@code /proc/<pid>/fd} (Linux). The
 * descriptors of other users' processes cannot be read without privileges and are skipped.
 */
final class ProcessFiles {

    private static final Path PROC = Paths.get("/proc");

    private ProcessFiles() {
    }

    /** Returns whether {@code /proc} lists the open files of this process, which is the case on Linux. */
    static boolean isAvailable() {
        return Files.isDirectory(PROC.resolve(Long.toString(ProcessHandle.current().pid())).resolve("fd"));
    }

    /**
     * Returns whether any process (this one included) has {@code file} open, or a process other than this one has
     * a file under {@code folder} open.
     */
    static boolean anyProcessHas(Path file, Path folder) {
        Path realFile = real(file);
        Path realFolder = real(folder);
        long self = ProcessHandle.current().pid();
        try (DirectoryStream<Path> processes = Files.newDirectoryStream(PROC, ProcessFiles::isProcessFolder)) {
            for (Path process : processes) {
                boolean other = Long.parseLong(process.getFileName().toString()) != self;
                if (hasOpen(process, realFile, other ? realFolder : null)) {
                    return true;
                }
            }
        } catch (IOException e) {
            return false;
        }
        return false;
    }

    private static boolean hasOpen(Path process, Path file, Path folder) {
        try (DirectoryStream<Path> descriptors = Files.newDirectoryStream(process.resolve("fd"))) {
            for (Path descriptor : descriptors) {
                Path target = target(descriptor);
                if (target != null && (target.equals(file) || folder != null && target.startsWith(folder))) {
                    return true;
                }
            }
        } catch (IOException | SecurityException e) {
            // Another user's process, or one that ended while it was read.
            return false;
        }
        return false;
    }

    private static Path target(Path descriptor) {
        try {
            return Files.readSymbolicLink(descriptor);
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return null;
        }
    }

    private static boolean isProcessFolder(Path path) {
        String name = path.getFileName().toString();
        return !name.isEmpty() && name.chars().allMatch(Character::isDigit);
    }

    /** Resolves symbolic links in the folders of the path, as the kernel reports open files. */
    private static Path real(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        try {
            return absolute.toRealPath();
        } catch (IOException e) {
            Path parent = absolute.getParent();
            try {
                return parent == null ? absolute : parent.toRealPath().resolve(absolute.getFileName());
            } catch (IOException ignored) {
                return absolute;
            }
        }
    }
}
