package org.charta.core;

import org.charta.core.i18n.Messages;

import java.util.Arrays;
import java.util.Locale;

/**
 * A failure a person can act on: it carries a message key from the {@code messages} bundle and the values
 * the message names, so the UI and the CLI can show it in the reader's language.
 *
 * <p>Core code throws it only after it has left the disk as it was before the operation started.
 */
public class ChartaException extends Exception {

    private final String messageKey;
    private final transient Object[] arguments;

    public ChartaException(String messageKey, Object... arguments) {
        super(Messages.format(Locale.ROOT, messageKey, arguments));
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public ChartaException(Throwable cause, String messageKey, Object... arguments) {
        super(Messages.format(Locale.ROOT, messageKey, arguments), cause);
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return Arrays.copyOf(arguments, arguments.length);
    }

    /** Formats the message for a reader of the given locale. */
    public String localizedMessage(Locale locale) {
        return Messages.format(locale, messageKey, arguments);
    }

    @Override
    public String getLocalizedMessage() {
        return localizedMessage(Locale.getDefault());
    }
}
