package org.charta.core.amend;

import org.charta.core.ChartaException;

import org.charta.core.charter.Slugs;

import java.security.SecureRandom;
import java.util.Random;
import java.util.Set;

/**
 * Makes amendment ids: a lowercase ASCII slug of the title, at most {@link #MAX_SLUG_LENGTH} characters, then a
 * hyphen and {@link #SUFFIX_LENGTH} random characters of {@code [a-z0-9]}, as {@code right-to-vote-k3f9}. The
 * random part keeps two people who start amendments with the same title offline from choosing the same branch.
 */
final class AmendmentIds {

    static final int MAX_SLUG_LENGTH = 40;

    static final int SUFFIX_LENGTH = 4;

    /** The slug of a title without any Latin letter, such as an Arabic one. */
    static final String FALLBACK = "amendment";

    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";

    private static final Random RANDOM = new SecureRandom();

    private AmendmentIds() {
    }

    /** Returns a new id for the title that is not in {@code taken}. */
    static String newId(String title, Set<String> taken) {
        String slug = slug(title);
        while (true) {
            String id = slug + "-" + suffix();
            if (!taken.contains(id)) {
                return id;
            }
        }
    }

    /** Returns the slug part of an id for the title. */
    static String slug(String title) {
        String slug = Slugs.slug(title);
        if (slug.chars().noneMatch(character -> character >= 'a' && character <= 'z')) {
            return FALLBACK;
        }
        if (slug.length() > MAX_SLUG_LENGTH) {
            slug = slug.substring(0, MAX_SLUG_LENGTH);
            while (slug.endsWith("-")) {
                slug = slug.substring(0, slug.length() - 1);
            }
        }
        return slug;
    }

    private static String suffix() {
        StringBuilder suffix = new StringBuilder();
        for (int i = 0; i < SUFFIX_LENGTH; i++) {
            suffix.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return suffix.toString();
    }

    /**
     * Rejects a value that cannot be an amendment id, before it reaches a ref name: {@code ../x} or {@code a b}
     * would otherwise fail deep inside JGit.
     *
     * @throws ChartaException {@code error.vote.amendmentIdInvalid} naming the value
     */
    static void requireValid(String id) throws ChartaException {
        if (id == null || !id.matches(AmendmentRefs.ID_PATTERN)) {
            throw new ChartaException("error.vote.amendmentIdInvalid", String.valueOf(id));
        }
    }
}
