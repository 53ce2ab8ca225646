package org.charta.ui.comment;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.charta.core.comment.Mentions;
import org.charta.core.governance.Member;
import org.charta.ui.amend.DiffFlows;
import org.charta.ui.conflict.TextDirection;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds the node of a comment's text: a wrapped label, or, when the text mentions members, a flow in which each
 * mention is bold in the accent colour. The flow has one {@link Text} node per word, because JavaFX 21 clips an
 * Arabic run that wraps inside one Text node of a flow.
 */
final class CommentText {

    static final String MENTION_STYLE = "mention";
    static final String WORD_STYLE = "comment-word";

    private CommentText() {
    }

    static Node of(String text, List<Member> members) {
        List<Mentions.Mention> mentions = members.isEmpty() ? List.of() : Mentions.find(text, members);
        if (mentions.isEmpty()) {
            Label body = new Label(text);
            body.getStyleClass().add("comment-text");
            body.setWrapText(true);
            body.setMinHeight(Region.USE_PREF_SIZE);
            return body;
        }

        List<Text> runs = new ArrayList<>();
        int position = 0;
        for (Mentions.Mention mention : mentions) {
            runs.addAll(words(text.substring(position, mention.start()), WORD_STYLE));
            runs.addAll(words(text.substring(mention.start(), mention.end()), MENTION_STYLE));
            position = mention.end();
        }
        runs.addAll(words(text.substring(position), WORD_STYLE));
        TextFlow flow = new TextFlow(runs.toArray(Text[]::new));
        flow.getStyleClass().add("comment-flow");
        flow.setNodeOrientation(TextDirection.of(text));
        return flow;
    }

    private static List<Text> words(String value, String style) {
        return value.isEmpty() ? List.of() : DiffFlows.words(value, style);
    }
}
