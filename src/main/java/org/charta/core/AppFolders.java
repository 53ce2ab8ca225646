package org.charta.core;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Per-user folders outside every charter repository: data (the demo charter) and configuration (window
 * layout, recent charters, last read). Nothing per person or per machine ever goes into a charter.
 *
 * <p>The system property {@code charta.home} replaces both roots, so tests and portable installs stay
 * inside one folder.
 */
public final class AppFolders {

    public static final String HOME_PROPERTY = "charta.home";

    private AppFolders() {
    }

    /** Folder for data Charta creates: {@code $XDG_DATA_HOME/charta}, {@code %APPDATA%\Charta}, ... */
    public static Path dataFolder() {
        String override = System.getProperty(HOME_PROPERTY);
        if (override != null && !override.isBlank()) {
            return Path.of(override, "data");
        }
        return platformFolder("XDG_DATA_HOME", ".local/share");
    }

    /** Folder for settings: {@code $XDG_CONFIG_HOME/charta}, {@code %APPDATA%\Charta}, ... */
    public static Path configFolder() {
        String override = System.getProperty(HOME_PROPERTY);
        if (override != null && !override.isBlank()) {
            return Path.of(override, "config");
        }
        return platformFolder("XDG_CONFIG_HOME", ".config");
    }

    private static Path platformFolder(String xdgVariable, String xdgDefault) {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path home = Path.of(System.getProperty("user.home"));
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            return (appData == null ? home.resolve("AppData").resolve("Roaming") : Path.of(appData)).resolve("Charta");
        }
        if (os.contains("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("Charta");
        }
        String xdg = System.getenv(xdgVariable);
        Path base = xdg == null || xdg.isBlank() ? home.resolve(xdgDefault) : Path.of(xdg);
        return base.resolve("charta");
    }
}
