package org.charta.cli;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TerminalTextTest {

    @Test
    void escapeSequencesBecomeVisible() {
        String hostile = "\u001B]0;pwned\u0007\u001B[2JHello";

        assertThat(TerminalText.safe(hostile)).isEqualTo("\\u001B]0;pwned\\u0007\\u001B[2JHello");
    }

    @Test
    void deleteAndC1ControlsBecomeVisible() {
        assertThat(TerminalText.safe("a\u007Fb\u009Bc\u0085d")).isEqualTo("a\\u007Fb\\u009Bc\\u0085d");
    }

    @Test
    void bidiOverridesBecomeVisible() {
        assertThat(TerminalText.safe("abc\u202Edef\u2066g\u2069\u202A\u202C"))
                .isEqualTo("abc\\u202Edef\\u2066g\\u2069\\u202A\\u202C");
    }

    @Test
    void multiLineTextKeepsBreaksAndTabs() {
        assertThat(TerminalText.safe("one\n\ttwo\r\nthree")).isEqualTo("one\n\ttwo\\u000D\nthree");
    }

    @Test
    void oneLineFieldLosesTabsAndBreaks() {
        assertThat(TerminalText.safeLine("1.\tDEFINITIONS\nmore")).isEqualTo("1. DEFINITIONS\\u000Amore");
    }

    @Test
    void ordinaryTextInEveryScriptIsUnchanged() {
        String text = "Préambule – ميثاق المواطنين \u200F«\u00A0citoyens\u00A0» 👩🏽‍⚖️ l·l";

        assertThat(TerminalText.safe(text)).isEqualTo(text);
        assertThat(TerminalText.safeLine(text)).isEqualTo(text);
    }
}
