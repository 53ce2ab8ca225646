package org.charta.ui.preview;

/**
 * Font stacks and direction rules shared by the HTML pages Charta shows in a WebView: the section preview and the
 * rendered diff of the amendments window.
 *
 * <p>Observed with JavaFX 21.0.11 on Debian 12 (Xvfb, software rendering): when the page's font stack starts with
 * fonts that lack Arabic (Noto Serif not installed, DejaVu Serif without Arabic), WebView draws most Arabic letters
 * in their isolated forms. With a font that contains Arabic first, it joins them. So right-to-left blocks and
 * right-to-left pages get a stack of fonts that contain Arabic on Linux, Windows and macOS.
 *
 * <p>NOTE: the cause inside WebKit is not known. Even with DejaVu Sans first, some sizes (20 and 22 px) and a few
 * words of longer pages still showed isolated letters in that test.
 *
 * <p>TODO: WebView still breaks the joining inside some Arabic words on Debian 12 with DejaVu Sans, the only
 * Arabic font there: the h2 "المادة 21" at 1.35em of 15 px and "لبلاده" in a list item at 15 px of the preview
 * page split after a lam. The same break shows with the Noto families removed from the stacks, and without
 * line-height. The same words in a bare page (one p at 18 and 22 px, DejaVu Sans) join, also with
 * font-kerning: none, font-variant-ligatures: none, text-rendering set either way, and "kern"/"liga" off, so
 * neither ligatures nor kerning nor the font stack is the cause. The page already has lang="ar" on its html
 * element when the charter is Arabic, so lang does not make the bare page join. The break is not only after a
 * lam: in the preamble of an Arabic charter under Xvfb, "الاعتراف" splits before its reh and "الإنسان" in the
 * h1 splits twice. Not yet tried: the ol/li context, 15 px itself, the page's colour and margins.
 * Probes: /tmp/uifixc/probe (Probe2 from /tmp/uifixa-probe).
 */
public final class PageFonts {

    /** Fonts that contain Arabic, the Linux ones first, then Windows, then macOS. */
    static final String ARABIC = "\"Noto Naskh Arabic\", \"Noto Sans Arabic\", \"DejaVu Sans\", \"Segoe UI\", "
            + "Tahoma, \"Geeza Pro\", Arial";

    /** Body text of left-to-right blocks. */
    public static final String SERIF = "\"Noto Serif\", \"DejaVu Serif\", Georgia, " + ARABIC + ", serif";

    /** Headings of left-to-right blocks. */
    public static final String SANS = "\"Noto Sans\", \"DejaVu Sans\", " + ARABIC + ", sans-serif";

    /**
     * Text whose direction the page does not know, such as core's diff fragments: the first font on each system has
     * both Latin and Arabic (DejaVu Sans on Linux, Segoe UI on Windows, Arial on macOS).
     */
    public static final String MIXED = "\"DejaVu Sans\", \"Segoe UI\", Arial, " + ARABIC + ", sans-serif";

    /** Every right-to-left block, body or heading. */
    public static final String RIGHT_TO_LEFT = ARABIC + ", sans-serif";

    /**
     * Rules every page adds after its own: right-to-left blocks switch to {@link #RIGHT_TO_LEFT}, and lists and
     * quotes indent at their start edge (logical properties), so an Arabic list keeps its markers inside the page.
     */
    public static final String DIRECTION_RULES = """
            [dir="rtl"], html[dir="rtl"] body { font-family: %s; }
            ol, ul { margin-block: 0 0.75em; margin-inline: 0; padding-inline-start: 2em; padding-inline-end: 0; }
            blockquote { margin-inline: 0; padding-inline-start: 12px; padding-inline-end: 0; border: none;
                         border-inline-start: 3px solid #c9d3e0; }
            body { overflow-wrap: break-word; }
            """.formatted(RIGHT_TO_LEFT);

    private PageFonts() {
    }
}
