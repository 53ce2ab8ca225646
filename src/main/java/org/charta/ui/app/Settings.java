package org.charta.ui.app;

import org.charta.core.AppFolders;
import org.charta.core.Identity;
import org.charta.core.io.AtomicFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/**
 * Per-person window settings (last charter, UI language, window layout, the name and e-mail address the person
 * entered for commits and comments), kept in
 * {@code settings.properties} under {@link AppFolders#configFolder()} and never in a charter.
 *
 * <p>Reading and writing touch the disk: call {@link #load()} before the window exists and
 * {@link #save()} from the background executor. The getters and setters are cheap and thread-safe.
 */
public final class Settings {

    private static final Logger LOG = LoggerFactory.getLogger(Settings.class);

    public static final String FILE_NAME = "settings.properties";

    static final String LAST_CHARTER = "charter.last";
    static final String LAST_SECTION = "charter.lastSection";
    static final String LANGUAGE = "ui.language";
    static final String IDENTITY_NAME = "identity.name";
    static final String IDENTITY_EMAIL = "identity.email";
    static final String FETCH_INTERVAL = "sync.fetchIntervalMinutes";

    /** Minutes between two background fetches when the person chose nothing. */
    public static final int DEFAULT_FETCH_INTERVAL_MINUTES = 5;

    /** The largest fetch interval the preferences accept: one day. */
    public static final int MAX_FETCH_INTERVAL_MINUTES = 1440;

    private final Path file;
    private final Properties values = new Properties();

    private Settings(Path file) {
        this.file = file;
    }

    /** Reads the settings file; a missing or unreadable file gives empty settings and a log line. */
    public static Settings load() {
        Settings settings = new Settings(AppFolders.configFolder().resolve(FILE_NAME));
        if (Files.isRegularFile(settings.file)) {
            try (Reader reader = Files.newBufferedReader(settings.file, StandardCharsets.UTF_8)) {
                settings.values.load(reader);
            } catch (IOException | IllegalArgumentException e) {
                LOG.warn("Could not read the settings {}; starting with defaults", settings.file, e);
            }
        }
        return settings;
    }

    /** Writes the settings atomically. */
    public void save() throws IOException {
        Properties snapshot;
        synchronized (values) {
            snapshot = new Properties();
            snapshot.putAll(values);
        }
        StringWriter writer = new StringWriter();
        snapshot.store(writer, "Charta window settings");
        AtomicFiles.writeString(file, writer.toString());
    }

    public Path file() {
        return file;
    }

    public Optional<Path> lastCharter() {
        return string(LAST_CHARTER).map(Path::of);
    }

    public void setLastCharter(Path folder) {
        put(LAST_CHARTER, folder.toAbsolutePath().toString());
    }

    public Optional<String> lastSection() {
        return string(LAST_SECTION);
    }

    public void setLastSection(String sectionId) {
        put(LAST_SECTION, sectionId);
    }

    public Optional<String> language() {
        return string(LANGUAGE);
    }

    public void setLanguage(String language) {
        put(LANGUAGE, language);
    }

    /** Forgets the chosen language, so the window follows the system's again. */
    public void clearLanguage() {
        synchronized (values) {
            values.remove(LANGUAGE);
        }
    }

    /** Returns the name and e-mail address the person entered in Charta, or empty when either is missing. */
    public Optional<Identity> identity() {
        Optional<String> name = string(IDENTITY_NAME);
        Optional<String> email = string(IDENTITY_EMAIL);
        if (name.isEmpty() || email.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Identity(name.get(), email.get()));
    }

    public void setIdentity(Identity identity) {
        synchronized (values) {
            values.setProperty(IDENTITY_NAME, identity.name());
            values.setProperty(IDENTITY_EMAIL, identity.email());
        }
    }

    /**
     * Returns the minutes between two background fetches, 0 when they are off. A stored value that is not a whole
     * number from 0 to {@link #MAX_FETCH_INTERVAL_MINUTES} gives the default.
     */
    public int fetchIntervalMinutes() {
        return string(FETCH_INTERVAL).map(value -> {
            try {
                int minutes = Integer.parseInt(value.strip());
                return minutes >= 0 && minutes <= MAX_FETCH_INTERVAL_MINUTES ? minutes
                        : DEFAULT_FETCH_INTERVAL_MINUTES;
            } catch (NumberFormatException e) {
                return DEFAULT_FETCH_INTERVAL_MINUTES;
            }
        }).orElse(DEFAULT_FETCH_INTERVAL_MINUTES);
    }

    public void setFetchIntervalMinutes(int minutes) {
        put(FETCH_INTERVAL, Integer.toString(minutes));
    }

    public double number(String key, double fallback) {
        return string(key).map(value -> {
            try {
                return Double.parseDouble(value);
            } catch (NumberFormatException e) {
                return fallback;
            }
        }).orElse(fallback);
    }

    public void setNumber(String key, double value) {
        put(key, Double.toString(value));
    }

    public boolean flag(String key, boolean fallback) {
        return string(key).map(Boolean::parseBoolean).orElse(fallback);
    }

    public void setFlag(String key, boolean value) {
        put(key, Boolean.toString(value));
    }

    private Optional<String> string(String key) {
        synchronized (values) {
            return Optional.ofNullable(values.getProperty(key)).filter(value -> !value.isBlank());
        }
    }

    private void put(String key, String value) {
        synchronized (values) {
            values.setProperty(key, value);
        }
    }
}
