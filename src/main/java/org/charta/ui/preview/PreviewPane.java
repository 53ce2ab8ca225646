package org.charta.ui.preview;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import javafx.scene.web.WebEngine;
import javafx.scene.web.WebView;
import javafx.util.Duration;
import org.charta.ui.task.BackgroundExecutor;
import org.charta.ui.task.Debouncer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The rendered section beside the editor. JavaScript is off and the page may load nothing from outside.
 * A click on a link does not navigate away from the preview.
 */
public final class PreviewPane {

    private static final Logger LOG = LoggerFactory.getLogger(PreviewPane.class);

    /** Delay between the last edit and a new rendering. */
    private static final Duration REFRESH_DELAY = Duration.millis(300);

    private final StackPane root = new StackPane();
    private final WebView webView = new WebView();
    private final BackgroundExecutor executor;
    private final ObservableValue<String> source;
    private final String language;
    private final Debouncer refresh;
    private final ChangeListener<String> sourceListener;
    private String shownHtml = "";
    private long generation;
    private boolean active = true;

    public PreviewPane(BackgroundExecutor executor, ObservableValue<String> source, String language) {
        this.executor = executor;
        this.source = source;
        this.language = language;
        WebEngine engine = webView.getEngine();
        engine.setJavaScriptEnabled(false);
        engine.locationProperty().addListener((observable, previous, location) -> stayOnPreview(location));
        webView.setContextMenuEnabled(false);
        webView.setId("preview");
        root.getStyleClass().add("preview-pane");
        root.getChildren().add(webView);

        refresh = new Debouncer(REFRESH_DELAY, this::render);
        sourceListener = (observable, previous, text) -> {
            generation++;
            if (active) {
                refresh.trigger();
            }
        };
        source.addListener(sourceListener);
        refresh.trigger();
    }

    public Node node() {
        return root;
    }

    /** Pauses rendering while the preview is hidden, and renders the current text when it shows again. */
    public void setActive(boolean active) {
        this.active = active;
        if (active) {
            refresh.trigger();
        } else {
            refresh.cancel();
        }
    }

    /** Returns the HTML last shown, for tests. */
    public String shownHtml() {
        return shownHtml;
    }

    public void dispose() {
        refresh.cancel();
        source.removeListener(sourceListener);
    }

    private void render() {
        long requested = generation;
        String markdown = source.getValue() == null ? "" : source.getValue();
        executor.compute("render preview", () -> PreviewRenderer.render(markdown, language),
                html -> show(html, requested),
                failure -> LOG.warn("The preview could not be rendered", failure));
    }

    private void show(String html, long requested) {
        if (requested != generation || html.equals(shownHtml)) {
            return;
        }
        shownHtml = html;
        webView.getEngine().loadContent(html);
    }

    /** Cancels navigation to a link target: the preview only ever shows the rendered section. */
    private void stayOnPreview(String location) {
        if (location == null || location.isEmpty() || "about:blank".equals(location)) {
            return;
        }
        LOG.info("Blocked navigation from the preview to {}", location);
        javafx.application.Platform.runLater(() -> {
            webView.getEngine().getLoadWorker().cancel();
            webView.getEngine().loadContent(shownHtml);
        });
    }
}
