package org.charta.ui.amend;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.web.WebEngine;
import javafx.scene.web.WebView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A diff rendered as formatted text in a WebView locked like the section preview: JavaScript off, no context
 * menu, and a click on a link never leaves the page. The page itself carries a Content Security Policy that lets
 * nothing load from outside.
 */
final class RenderedDiffView {

    private static final Logger LOG = LoggerFactory.getLogger(RenderedDiffView.class);

    private final WebView webView = new WebView();
    private String shownHtml = "";

    RenderedDiffView() {
        WebEngine engine = webView.getEngine();
        engine.setJavaScriptEnabled(false);
        engine.locationProperty().addListener((observable, previous, location) -> stayOnPage(location));
        webView.setContextMenuEnabled(false);
        webView.setId("diff-rendered");
    }

    Node node() {
        return webView;
    }

    void show(String html) {
        if (html.equals(shownHtml)) {
            return;
        }
        shownHtml = html;
        webView.getEngine().loadContent(html);
    }

    /** Returns the page last shown, for tests. */
    String shownHtml() {
        return shownHtml;
    }

    private void stayOnPage(String location) {
        if (location == null || location.isEmpty() || "about:blank".equals(location)) {
            return;
        }
        LOG.info("Blocked navigation from the rendered diff to {}", location);
        Platform.runLater(() -> {
            webView.getEngine().getLoadWorker().cancel();
            webView.getEngine().loadContent(shownHtml);
        });
    }
}
