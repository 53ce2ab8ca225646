package org.charta.ui.app;

import javafx.collections.ListChangeListener;
import javafx.geometry.NodeOrientation;
import javafx.scene.Scene;
import javafx.scene.control.Dialog;
import javafx.stage.PopupWindow;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Mirrors every window of the application in a right-to-left UI language: the main window, its child windows,
 * dialogs and alerts. Menus, context menus and tooltips are popup windows, whose scenes take the orientation of
 * the window that owns them, so they follow without being set here.
 *
 * <p>Windows that Charta builds call {@link #apply(Scene, UiText)} or {@link #apply(Dialog)}. A listener on
 * {@link Window#getWindows()} catches the others, such as an alert raised by a library, when they show. All
 * methods run on the JavaFX thread.
 */
public final class WindowOrientation {

    private static final Logger LOG = LoggerFactory.getLogger(WindowOrientation.class);

    private static NodeOrientation current = NodeOrientation.LEFT_TO_RIGHT;
    private static boolean listening;

    private WindowOrientation() {
    }

    /**
     * Sets the orientation of the UI language for every window that opens from now on, and for the windows
     * showing now that did not choose one themselves.
     */
    public static void follow(UiText text) {
        NodeOrientation orientation = text.orientation();
        if (orientation != current) {
            LOG.info("Window orientation is now {} for language {}", orientation, text.language());
        }
        current = orientation;
        if (!listening) {
            Window.getWindows().addListener((ListChangeListener<Window>) change -> {
                while (change.next()) {
                    change.getAddedSubList().forEach(WindowOrientation::applyIfUnset);
                }
            });
            listening = true;
        }
        Window.getWindows().forEach(WindowOrientation::applyIfUnset);
    }

    /** Returns the orientation that windows take now. */
    public static NodeOrientation current() {
        return current;
    }

    /** Gives a window's scene the orientation of the UI language. */
    public static void apply(Scene scene, UiText text) {
        scene.setNodeOrientation(text.orientation());
    }

    /** Gives a dialog the orientation that windows take now, whether or not it has an owner. */
    public static void apply(Dialog<?> dialog) {
        Scene scene = dialog.getDialogPane().getScene();
        if (scene != null) {
            scene.setNodeOrientation(current);
        }
    }

    private static void applyIfUnset(Window window) {
        if (window instanceof PopupWindow) {
            return;
        }
        Scene scene = window.getScene();
        if (scene != null && scene.getNodeOrientation() == NodeOrientation.INHERIT) {
            scene.setNodeOrientation(current);
        }
    }
}
