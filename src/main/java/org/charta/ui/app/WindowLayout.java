package org.charta.ui.app;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Dimension2D;
import javafx.geometry.Orientation;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The panes of the main window and their sizes: outline, editor and preview, comments. It shows and hides
 * the preview and the comments, and keeps divider positions and the window's place in the settings.
 */
final class WindowLayout {

    private static final double OUTLINE_DIVIDER = 0.17;
    private static final double COMMENTS_DIVIDER = 0.74;
    private static final double PREVIEW_DIVIDER = 0.55;

    private final Settings settings;
    private final SplitPane mainSplit = new SplitPane();
    private final SplitPane editorSplit = new SplitPane();
    private final Node previewBox;
    private final Node commentsBox;
    private final BooleanProperty previewVisible = new SimpleBooleanProperty(true);
    private final BooleanProperty commentsVisible = new SimpleBooleanProperty(true);

    WindowLayout(Settings settings, Node outline, Node editor, Node preview, Node comments) {
        this.settings = settings;
        this.previewBox = preview;
        this.commentsBox = comments;
        editorSplit.setOrientation(Orientation.HORIZONTAL);
        editorSplit.getItems().setAll(editor, previewBox);
        editorSplit.getStyleClass().add("editor-split");
        mainSplit.getItems().setAll(outline, editorSplit, commentsBox);
        mainSplit.getStyleClass().add("main-split");
        SplitPane.setResizableWithParent(outline, false);
        SplitPane.setResizableWithParent(commentsBox, false);

        previewVisible.set(settings.flag("view.preview", true));
        commentsVisible.set(settings.flag("view.comments", true));
        showPreview(previewVisible.get());
        showComments(commentsVisible.get());
        previewVisible.addListener((observable, previous, visible) -> showPreview(visible));
        commentsVisible.addListener((observable, previous, visible) -> showComments(visible));
    }

    Node node() {
        return mainSplit;
    }

    BooleanProperty previewVisibleProperty() {
        return previewVisible;
    }

    BooleanProperty commentsVisibleProperty() {
        return commentsVisible;
    }

    /** Share of the screen's visual bounds that a window opened for the first time covers. */
    static final double FIRST_RUN_SHARE = 0.8;

    /**
     * Returns the window size to start with: the saved one, else 80 % of the screen's visual bounds. Either is
     * at least the given minimum and at most the visual bounds, so a size saved on a larger screen still fits.
     */
    static Dimension2D initialSize(Settings settings, Rectangle2D screen, Dimension2D minimum) {
        double width = settings.number("window.width", screen.getWidth() * FIRST_RUN_SHARE);
        double height = settings.number("window.height", screen.getHeight() * FIRST_RUN_SHARE);
        return new Dimension2D(fit(width, minimum.getWidth(), screen.getWidth()),
                fit(height, minimum.getHeight(), screen.getHeight()));
    }

    private static double fit(double size, double minimum, double screen) {
        if (Double.isNaN(size) || Double.isInfinite(size)) {
            size = screen * FIRST_RUN_SHARE;
        }
        return Math.min(Math.max(size, minimum), Math.max(minimum, screen));
    }

    /** Puts the window where it was, unless that place is on a screen that is no longer attached. */
    void restoreGeometry(Stage stage) {
        double x = settings.number("window.x", Double.NaN);
        double y = settings.number("window.y", Double.NaN);
        boolean onScreen = !Double.isNaN(x) && !Double.isNaN(y)
                && !Screen.getScreensForRectangle(x, y, 80, 40).isEmpty();
        if (onScreen) {
            stage.setX(x);
            stage.setY(y);
        }
        stage.setMaximized(settings.flag("window.maximized", false));
    }

    /** Copies the visible panes, dividers and window place into the settings (in memory). */
    void store(Stage stage) {
        rememberDividers();
        settings.setFlag("view.preview", previewVisible.get());
        settings.setFlag("view.comments", commentsVisible.get());
        settings.setFlag("window.maximized", stage.isMaximized());
        if (!stage.isMaximized() && stage.getWidth() > 0) {
            settings.setNumber("window.x", stage.getX());
            settings.setNumber("window.y", stage.getY());
            settings.setNumber("window.width", stage.getWidth());
            settings.setNumber("window.height", stage.getHeight());
        }
    }

    /** Sets the dividers from the settings. Call it once the window is showing and has its size. */
    void restoreDividers() {
        if (mainSplit.getItems().size() == 3) {
            mainSplit.setDividerPositions(settings.number("divider.outline", OUTLINE_DIVIDER),
                    settings.number("divider.comments", COMMENTS_DIVIDER));
        } else {
            mainSplit.setDividerPositions(settings.number("divider.outline", OUTLINE_DIVIDER));
        }
        if (editorSplit.getItems().size() == 2) {
            editorSplit.setDividerPositions(settings.number("divider.preview", PREVIEW_DIVIDER));
        }
    }

    private void showPreview(boolean visible) {
        if (visible && !editorSplit.getItems().contains(previewBox)) {
            editorSplit.getItems().add(previewBox);
            editorSplit.setDividerPositions(settings.number("divider.preview", PREVIEW_DIVIDER));
        } else if (!visible) {
            rememberDividers();
            editorSplit.getItems().remove(previewBox);
        }
    }

    private void showComments(boolean visible) {
        if (visible && !mainSplit.getItems().contains(commentsBox)) {
            mainSplit.getItems().add(commentsBox);
            restoreDividers();
        } else if (!visible) {
            rememberDividers();
            mainSplit.getItems().remove(commentsBox);
            mainSplit.setDividerPositions(settings.number("divider.outline", OUTLINE_DIVIDER));
        }
    }

    private void rememberDividers() {
        double[] main = mainSplit.getDividerPositions();
        if (main.length >= 1) {
            settings.setNumber("divider.outline", main[0]);
        }
        if (main.length >= 2) {
            settings.setNumber("divider.comments", main[1]);
        }
        double[] inner = editorSplit.getDividerPositions();
        if (inner.length >= 1) {
            settings.setNumber("divider.preview", inner[0]);
        }
    }
}
