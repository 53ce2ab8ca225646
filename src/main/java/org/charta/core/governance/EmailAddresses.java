package org.charta.core.governance;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/** The e-mail addresses that identify members: which are valid, and the file name each one's vote gets. */
public final class EmailAddresses {

    /** One {@code @} with text on both sides, and no space, angle bracket or control character: Git's rule. */
    private static final Pattern ADDRESS = Pattern.compile("[^<>\\s\\p{Cntrl}@]+@[^<>\\s\\p{Cntrl}@]+");

    /** Addresses made of these characters only keep every character apart from the separators in their slug. */
    private static final Pattern PLAIN = Pattern.compile("[a-z0-9.@-]+");

    private static final int HASH_LENGTH = 8;

    private EmailAddresses() {
    }

    public static boolean isValid(String email) {
        return email != null && ADDRESS.matcher(email).matches();
    }

    /**
     * Returns the slug that names a member's files, such as {@code alice-example-org} for
     * {@code Alice@Example.org}: lowercase ASCII letters and digits, each run of other characters one hyphen.
     * An address with other characters ({@code +}, {@code _}, accented or non-Latin letters) also gets a hyphen
     * and the first 8 hex digits of the SHA-256 of its lowercase form, so that {@code a+b@x.org} and
     * {@code a-b@x.org}, or two Arabic addresses at one domain, do not share a file.
     */
    public static String slug(String email) {
        String lower = email.strip().toLowerCase(Locale.ROOT);
        String slug = lower.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (PLAIN.matcher(lower).matches() && !slug.isEmpty()) {
            return slug;
        }
        String hash = sha256(lower).substring(0, HASH_LENGTH);
        return slug.isEmpty() ? hash : slug + "-" + hash;
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime provides SHA-256", e);
        }
    }
}
