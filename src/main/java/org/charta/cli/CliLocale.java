package org.charta.cli;

import org.charta.core.i18n.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Chooses the language of the command line's output. Java derives its default locale from the C library, which
 * falls back to {@code C} (and so to English) when the locale named by {@code LANG} is not installed, as on
 * minimal servers and containers. When Java's default is English or the root locale and no
 * {@code -Duser.language} was given, the first of {@code LC_ALL}, {@code LC_MESSAGES} and {@code LANG} that is set
 * and not {@code C} or {@code POSIX} decides instead, provided its language is one of {@link Messages#LANGUAGES}.
 * Unlike POSIX, a {@code C} value is skipped rather than obeyed, because {@code LC_ALL=C.UTF-8} is a common
 * default of container images and names no language of the reader.
 */
final class CliLocale {

    private static final Logger LOG = LoggerFactory.getLogger(CliLocale.class);

    /** Environment variables in POSIX precedence order for the language of messages. */
    private static final List<String> VARIABLES = List.of("LC_ALL", "LC_MESSAGES", "LANG");

    private CliLocale() {
    }

    /** Returns the locale for this process: Java's default, or the environment's language as described above. */
    static Locale forProcess() {
        return resolve(Locale.getDefault(), languageOptionGiven(), System.getenv());
    }

    /**
     * Returns the locale for the output.
     *
     * @param javaDefault         Java's default locale
     * @param languageOptionGiven whether the JVM was started with {@code -Duser.language}
     * @param environment         the process environment
     */
    static Locale resolve(Locale javaDefault, boolean languageOptionGiven, Map<String, String> environment) {
        boolean english = Locale.ROOT.equals(javaDefault) || "en".equals(javaDefault.getLanguage());
        if (!english || languageOptionGiven) {
            return javaDefault;
        }
        return fromEnvironment(environment).orElse(javaDefault);
    }

    /** Returns the locale named by the first meaningful variable when its language has a bundle. */
    static Optional<Locale> fromEnvironment(Map<String, String> environment) {
        for (String variable : VARIABLES) {
            String value = environment.get(variable);
            Optional<Locale> locale = value == null ? Optional.empty() : parse(value);
            if (locale.isPresent()) {
                // The first variable naming a real language decides, as in POSIX: a German LANG gives English
                // output rather than a French LANG further down the list.
                return locale.filter(named -> Messages.LANGUAGES.contains(named.getLanguage()));
            }
        }
        return Optional.empty();
    }

    /** Parses a POSIX locale name such as {@code fr_FR.UTF-8@euro}; {@code C} and {@code POSIX} give empty. */
    static Optional<Locale> parse(String value) {
        String name = value.strip();
        int modifier = name.indexOf('@');
        if (modifier >= 0) {
            name = name.substring(0, modifier);
        }
        int codeset = name.indexOf('.');
        if (codeset >= 0) {
            name = name.substring(0, codeset);
        }
        if (name.isEmpty() || name.equals("C") || name.equals("POSIX")) {
            return Optional.empty();
        }
        String[] parts = name.split("_", 2);
        if (!parts[0].matches("[A-Za-z]{2,3}")) {
            return Optional.empty();
        }
        String language = parts[0].toLowerCase(Locale.ROOT);
        String country = parts.length > 1 && parts[1].matches("[A-Za-z]{2}|[0-9]{3}") ? parts[1] : "";
        return Optional.of(new Locale(language, country.toUpperCase(Locale.ROOT)));
    }

    /**
     * Returns whether {@code -Duser.language} is among the JVM's arguments, including those that
     * {@code JDK_JAVA_OPTIONS} and {@code JAVA_TOOL_OPTIONS} add.
     */
    private static boolean languageOptionGiven() {
        try {
            return ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                    .anyMatch(argument -> argument.startsWith("-Duser.language="));
        } catch (RuntimeException | LinkageError e) {
            LOG.debug("Could not read the JVM arguments; keeping the default locale", e);
            return true;
        }
    }
}
