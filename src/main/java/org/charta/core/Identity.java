package org.charta.core;

import java.text.Normalizer;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The person who records commits and writes comments: a display name and an e-mail address. */
public record Identity(String name, String email) {

    /** {@code Name <local@domain>}: no angle brackets or control characters in the name, one @ in the address. */
    private static final Pattern NAME_AND_EMAIL = Pattern.compile(
            "^\\s*([^<>\\p{Cntrl}]+?)\\s*<([^<>\\s\\p{Cntrl}@]+@[^<>\\s\\p{Cntrl}@]+)>\\s*$");

    /** Keeps name and e-mail in Unicode NFC, the form of everything Charta writes. */
    public Identity {
        name = Normalizer.normalize(Objects.requireNonNull(name, "name"), Normalizer.Form.NFC);
        email = Normalizer.normalize(Objects.requireNonNull(email, "email"), Normalizer.Form.NFC);
    }

    /**
     * Parses {@code "Name <email>"}.
     *
     * @throws ChartaException naming the value when it does not have that shape
     */
    public static Identity parse(String value) throws ChartaException {
        Matcher matcher = NAME_AND_EMAIL.matcher(value == null ? "" : value);
        if (!matcher.matches()) {
            throw new ChartaException("error.identity.invalid", String.valueOf(value));
        }
        return new Identity(matcher.group(1), matcher.group(2));
    }

    @Override
    public String toString() {
        return name + " <" + email + ">";
    }
}
