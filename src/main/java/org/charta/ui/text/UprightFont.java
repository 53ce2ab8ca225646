package org.charta.ui.text;

import javafx.scene.text.Font;
import javafx.scene.text.FontPosture;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

import java.util.Locale;

/**
 * Keeps text in scripts without italics upright.
 *
 * <p>The slanted face of the usual Linux font (DejaVu Sans Oblique) has no Arabic letters. JavaFX 21 then
 * draws the fallback font's glyph numbers with the slanted face, so italic Arabic shows as unrelated symbols.
 * Arabic has no italic style anyway, so such text is drawn in the regular face of the same family, weight and
 * size.
 */
public final class UprightFont {

    /** Style class of a {@link Text} node whose right-to-left text the stylesheets keep upright. */
    public static final String STYLE_CLASS = "text-upright";

    private UprightFont() {
    }

    /** Returns whether {@code text} contains a letter of a right-to-left script, none of which has an italic. */
    public static boolean needsUpright(CharSequence text) {
        if (text == null) {
            return false;
        }
        return text.codePoints().anyMatch(UprightFont::isRightToLeft);
    }

    /** Returns whether {@code codePoint} belongs to a right-to-left script, letters, marks and digits alike. */
    public static boolean isRightToLeft(int codePoint) {
        byte direction = Character.getDirectionality(codePoint);
        if (direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC
                || direction == Character.DIRECTIONALITY_ARABIC_NUMBER) {
            return true;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.ARABIC || script == Character.UnicodeScript.HEBREW
                || script == Character.UnicodeScript.SYRIAC || script == Character.UnicodeScript.THAANA
                || script == Character.UnicodeScript.NKO;
    }

    /** Returns {@code font} in its regular posture when {@code text} needs it, else {@code font} itself. */
    public static Font forText(Font font, CharSequence text) {
        if (font == null || !isItalic(font) || !needsUpright(text)) {
            return font;
        }
        return Font.font(font.getFamily(), weightOf(font), FontPosture.REGULAR, font.getSize());
    }

    /**
     * Adds {@link #STYLE_CLASS} to {@code text} when its text needs an upright face. A stylesheet that slants a
     * class of text nodes keeps this class upright with a rule of its own.
     */
    public static void markUpright(Text text) {
        if (needsUpright(text.getText())) {
            text.getStyleClass().add(STYLE_CLASS);
        }
    }

    /** Returns whether {@code font} is a slanted face, judged by its style name. */
    public static boolean isItalic(Font font) {
        String style = font.getStyle().toLowerCase(Locale.ROOT);
        return style.contains("italic") || style.contains("oblique");
    }

    private static FontWeight weightOf(Font font) {
        String style = font.getStyle().toLowerCase(Locale.ROOT).replace(" ", "");
        for (FontWeight weight : FontWeight.values()) {
            String name = weight.name().toLowerCase(Locale.ROOT).replace("_", "");
            if (weight != FontWeight.NORMAL && style.contains(name)) {
                return weight;
            }
        }
        return FontWeight.NORMAL;
    }
}
