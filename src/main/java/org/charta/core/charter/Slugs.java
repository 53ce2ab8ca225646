package org.charta.core.charter;

import java.text.Normalizer;
import java.util.Collection;
import java.util.Locale;

/** Makes the stable, lowercase ASCII ids that name sections and their files. */
public final class Slugs {

    static final int MAX_LENGTH = 60;

    private Slugs() {
    }

    /**
     * Returns a slug of the title: accents dropped, letters and digits kept, everything else one hyphen.
     * A title with no Latin letter or digit (an Arabic title, say) gives an empty string.
     */
    public static String slug(String title) {
        String decomposed = Normalizer.normalize(title, Normalizer.Form.NFKD);
        StringBuilder builder = new StringBuilder();
        boolean pendingHyphen = false;
        for (char character : decomposed.toLowerCase(Locale.ROOT).toCharArray()) {
            if ((character >= 'a' && character <= 'z') || (character >= '0' && character <= '9')) {
                if (pendingHyphen && builder.length() > 0) {
                    builder.append('-');
                }
                builder.append(character);
                pendingHyphen = false;
            } else if (Character.getType(character) != Character.NON_SPACING_MARK) {
                pendingHyphen = true;
            }
        }
        String slug = builder.toString();
        if (slug.length() > MAX_LENGTH) {
            slug = slug.substring(0, MAX_LENGTH);
            slug = slug.endsWith("-") ? slug.substring(0, slug.length() - 1) : slug;
        }
        return slug;
    }

    /**
     * Returns a slug of the title that is not among the taken ids, adding -2, -3... The fallback replaces a
     * slug without any Latin letter, since an id such as "1" does not describe the section.
     */
    public static String uniqueSlug(String title, String fallback, Collection<String> taken) {
        String base = slug(title);
        if (base.chars().noneMatch(character -> character >= 'a' && character <= 'z')) {
            base = fallback;
        }
        String candidate = base;
        for (int suffix = 2; taken.contains(candidate); suffix++) {
            candidate = base + "-" + suffix;
        }
        return candidate;
    }
}
