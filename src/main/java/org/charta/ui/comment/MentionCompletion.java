package org.charta.ui.comment;

import javafx.geometry.Side;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.charta.core.governance.Member;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Offers member names while a person types a mention: after {@code @} and a few letters, a menu under the field
 * lists the members whose name (any of its words) or e-mail address starts with them, ignoring case and accents.
 * Enter, Tab or a click replaces the typed letters with {@code @Full Name } and a space.
 */
final class MentionCompletion {

    /** Most names offered at once; more letters narrow a longer list. */
    static final int MAX_SUGGESTIONS = 6;

    /** Most characters after {@code @} that still count as a name being typed. */
    private static final int MAX_QUERY = 40;

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    /** A mention being typed: the offset of its {@code @} and the letters typed after it. */
    record Query(int start, String typed) {
    }

    private final TextInputControl field;
    private final Supplier<List<Member>> members;
    private final ContextMenu menu = new ContextMenu();
    private List<Member> offered = List.of();
    private Query query;
    /** Whether the text changed since the caret last moved, so a caret move alone never opens the menu. */
    private boolean textChanged;

    private MentionCompletion(TextInputControl field, Supplier<List<Member>> members) {
        this.field = field;
        this.members = members;
        menu.getStyleClass().add("mention-menu");
        menu.setAutoHide(true);
        field.textProperty().addListener((observable, previous, value) -> {
            textChanged = true;
            update();
        });
        // A field fires its text change before it moves the caret, so the move that follows typing may still open
        // the menu. A field opened with text ending in a mention, or a click into one, does not.
        field.caretPositionProperty().addListener((observable, previous, caret) -> {
            update();
            textChanged = false;
        });
        field.focusedProperty().addListener((observable, previous, focused) -> {
            if (!focused) {
                menu.hide();
            }
        });
        // A filter, so that Enter inserts the name instead of sending the reply the field's action would send.
        field.addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
        menu.addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
    }

    /** Offers member names in a text field or area; {@code members} is read each time the person types. */
    static MentionCompletion attach(TextInputControl field, Supplier<List<Member>> members) {
        return new MentionCompletion(field, members);
    }

    /** Returns the member names on offer now, for tests. */
    List<Member> offered() {
        return menu.isShowing() ? offered : List.of();
    }

    /**
     * Finds the mention being typed just before the caret: an {@code @} at the start or after a space or
     * punctuation, followed by letters, and by spaces, hyphens, apostrophes or dots inside a name.
     *
     * @return null when the caret is not at the end of such a mention
     */
    static Query query(String text, int caret) {
        // A field fires its text change before it moves the caret, so the caret may still be past a shorter text.
        if (caret > text.length()) {
            return null;
        }
        int limit = Math.max(0, caret - MAX_QUERY - 1);
        for (int index = caret - 1; index >= limit; index--) {
            char character = text.charAt(index);
            if (character == '@') {
                boolean startsWord = index == 0 || !Character.isLetterOrDigit(text.charAt(index - 1));
                String typed = text.substring(index + 1, caret);
                boolean typing = !typed.isEmpty() && Character.isLetter(typed.codePointAt(0))
                        && !Character.isWhitespace(typed.charAt(typed.length() - 1));
                return startsWord && typing ? new Query(index, typed) : null;
            }
            if (!partOfName(character)) {
                return null;
            }
        }
        return null;
    }

    /** Returns the members whose name, a word of it, or e-mail address starts with the typed letters. */
    static List<Member> matches(List<Member> members, String typed) {
        String prefix = fold(typed);
        List<Member> found = new ArrayList<>();
        for (Member member : members) {
            if (found.size() == MAX_SUGGESTIONS) {
                break;
            }
            if (matches(member, prefix)) {
                found.add(member);
            }
        }
        return found;
    }

    private static boolean matches(Member member, String prefix) {
        String name = fold(member.name());
        if (name.startsWith(prefix) || fold(member.email()).startsWith(prefix)) {
            return true;
        }
        for (String word : name.split("\\s+")) {
            if (word.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    private static boolean partOfName(char character) {
        return Character.isLetterOrDigit(character) || Character.getType(character) == Character.NON_SPACING_MARK
                || character == ' ' || character == '-' || character == '\'' || character == '’' || character == '.';
    }

    private static String fold(String value) {
        String decomposed = Normalizer.normalize(value, Normalizer.Form.NFD);
        return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
    }

    private void update() {
        query = query(field.getText(), field.getCaretPosition());
        offered = query == null ? List.of() : matches(members.get(), query.typed());
        if (offered.isEmpty() || !field.isFocused()) {
            menu.hide();
            return;
        }
        List<MenuItem> items = new ArrayList<>();
        for (Member member : offered) {
            Label label = new Label(member.name());
            label.getStyleClass().add("mention-choice");
            CustomMenuItem item = new CustomMenuItem(label, true);
            item.setOnAction(event -> insert(member));
            items.add(item);
        }
        menu.getItems().setAll(items);
        if (!menu.isShowing() && textChanged) {
            menu.show(field, Side.BOTTOM, 0, 0);
        }
    }

    private void keyPressed(KeyEvent event) {
        if (!menu.isShowing() || offered.isEmpty()) {
            return;
        }
        if (event.getCode() == KeyCode.ENTER || event.getCode() == KeyCode.TAB) {
            insert(focusedOrFirst());
            event.consume();
        } else if (event.getCode() == KeyCode.ESCAPE) {
            menu.hide();
            event.consume();
        }
    }

    private Member focusedOrFirst() {
        for (int index = 0; index < menu.getItems().size(); index++) {
            if (menu.getItems().get(index) instanceof CustomMenuItem item && item.getContent().getParent() != null
                    && item.getContent().getParent().isFocused()) {
                return offered.get(index);
            }
        }
        return offered.get(0);
    }

    /** Replaces the typed letters with the member's full name and a space, and puts the caret after them. */
    void insert(Member member) {
        Query current = query;
        if (current == null) {
            return;
        }
        String mention = "@" + member.name() + " ";
        int end = current.start() + 1 + current.typed().length();
        field.replaceText(current.start(), end, mention);
        field.positionCaret(current.start() + mention.length());
        menu.hide();
    }
}
