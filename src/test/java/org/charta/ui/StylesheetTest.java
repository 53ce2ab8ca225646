package org.charta.ui;

import javafx.css.CssParser;
import javafx.css.Rule;
import javafx.css.Selector;
import javafx.css.Stylesheet;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The window's stylesheet parses cleanly, so no rule after a syntax error is silently lost. */
class StylesheetTest {

    private static final URL STYLESHEET = StylesheetTest.class.getResource("/org/charta/ui/charta.css");

    @Test
    void stylesheetParsesWithoutErrors() throws Exception {
        CssParser.errorsProperty().clear();

        new CssParser().parse(STYLESHEET);

        assertThat(List.copyOf(CssParser.errorsProperty())).extracting(Object::toString).isEmpty();
    }

    @Test
    void lastRulesOfStylesheetAreParsed() throws Exception {
        Stylesheet stylesheet = new CssParser().parse(STYLESHEET);

        List<String> selectors = stylesheet.getRules().stream()
                .map(Rule::getSelectors)
                .flatMap(List::stream)
                .map(Selector::toString)
                .toList();

        assertThat(selectors).anyMatch(selector -> selector.contains("incoming-warning"));
        assertThat(selectors).anyMatch(selector -> selector.contains("incoming-marker"));
    }
}
