package org.charta.ui.app;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class UiTextDatesTest {

    private static final Instant WHEN = Instant.parse("2026-12-05T07:08:00Z");

    @Test
    void arabicDateHasNoFormatCharacters() {
        String date = new UiText(Locale.forLanguageTag("ar")).dateTime(WHEN);

        assertThat(date.codePoints().filter(codePoint -> Character.getType(codePoint) == Character.FORMAT))
                .as("format characters in %s", date).isEmpty();
    }

    @Test
    void arabicDateKeepsArabicIndicDigits() {
        String date = new UiText(Locale.forLanguageTag("ar")).dateTime(WHEN);

        assertThat(date).contains("٢٠٢٦").doesNotContainPattern("[0-9]");
    }

    @Test
    void arabicTimeHasNoFormatCharacters() {
        String time = new UiText(Locale.forLanguageTag("ar")).time(WHEN);

        assertThat(time.codePoints().filter(codePoint -> Character.getType(codePoint) == Character.FORMAT))
                .as("format characters in %s", time).isEmpty();
    }

    @Test
    void everyLanguageDateIsVisible() {
        for (String language : UiText.LANGUAGES) {
            String date = new UiText(Locale.forLanguageTag(language)).dateTime(WHEN);

            assertThat(date).as(language).isNotBlank();
            assertThat(date.codePoints().filter(codePoint -> Character.getType(codePoint) == Character.FORMAT))
                    .as("format characters in the %s date %s", language, date).isEmpty();
        }
    }

    @Test
    void arabicMessageHasNoBidiMarks() {
        String header = new UiText(Locale.forLanguageTag("ar")).get("ui.transport.passphrase.header", "id_ed25519");

        assertThat(header).contains("SSH id_ed25519").doesNotContain("\u200F");
    }

    @Test
    void bidiMarksGoButJoinersStay() {
        String cleaned = UiText.withoutBidiMarks("a\u200Fb\u061Cc\u2067d\u2069e\u200Df");

        assertThat(cleaned).isEqualTo("abcde\u200Df");
    }
}
