package org.charta.ui.editor;

import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

import java.util.Map;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;

/**
 * The editor's left margin: the paragraph number on the first line of each numbered paragraph, and a
 * badge with the number of comment threads on paragraphs that have some.
 *
 * <p>A new factory is installed whenever the numbers or counts change, instead of binding each line's node
 * to shared state, so nodes that scrolled away hold no listener and are simply collected.
 */
final class ParagraphGutter implements IntFunction<Node> {

    private final Map<Integer, Integer> numberByLine;
    private final Map<Integer, ThreadCount> threadsByNumber;
    private final IntConsumer onBadgeClicked;
    private final Function<ThreadCount, String> badgeTooltip;

    /** The interface language's digits for a number, so an Arabic window shows "¶١" as it shows "الفقرة ١". */
    private final IntFunction<String> digits;

    ParagraphGutter(Map<Integer, Integer> numberByLine, Map<Integer, ThreadCount> threadsByNumber,
                    IntConsumer onBadgeClicked, Function<ThreadCount, String> badgeTooltip,
                    IntFunction<String> digits) {
        this.numberByLine = Map.copyOf(numberByLine);
        this.threadsByNumber = Map.copyOf(threadsByNumber);
        this.onBadgeClicked = onBadgeClicked;
        this.badgeTooltip = badgeTooltip;
        this.digits = digits;
    }

    @Override
    public Node apply(int line) {
        HBox box = new HBox(4);
        box.getStyleClass().add("paragraph-gutter");
        box.setAlignment(Pos.TOP_RIGHT);

        Integer number = numberByLine.get(line);
        if (number != null) {
            ThreadCount threads = threadsByNumber.get(number);
            if (threads != null && threads.total() > 0) {
                box.getChildren().add(badge(number, threads));
            }
            Label label = new Label("¶" + digits.apply(number));
            label.getStyleClass().add("paragraph-number");
            label.setMinWidth(Region.USE_PREF_SIZE);
            box.getChildren().add(label);
        }
        return box;
    }

    private Label badge(int number, ThreadCount threads) {
        Label badge = new Label(digits.apply(threads.total()));
        badge.getStyleClass().add("comment-badge");
        if (threads.open() == 0) {
            badge.getStyleClass().add("comment-badge-resolved");
        }
        badge.setId("comment-badge-" + number);
        badge.setCursor(Cursor.HAND);
        badge.setMinWidth(Region.USE_PREF_SIZE);
        badge.setTooltip(new Tooltip(badgeTooltip.apply(threads)));
        badge.setOnMouseClicked(event -> {
            event.consume();
            onBadgeClicked.accept(number);
        });
        return badge;
    }
}
