package org.charta.cli;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/** The URL argument of {@code publish} and {@code clone}, as the person typed it. */
final class RemoteAddress {

    private RemoteAddress() {
    }

    /**
     * Returns an existing local folder as an absolute path, and any other address unchanged. A relative path
     * means a folder relative to where the command runs, while the remote URL that is stored in the charter's
     * configuration is used later from other folders.
     */
    static String resolve(String address) {
        if (address.contains("://")) {
            return address;
        }
        try {
            Path path = Path.of(address);
            return Files.isDirectory(path) ? path.toAbsolutePath().normalize().toString() : address;
        } catch (InvalidPathException e) {
            return address;
        }
    }
}
