package org.charta.ui.translation;

import org.charta.core.charter.LanguageTags;
import org.charta.core.ChartaException;
import org.charta.core.markdown.MarkdownBlocks;
import org.charta.ui.app.UiText;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A translation file read for import, with what importing it would align: paragraphs are paired by position,
 * up to the shorter of the two lists.
 *
 * @param file                the file as chosen
 * @param text                its text, decoded as UTF-8
 * @param sourceParagraphs    numbered paragraphs of the source section now
 * @param translatedParagraphs numbered paragraphs of the file
 */
record ImportPreview(Path file, String text, int sourceParagraphs, int translatedParagraphs) {

    /** Largest file accepted: a section is a few kilobytes, so anything larger is the wrong file. */
    static final long MAX_BYTES = 4L * 1024 * 1024;

    /** The two-letter ISO 639-1 language codes that Java knows. */
    private static final Set<String> ISO_639_1 = Set.of(Locale.getISOLanguages());

    /**
     * Reads a file strictly as UTF-8 and counts its paragraphs against the source text.
     *
     * @throws ChartaException when the file cannot be read, is larger than {@link #MAX_BYTES}, is not UTF-8 or
     *                         contains no paragraph
     */
    static ImportPreview read(Path file, String sourceText) throws ChartaException {
        String text = decode(file);
        int translated = MarkdownBlocks.paragraphs(text).size();
        if (text.isBlank() || translated == 0 && MarkdownBlocks.blocks(text).isEmpty()) {
            throw new ChartaException("ui.translation.import.empty", file.toString());
        }
        return new ImportPreview(file, text, MarkdownBlocks.paragraphs(sourceText).size(), translated);
    }

    /** Returns how many paragraphs importing pairs with the source. */
    int aligned() {
        return Math.min(sourceParagraphs, translatedParagraphs);
    }

    /** Describes the alignment for the confirmation, in the UI language. */
    String describe(UiText text, String languageName) {
        String summary = text.get("ui.translation.import.paragraphCounts", translatedParagraphs, languageName,
                sourceParagraphs, aligned());
        if (translatedParagraphs == sourceParagraphs) {
            return summary;
        }
        String rest = translatedParagraphs > sourceParagraphs
                ? text.get("ui.translation.import.extraTranslated", translatedParagraphs - sourceParagraphs)
                : text.get("ui.translation.import.extraSource", sourceParagraphs - translatedParagraphs);
        return summary + "\n" + rest;
    }

    /** Guesses the language of a file from its folder's name, as in {@code udhr/fr/article-03.md}. */
    static Optional<String> languageFromFolder(Path file, Collection<String> charterLanguages) {
        Path folder = file.toAbsolutePath().getParent();
        return folder == null ? Optional.empty() : languageOf(folder, charterLanguages);
    }

    /**
     * Returns the folder's name as a language tag when it plainly names one: a two-letter ISO 639-1 code such as
     * {@code fr}, one of the charter's languages, or a tag with a region or script whose language is one of
     * those, such as {@code pt-BR}. A three-letter word such as {@code bad} is a well-formed ISO 639-2 code too,
     * so other names give no guess.
     */
    static Optional<String> languageOf(Path folder, Collection<String> charterLanguages) {
        Path name = folder.getFileName();
        if (name == null) {
            return Optional.empty();
        }
        Optional<String> tag = LanguageTags.canonical(name.toString());
        if (tag.isEmpty() || LanguageNames.endonym(tag.get()).equals(tag.get())) {
            return Optional.empty();
        }
        if (charterLanguages.contains(tag.get())) {
            return tag;
        }
        String language = Locale.forLanguageTag(tag.get()).getLanguage();
        boolean twoLetterCode = language.length() == 2 && ISO_639_1.contains(language);
        return twoLetterCode || charterLanguages.contains(language) ? tag : Optional.empty();
    }

    private static String decode(Path file) throws ChartaException {
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new ChartaException("ui.translation.import.tooLarge", file.toString(), MAX_BYTES / 1024 / 1024);
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ChartaException(e, "error.file.readFailed", file.toString(), e.getMessage());
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ChartaException(e, "ui.translation.import.notUtf8", file.toString());
        }
    }
}
