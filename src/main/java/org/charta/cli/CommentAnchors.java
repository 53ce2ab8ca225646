package org.charta.cli;

import org.charta.core.ChartaException;
import org.charta.core.comment.Anchor;
import org.charta.core.comment.Anchors;
import org.charta.core.io.MessageValues;
import org.charta.core.io.TextNormalizer;
import org.charta.core.markdown.Block;
import org.charta.core.markdown.MarkdownBlocks;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes the anchor of {@code comment add} and {@code comment reattach}: a whole paragraph, or with {@code --quote}
 * one phrase of it. The phrase is matched in the paragraph's Markdown source, with letter case and marks as
 * written. Any run of whitespace in the phrase matches any run of whitespace in the text, because a paragraph may
 * wrap where the phrase has a space.
 */
final class CommentAnchors {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

    private CommentAnchors() {
    }

    /**
     * Parses the PARAGRAPH parameter.
     *
     * @throws ParameterException naming the value when it is not a whole number
     */
    static int paragraphNumber(CommandLine command, CliContext cli, String value) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new ParameterException(command, cli.text("error.paragraphNotNumber", MessageValues.shorten(value)));
        }
    }

    /**
     * Anchors a thread to the paragraph, or to the phrase in it when {@code quote} is not null.
     *
     * @param occurrence which occurrence of the phrase, from 1, or null when it must occur once
     * @throws ChartaException when the paragraph does not exist, or the phrase is empty, missing, ambiguous
     *                         without {@code occurrence}, or occurs fewer times than {@code occurrence}
     */
    static Anchor anchor(String sectionId, String text, int paragraph, String quote, Integer occurrence)
            throws ChartaException {
        Anchor wholeParagraph = Anchors.forParagraph(sectionId, text, paragraph);
        if (quote == null) {
            return wholeParagraph;
        }
        Block block = MarkdownBlocks.paragraphs(text).get(paragraph - 1);
        String phrase = TextNormalizer.normalize(quote).strip();
        if (phrase.isEmpty()) {
            throw new ChartaException("cli.error.quoteEmpty");
        }

        List<int[]> matches = occurrences(text, block, phrase);
        if (matches.isEmpty()) {
            throw new ChartaException("cli.error.quoteNotFound", MessageValues.shorten(phrase), paragraph, sectionId);
        }
        int[] match = choose(matches, phrase, paragraph, sectionId, occurrence);
        return Anchors.forRange(sectionId, text, match[0], match[1]);
    }

    private static int[] choose(List<int[]> matches, String phrase, int paragraph, String sectionId,
                                Integer occurrence) throws ChartaException {
        if (occurrence == null) {
            if (matches.size() > 1) {
                throw new ChartaException("cli.error.quoteAmbiguous", MessageValues.shorten(phrase), matches.size(),
                        paragraph, sectionId);
            }
            return matches.get(0);
        }
        if (occurrence < 1) {
            throw new ChartaException("cli.error.occurrenceInvalid", String.valueOf(occurrence));
        }
        if (occurrence > matches.size()) {
            throw new ChartaException("cli.error.occurrenceMissing", MessageValues.shorten(phrase), matches.size(),
                    paragraph, sectionId, occurrence);
        }
        return matches.get(occurrence - 1);
    }

    /**
     * Returns the start and end offsets, in the section text, of every occurrence of the phrase inside the
     * paragraph, overlapping ones included: "aa" occurs twice in "aaa", so quoting it there is ambiguous.
     */
    private static List<int[]> occurrences(String text, Block block, String phrase) {
        Matcher matcher = pattern(phrase).matcher(text);
        List<int[]> matches = new ArrayList<>();
        int from = block.start();
        while (from < block.end()) {
            matcher.region(from, block.end());
            if (!matcher.find()) {
                break;
            }
            matches.add(new int[] {matcher.start(), matcher.end()});
            from = matcher.start() + Character.charCount(text.codePointAt(matcher.start()));
        }
        return matches;
    }

    /** Matches the phrase's words literally, with any run of whitespace between them. */
    private static Pattern pattern(String phrase) {
        List<String> words = new ArrayList<>();
        for (String word : WHITESPACE.split(phrase)) {
            words.add(Pattern.quote(word));
        }
        return Pattern.compile(String.join("\\s+", words), Pattern.UNICODE_CHARACTER_CLASS);
    }
}
