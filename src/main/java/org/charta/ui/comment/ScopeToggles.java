package org.charta.ui.comment;

import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.VPos;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.Region;

/**
 * Two scope toggles drawn as one segmented control. They sit side by side when both texts fit at their full
 * width, and else one above the other at the whole width, so that no language's text is cut with an ellipsis.
 */
final class ScopeToggles extends Region {

    /** Style class of the control while its toggles are stacked, for the rounded corners of the segments. */
    static final String STACKED = "stacked";

    private final ToggleButton first;
    private final ToggleButton second;

    ScopeToggles(ToggleButton first, ToggleButton second) {
        this.first = first;
        this.second = second;
        getChildren().addAll(first, second);
        getStyleClass().add("comment-scope");
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    /** Returns whether both toggles show their whole text side by side in a control of this width. */
    boolean sideBySide(double width) {
        Insets insets = getInsets();
        double available = width - insets.getLeft() - insets.getRight();
        return available + 0.5 >= first.prefWidth(-1) + second.prefWidth(-1);
    }

    @Override
    protected double computeMinWidth(double height) {
        Insets insets = getInsets();
        return insets.getLeft() + Math.max(first.prefWidth(-1), second.prefWidth(-1)) + insets.getRight();
    }

    @Override
    protected double computePrefWidth(double height) {
        Insets insets = getInsets();
        return insets.getLeft() + first.prefWidth(-1) + second.prefWidth(-1) + insets.getRight();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected double computePrefHeight(double width) {
        Insets insets = getInsets();
        double rows = width < 0 || sideBySide(width)
                ? Math.max(first.prefHeight(-1), second.prefHeight(-1))
                : first.prefHeight(-1) + second.prefHeight(-1);
        return insets.getTop() + rows + insets.getBottom();
    }

    @Override
    protected void layoutChildren() {
        Insets insets = getInsets();
        double x = insets.getLeft();
        double y = insets.getTop();
        double width = getWidth() - insets.getLeft() - insets.getRight();
        boolean sideBySide = sideBySide(getWidth());
        if (sideBySide == getStyleClass().contains(STACKED)) {
            if (sideBySide) {
                getStyleClass().remove(STACKED);
            } else {
                getStyleClass().add(STACKED);
            }
        }

        if (sideBySide) {
            // The room left over goes to both toggles in proportion to their texts, so the longer keeps its lead.
            double firstWidth = snapSizeX(width * first.prefWidth(-1) / (first.prefWidth(-1) + second.prefWidth(-1)));
            double height = Math.max(first.prefHeight(-1), second.prefHeight(-1));
            layoutInArea(first, x, y, firstWidth, height, 0, HPos.CENTER, VPos.CENTER);
            layoutInArea(second, x + firstWidth, y, width - firstWidth, height, 0, HPos.CENTER, VPos.CENTER);
        } else {
            double firstHeight = first.prefHeight(-1);
            layoutInArea(first, x, y, width, firstHeight, 0, HPos.CENTER, VPos.CENTER);
            layoutInArea(second, x, y + firstHeight, width, second.prefHeight(-1), 0, HPos.CENTER, VPos.CENTER);
        }
    }
}
