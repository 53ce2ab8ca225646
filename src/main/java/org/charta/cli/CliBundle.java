package org.charta.cli;

import org.charta.core.i18n.Messages;

import java.text.MessageFormat;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The {@code cli.}-prefixed part of the shared message bundle, presented to picocli under picocli's own key
 * names: the bundle key {@code cli.charta.status.usage.description} is picocli's
 * {@code charta.status.usage.description}.
 *
 * <p>Each value goes through {@link MessageFormat} without arguments, as every other text of the bundle does,
 * so a doubled apostrophe ({@code ''}) prints as one. Picocli then applies its own {@code %n} line breaks.
 */
final class CliBundle extends ResourceBundle {

    static final String PREFIX = "cli.";

    private final ResourceBundle messages;
    private final Locale locale;
    private final Set<String> keys;

    CliBundle(Locale locale) {
        this.messages = Messages.bundle(locale);
        this.locale = Locale.ROOT.equals(locale) ? Locale.ENGLISH : locale;
        this.keys = messages.keySet().stream()
                .filter(key -> key.startsWith(PREFIX))
                .map(key -> key.substring(PREFIX.length()))
                .collect(Collectors.toUnmodifiableSet());
    }

    @Override
    protected Object handleGetObject(String key) {
        if (!keys.contains(key)) {
            return null;
        }
        return new MessageFormat(messages.getString(PREFIX + key), locale).format(new Object[0]);
    }

    @Override
    protected Set<String> handleKeySet() {
        return keys;
    }

    @Override
    public Enumeration<String> getKeys() {
        return Collections.enumeration(keys);
    }

    @Override
    public Locale getLocale() {
        return locale;
    }
}
