package org.charta;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

class LauncherTest {

    private static final String LINUX = "Linux";

    private Locale savedLocale;

    @BeforeEach
    void useEnglish() {
        savedLocale = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
    }

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(savedLocale);
    }

    @Test
    void linuxWithoutDisplayHasNone() {
        assertThat(Launcher.hasDisplay(LINUX, Map.of())).isFalse();
        assertThat(Launcher.hasDisplay(LINUX, Map.of("DISPLAY", " "))).isFalse();
    }

    @Test
    void x11OrWaylandDisplayCounts() {
        assertThat(Launcher.hasDisplay(LINUX, Map.of("DISPLAY", ":0"))).isTrue();
        assertThat(Launcher.hasDisplay(LINUX, Map.of("WAYLAND_DISPLAY", "wayland-0"))).isTrue();
    }

    @Test
    void windowsAndMacAlwaysHaveDisplay() {
        assertThat(Launcher.hasDisplay("Windows 11", Map.of())).isTrue();
        assertThat(Launcher.hasDisplay("Mac OS X", Map.of())).isTrue();
    }

    @Test
    void noDisplayPrintsOneLineAndExitsOne() {
        AtomicBoolean launched = new AtomicBoolean();
        StringWriter err = new StringWriter();

        int exitCode = Launcher.openWindow(new String[0], LINUX, Map.of(), args -> launched.set(true),
                new PrintWriter(err, true));

        assertThat(exitCode).isEqualTo(1);
        assertThat(launched).isFalse();
        assertThat(lines(err)).hasSize(1);
        assertThat(err.toString()).contains("no display", "charta --help");
    }

    @Test
    void failedToolkitPrintsOneLine() {
        StringWriter err = new StringWriter();

        int exitCode = Launcher.openWindow(new String[0], LINUX, Map.of("DISPLAY", ":99"), args -> {
            throw new RuntimeException("Exception in Application start method",
                    new UnsupportedOperationException("Unable to open DISPLAY"));
        }, new PrintWriter(err, true));

        assertThat(exitCode).isEqualTo(1);
        assertThat(lines(err)).hasSize(1);
        assertThat(err.toString()).contains("Unable to open DISPLAY", "charta --help");
        assertThat(err.toString()).doesNotContain("Exception", "\tat ");
    }

    @Test
    void windowThatOpensExitsZero() {
        AtomicBoolean launched = new AtomicBoolean();
        StringWriter err = new StringWriter();

        int exitCode = Launcher.openWindow(new String[0], LINUX, Map.of("DISPLAY", ":0"), args -> launched.set(true),
                new PrintWriter(err, true));

        assertThat(exitCode).isZero();
        assertThat(launched).isTrue();
        assertThat(err.toString()).isEmpty();
    }

    private static List<String> lines(StringWriter writer) {
        return writer.toString().lines().toList();
    }
}
