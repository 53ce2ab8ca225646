package org.charta.core.merge;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;

/**
 * Makes {@link Conflict#id()} values: the first 16 hex digits of the SHA-1 of the conflict's kind, path, key and
 * three versions, so that recomputing the same merge gives the same ids. A repeated id (the same conflict twice in
 * one file) gets its occurrence number hashed in too.
 */
final class ConflictIds {

    private final Set<String> issued = new HashSet<>();

    String next(ConflictKind kind, String path, String key, String base, String mine, String theirs) {
        String id = hash(kind.name(), path, key, base, mine, theirs);
        for (int occurrence = 2; !issued.add(id); occurrence++) {
            id = hash(kind.name(), path, key + "#" + occurrence, base, mine, theirs);
        }
        return id;
    }

    private static String hash(String... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-1");
            for (String part : parts) {
                // A marker byte tells a missing version from an empty one; NUL separates the parts.
                digest.update((byte) (part == null ? 0 : 1));
                if (part != null) {
                    digest.update(part.getBytes(StandardCharsets.UTF_8));
                }
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime provides SHA-1", e);
        }
    }
}
