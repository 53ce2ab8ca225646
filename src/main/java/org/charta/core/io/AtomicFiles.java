package org.charta.core.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes files so that a crash leaves either the old or the new content, never a mix: the bytes go to a
 * temporary file in the same folder, are forced to disk, and the file is renamed over the target.
 */
public final class AtomicFiles {

    private static final String TEMPORARY_SUFFIX = ".charta-tmp";

    /**
     * The names {@link Files#createTempFile} gives with the prefix {@code "." + target name} and our suffix: it puts
     * a random unsigned number between the two.
     */
    private static final Pattern TEMPORARY_NAME = Pattern.compile("\\..+[0-9]+" + Pattern.quote(TEMPORARY_SUFFIX));

    private AtomicFiles() {
    }

    /** Returns whether a file name is one of the temporary names this class writes before renaming. */
    public static boolean isTemporary(String fileName) {
        return TEMPORARY_NAME.matcher(fileName).matches();
    }

    public static void writeString(Path target, String content) throws IOException {
        write(target, content.getBytes(StandardCharsets.UTF_8));
    }

    public static void write(Path target, byte[] content) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path temporary = Files.createTempFile(folder, "." + target.getFileName(), TEMPORARY_SUFFIX);
        try {
            copyPermissions(target, temporary);
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            move(temporary, target);
            forceFolder(folder);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * Gives the temporary file the target's permissions, or rw-r--r-- for a new file: temporary files are
     * created readable by their owner only, which would otherwise stick to every file Charta saves.
     */
    private static void copyPermissions(Path target, Path temporary) throws IOException {
        if (!Files.getFileStore(temporary).supportsFileAttributeView(PosixFileAttributeView.class)) {
            return;
        }
        Set<PosixFilePermission> permissions = Files.exists(target)
                ? Files.getPosixFilePermissions(target)
                : PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(temporary, permissions);
    }

    private static void move(Path source, Path target) throws IOException {
        try {
            Files.move(source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Forces the folder entry of the rename to disk where the platform allows opening a folder. */
    private static void forceFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Windows cannot open a folder as a channel; the rename itself is still atomic there.
        }
    }
}
