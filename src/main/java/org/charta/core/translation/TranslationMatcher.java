package org.charta.core.translation;

import org.charta.core.ChartaException;
import org.charta.core.charter.Charter;
import org.charta.core.charter.MarkdownImporter;
import org.charta.core.charter.SectionEntry;
import org.charta.core.io.TextNormalizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Decides which file of a folder, or which part of a whole document, translates which section, without writing
 * anything. A folder's files are matched by these rules, the first that finds a section winning:
 * <ol>
 *   <li>the section's source file has the same name ({@code fr/article-03.md} for {@code sections/article-03.md});
 *   <li>the name without {@code .md} is the section id;
 *   <li>the names are equal once each run of digits is compared as a number and a leading order prefix (digits,
 *       then {@code -}, {@code _}, {@code .} or a space) is ignored, on the file name and on both the section id
 *       and its source file name: {@code article-01.md} matches {@code article-1}, {@code 00-preamble.md} matches
 *       {@code preamble};
 *   <li>when no file matched by name and the folder contains exactly as many files as the charter has sections (whole
 *       documents not counted), the files in name order are paired with the sections in manifest order.
 * </ol>
 * A file that matches two sections under one rule, or two files that match one section, are rejected.
 * A file with several top-level sections, such as {@code all.md}, is a whole document: in a folder with other
 * files it is skipped, and alone in its folder, or given instead of a folder, it is split into sections as
 * {@link MarkdownImporter} splits a charter on import, and its parts are paired with the sections in order when
 * the counts agree.
 */
public final class TranslationMatcher {

    private static final Logger LOG = LoggerFactory.getLogger(TranslationMatcher.class);

    private static final String MARKDOWN = ".md";
    private static final Pattern ORDER_PREFIX = Pattern.compile("\\d+[-_. ]+");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern LEADING_ZEROS = Pattern.compile("^0+(?=\\d)");

    private TranslationMatcher() {
    }

    /**
     * Plans the import of a folder of per-section files or of one whole document. Every file that the plan
     * imports is read and checked.
     *
     * @throws ChartaException when the language is not a BCP 47 tag or is the source language, the path does not
     *                         exist, a match is ambiguous, a document's section count differs from the charter's,
     *                         a file to import is empty, not UTF-8 or holds a control character, or no file of the
     *                         folder matches a section
     */
    public static ImportPlan plan(Charter charter, String language, Path origin) throws ChartaException {
        String tag = Translations.checkLanguage(charter, language);
        if (Files.isRegularFile(origin)) {
            return document(charter, tag, origin);
        }
        if (!Files.isDirectory(origin)) {
            throw new ChartaException("error.translation.folderMissing", origin.toString());
        }
        return folder(charter, tag, origin);
    }

    private static ImportPlan folder(Charter charter, String tag, Path folder) throws ChartaException {
        List<Path> files = markdownFiles(folder);
        Map<String, Path> fileOfSection = new LinkedHashMap<>();
        Map<Path, MatchRule> rules = new LinkedHashMap<>();
        List<Path> others = new ArrayList<>();
        for (Path file : files) {
            Matched matched = byName(charter, file);
            if (matched == null) {
                others.add(file);
                continue;
            }
            Path earlier = fileOfSection.putIfAbsent(matched.sectionId(), file);
            if (earlier != null) {
                throw new ChartaException("error.translation.ambiguousFiles", earlier.getFileName().toString(),
                        file.getFileName().toString(), matched.sectionId());
            }
            rules.put(file, matched.rule());
        }

        List<Path> wholeDocuments = new ArrayList<>();
        List<Path> unmatched = new ArrayList<>();
        for (Path file : others) {
            (isWholeDocument(file) ? wholeDocuments : unmatched).add(file);
        }
        if (files.size() == 1 && wholeDocuments.size() == 1) {
            LOG.info("The folder {} holds only the whole document {}; splitting it", folder, files.get(0));
            return document(charter, tag, files.get(0));
        }

        List<SectionEntry> sections = charter.manifest().sections();
        if (fileOfSection.isEmpty() && !unmatched.isEmpty() && unmatched.size() == sections.size()) {
            LOG.info("No file of {} matches a section by name; pairing its {} files with the sections in order",
                    folder, unmatched.size());
            for (int i = 0; i < sections.size(); i++) {
                fileOfSection.put(sections.get(i).id(), unmatched.get(i));
                rules.put(unmatched.get(i), MatchRule.NAME_ORDER);
            }
            unmatched.clear();
        }

        List<ImportMatch> matches = new ArrayList<>();
        for (SectionEntry entry : sections) {
            Path file = fileOfSection.get(entry.id());
            if (file != null) {
                String text = Translations.readUtf8(file);
                if (text.isBlank()) {
                    throw new ChartaException("error.translation.emptyFile", file.toString());
                }
                matches.add(new ImportMatch(file, 0, "", entry.id(), rules.get(file), text,
                        entry.translations().containsKey(tag)));
            }
        }
        if (matches.isEmpty()) {
            throw new ChartaException("error.translation.nothingMatched", folder.toString());
        }
        return new ImportPlan(tag, folder, matches, unmatched, wholeDocuments);
    }

    private static ImportPlan document(Charter charter, String tag, Path file) throws ChartaException {
        String text = Translations.readUtf8(file);
        if (text.isBlank()) {
            throw new ChartaException("error.translation.emptyFile", file.toString());
        }
        List<MarkdownImporter.ImportedSection> parts = MarkdownImporter.split(TextNormalizer.normalize(text));
        List<SectionEntry> sections = charter.manifest().sections();
        if (parts.size() != sections.size()) {
            throw new ChartaException("error.translation.partCount", file.toString(), parts.size(), sections.size());
        }
        List<ImportMatch> matches = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            SectionEntry entry = sections.get(i);
            MarkdownImporter.ImportedSection part = parts.get(i);
            matches.add(new ImportMatch(file, i + 1, part.title(), entry.id(), MatchRule.DOCUMENT_ORDER, part.text(),
                    entry.translations().containsKey(tag)));
        }
        return new ImportPlan(tag, file, matches, List.of(), List.of());
    }

    /** A section found for a file by one of the name rules. */
    private record Matched(String sectionId, MatchRule rule) {
    }

    /** Returns the section a file's name matches under the first rule that finds one, or null. */
    private static Matched byName(Charter charter, Path file) throws ChartaException {
        String name = file.getFileName().toString();
        String stem = stem(name);
        Set<String> sameFileName = new LinkedHashSet<>();
        Set<String> sameNumberedName = new LinkedHashSet<>();
        String numbered = numberedKey(stem);
        for (SectionEntry entry : charter.manifest().sections()) {
            String sourceName = entry.path() == null ? null : Path.of(entry.path()).getFileName().toString();
            if (name.equals(sourceName)) {
                sameFileName.add(entry.id());
            }
            if (numbered.equals(numberedKey(entry.id()))
                    || sourceName != null && numbered.equals(numberedKey(stem(sourceName)))) {
                sameNumberedName.add(entry.id());
            }
        }
        if (!sameFileName.isEmpty()) {
            return single(file, sameFileName, MatchRule.SOURCE_FILE_NAME);
        }
        if (charter.manifest().section(stem).isPresent()) {
            return new Matched(stem, MatchRule.SECTION_ID);
        }
        return sameNumberedName.isEmpty() ? null : single(file, sameNumberedName, MatchRule.NUMBERED_NAME);
    }

    private static Matched single(Path file, Set<String> sectionIds, MatchRule rule) throws ChartaException {
        List<String> ids = List.copyOf(sectionIds);
        if (ids.size() > 1) {
            throw new ChartaException("error.translation.ambiguousSections", file.getFileName().toString(),
                    ids.get(0), ids.get(1));
        }
        return new Matched(ids.get(0), rule);
    }

    /**
     * Returns a name's key for the numbered-name rule: lower case, a leading order prefix removed when a name
     * remains after it, and leading zeros removed from every run of digits.
     */
    static String numberedKey(String name) {
        String key = name.toLowerCase(Locale.ROOT);
        Matcher prefix = ORDER_PREFIX.matcher(key);
        if (prefix.lookingAt() && prefix.end() < key.length()) {
            key = key.substring(prefix.end());
        }
        Matcher digits = DIGITS.matcher(key);
        StringBuilder result = new StringBuilder();
        while (digits.find()) {
            digits.appendReplacement(result, LEADING_ZEROS.matcher(digits.group()).replaceFirst(""));
        }
        digits.appendTail(result);
        return result.toString();
    }

    /**
     * Returns whether a file contains several top-level sections. A file that cannot be read as UTF-8 is not a
     * whole document. It stays unmatched, and is only read strictly when it is imported.
     */
    private static boolean isWholeDocument(Path file) {
        try {
            return MarkdownImporter.split(TextNormalizer.normalize(Translations.readUtf8(file))).size() > 1;
        } catch (ChartaException e) {
            LOG.warn("Could not read {} to tell whether it is a whole document", file, e);
            return false;
        }
    }

    private static List<Path> markdownFiles(Path folder) throws ChartaException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(file -> file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(MARKDOWN))
                    .filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new ChartaException(e, "error.file.readFailed", folder.toString(), e.getMessage());
        }
    }

    private static String stem(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(MARKDOWN) ? name.substring(0, name.length() - MARKDOWN.length())
                : name;
    }
}
