package org.charta.core.translation;

import org.charta.core.ChartaException;
import org.charta.core.Identity;
import org.charta.core.charter.Charter;
import org.charta.core.charter.LanguageTags;
import org.charta.core.charter.ManifestStore;
import org.charta.core.charter.SectionEntry;
import org.charta.core.charter.SectionPaths;
import org.charta.core.io.AtomicFiles;
import org.charta.core.io.ControlCharacters;
import org.charta.core.io.TextNormalizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Translations of a charter's sections and their paragraph alignment with the source.
 *
 * <p>A translation file is listed in the manifest under its section's {@code translations}. Each alignment is
 * a record file under {@code .charta/translations/<section-id>/<lang>/}, written once and never rewritten,
 * so two translators marking paragraphs offline never conflict. Status is computed from the working tree.
 *
 * <p>Every write checks its input first and changes nothing when the check fails; files are written
 * atomically.
 */
public final class Translations {

    private static final Logger LOG = LoggerFactory.getLogger(Translations.class);

    private static final String MARKDOWN = ".md";

    private static final Clock CLOCK = Clock.systemUTC();

    private Translations() {
    }

    /**
     * Computes the paragraph-by-paragraph state of one translation against the current source text. A
     * translation that the manifest lists but whose file is gone gets a status that says so
     * ({@link TranslationStatus#fileMissing()}), so that an overview still reports the other translations.
     *
     * @throws ChartaException when the section is unknown, has no translation in the language, or a file
     *                         cannot be read
     */
    public static TranslationStatus status(Charter charter, String sectionId, String language)
            throws ChartaException {
        String tag = LanguageTags.canonical(language).orElse(language);
        String listed = section(charter, sectionId).translations().get(tag);
        if (listed != null && !Files.isRegularFile(charter.folder().resolve(listed))) {
            LOG.warn("Translation file {} of {} is missing", listed, new LanguageVersion(sectionId, tag).id());
            return TranslationStatus.missingFile(sectionId, tag, charter.sourceLanguage().orElse(null), listed);
        }
        Texts texts = texts(charter, sectionId, language);
        String path = section(charter, sectionId).translations().get(texts.language());
        return new TranslationStatus(sectionId, texts.language(), texts.sourceLanguage(), path,
                texts.placed().stream().map(TranslationAlignment.Placed::row).toList(), false,
                texts.damagedRecords());
    }

    /**
     * Computes the status of every translation in the manifest, in section order, then in the order of the
     * manifest's languages. When a language is given, only its translations are computed.
     */
    public static List<TranslationStatus> overview(Charter charter, Optional<String> language)
            throws ChartaException {
        Optional<String> tag = language.map(value -> LanguageTags.canonical(value).orElse(value));
        List<String> order = charter.manifest().languages();
        List<TranslationStatus> statuses = new ArrayList<>();
        for (SectionEntry entry : charter.manifest().sections()) {
            List<String> languages = new ArrayList<>(entry.translations().keySet());
            languages.sort((a, b) -> Integer.compare(rank(order, a), rank(order, b)));
            for (String translated : languages) {
                if (tag.isEmpty() || tag.get().equals(translated)) {
                    statuses.add(status(charter, entry.id(), translated));
                }
            }
        }
        return List.copyOf(statuses);
    }

    /**
     * Adds a translation that starts as a copy of the source text: writes
     * {@code translations/<lang>/<section-id>.md}, lists it in the manifest (adding the language to the
     * manifest's languages) and records an {@code add} alignment that pairs no paragraph.
     *
     * @throws ChartaException when the section is unknown, the language is not a BCP 47 tag or is the source
     *                         language, or a translation in that language exists. Nothing is written then.
     */
    public static LanguageVersion add(Charter charter, String sectionId, String language, Identity author)
            throws ChartaException {
        String tag = checkNewTranslation(charter, sectionId, language, false);
        String text = charter.readSection(sectionId);
        LanguageVersion version = write(charter, sectionId, tag, text, TranslationEvent.Kind.ADD, author).version();
        LOG.info("Added translation {} as a copy of the source", version.id());
        return version;
    }

    /**
     * Imports an existing translation and aligns its paragraphs with the source, recording an {@code import}
     * alignment: by position when both have as many paragraphs, else by paragraph length (see
     * {@link ImportAlignment}).
     *
     * @param replace whether an existing translation in that language may be overwritten
     * @throws ChartaException when the text is empty, the section is unknown, the language is not a BCP 47 tag
     *                         or is the source language, or a translation exists and {@code replace} is false;
     *                         nothing is written then
     */
    public static LanguageVersion importAligned(Charter charter, String sectionId, String language, String text,
                                                Identity author, boolean replace) throws ChartaException {
        String tag = checkNewTranslation(charter, sectionId, language, replace);
        if (text == null || text.isBlank()) {
            throw new ChartaException("error.translation.empty", new LanguageVersion(sectionId, tag).id());
        }
        LanguageVersion version = write(charter, sectionId, tag, text, TranslationEvent.Kind.IMPORT, author).version();
        LOG.info("Imported translation {}", version.id());
        return version;
    }

    /**
     * Imports an existing translation file, which must be UTF-8, as {@link #importAligned} does.
     *
     * @throws ChartaException also when the file is missing or not UTF-8
     */
    public static LanguageVersion importFile(Charter charter, String sectionId, String language, Path file,
                                             Identity author, boolean replace) throws ChartaException {
        checkNewTranslation(charter, sectionId, language, replace);
        return importAligned(charter, sectionId, language, readUtf8(file), author, replace);
    }

    /**
     * Imports a folder of per-section translation files, or one whole translated document, as
     * {@link TranslationMatcher} matches them to sections. Sections that already have a translation in the
     * language are skipped; every file is read and checked before anything is written.
     *
     * @throws ChartaException when the folder or file is missing, the language is not a BCP 47 tag or is the source
     *                         language, a match is ambiguous, a document's section count differs from the
     *                         charter's, or a matched file is empty or not UTF-8; nothing is written then
     */
    public static FolderImport importFolder(Charter charter, String language, Path folder, Identity author)
            throws ChartaException {
        return importPlan(charter, TranslationMatcher.plan(charter, language, folder), author);
    }

    /**
     * Writes what a plan from {@link TranslationMatcher#plan} found, section by section in manifest order.
     *
     * @throws ChartaException when a section gained a translation in the language or an unlisted file appeared at
     *                         its translation path since the plan was made, or writing fails. Nothing stays
     *                         written then: the translations imported before the failure are removed again (files,
     *                         records and manifest entries).
     */
    public static FolderImport importPlan(Charter charter, ImportPlan plan, Identity author) throws ChartaException {
        List<LanguageVersion> imported = new ArrayList<>();
        for (ImportMatch match : plan.toWrite()) {
            checkNewTranslation(charter, match.sectionId(), plan.language(), false);
        }
        List<Written> written = new ArrayList<>();
        byte[] manifestBefore = readManifest(charter);
        try {
            for (ImportMatch match : plan.toWrite()) {
                if (match.text() == null || match.text().isBlank()) {
                    throw new ChartaException("error.translation.empty",
                            new LanguageVersion(match.sectionId(), plan.language()).id());
                }
                written.add(write(charter, match.sectionId(), plan.language(), match.text(),
                        TranslationEvent.Kind.IMPORT, author));
                imported.add(written.get(written.size() - 1).version());
            }
        } catch (ChartaException | RuntimeException e) {
            LOG.warn("Import into {} failed after {} translations; undoing them", plan.language(), written.size(), e);
            undoImport(charter, written, manifestBefore);
            throw e;
        }
        LOG.info("Imported {} translations in {} from {}; {} files unmatched, {} whole documents skipped, "
                        + "{} sections skipped", imported.size(), plan.language(), plan.origin(),
                plan.unmatched().size(), plan.wholeDocuments().size(), plan.matches().size() - imported.size());
        return new FolderImport(plan, imported);
    }

    /**
     * Records that one translation paragraph (its gutter number; 0 is the first heading) now follows the current
     * source paragraphs it is aligned with. An unaligned one follows the first source paragraph after its
     * predecessor's that no translation paragraph follows yet.
     *
     * @return whether a record was written; a paragraph that is already current writes nothing
     * @throws ChartaException when the translation is unknown, the paragraph number is out of range, the
     *                         paragraph follows a deleted source paragraph, or an unaligned paragraph has no free
     *                         source paragraph between the ones its neighbours follow
     */
    public static boolean markCurrent(Charter charter, String sectionId, String language, int translationParagraph,
                                      Identity author) throws ChartaException {
        return markCurrent(charter, sectionId, language, Integer.toString(translationParagraph), author);
    }

    /**
     * Marks one translation paragraph as {@link #markCurrent(Charter, String, String, int, Identity)} does, given
     * by its address: its gutter number, or {@code h1}, {@code h2}... for the first, second... heading, as
     * {@link AlignedRow#translationAddress()} gives it and {@code translate status} prints it.
     *
     * @return whether a record was written; a paragraph that is already current writes nothing
     * @throws ChartaException also when the address names no paragraph
     */
    public static boolean markCurrent(Charter charter, String sectionId, String language, String address,
                                      Identity author) throws ChartaException {
        Texts texts = texts(charter, sectionId, language);
        int position = TranslationAlignment.position(texts.translation(), address);
        if (position < 0) {
            throw new ChartaException("error.translation.paragraphInvalid", String.valueOf(address),
                    texts.versionId(), TranslationAlignment.lastNumber(texts.translation()));
        }
        if (placedAt(texts, position).row().state() == ParagraphState.CURRENT) {
            // A second record would repeat the first one and only grow the history.
            LOG.info("Paragraph {} of {} is already current; nothing recorded", address, texts.versionId());
            return false;
        }
        List<TranslationEvent.Pair> pairs = new ArrayList<>();
        for (int sourcePosition : sourcePositionsFor(texts, position, address)) {
            pairs.add(new TranslationEvent.Pair(position, sourcePosition));
        }
        record(charter, texts, pairs, author);
        return true;
    }

    /**
     * Marks every OUTDATED paragraph of a translation current in one record.
     *
     * @return how many paragraphs were marked (0 writes nothing)
     */
    public static int markAllOutdated(Charter charter, String sectionId, String language, Identity author)
            throws ChartaException {
        Texts texts = texts(charter, sectionId, language);
        List<TranslationEvent.Pair> pairs = new ArrayList<>();
        int marked = 0;
        for (TranslationAlignment.Placed placed : texts.placed()) {
            if (placed.row().state() == ParagraphState.OUTDATED) {
                marked++;
                for (int sourcePosition : placed.sourcePositions()) {
                    pairs.add(new TranslationEvent.Pair(placed.translationPosition(), sourcePosition));
                }
            }
        }
        if (!pairs.isEmpty()) {
            record(charter, texts, pairs, author);
        }
        return marked;
    }

    /** The current texts of a translation and its source, with the rows computed from them. */
    private record Texts(String sectionId, String language, String sourceLanguage, String source,
                         String translation, List<TranslationAlignment.Placed> placed, List<String> damagedRecords) {

        String versionId() {
            return new LanguageVersion(sectionId, language).id();
        }
    }

    private static Texts texts(Charter charter, String sectionId, String language) throws ChartaException {
        SectionEntry entry = section(charter, sectionId);
        String tag = LanguageTags.canonical(language).orElse(language);
        if (!entry.translations().containsKey(tag)) {
            throw new ChartaException("error.translation.unknown", new LanguageVersion(sectionId, tag).id());
        }
        String sourceText = charter.readSection(sectionId);
        String translationText = charter.readSection(new LanguageVersion(sectionId, tag).id());
        TranslationEvents.Records records = TranslationEvents.readRecords(charter.folder(), sectionId, tag);
        return new Texts(sectionId, tag, charter.sourceLanguage().orElse(null), sourceText, translationText,
                TranslationAlignment.placed(sourceText, translationText, records.events()), records.damaged());
    }

    /** Returns the current source positions that a translation paragraph is to follow when it is marked. */
    private static List<Integer> sourcePositionsFor(Texts texts, int position, String number)
            throws ChartaException {
        TranslationAlignment.Placed placed = placedAt(texts, position);
        switch (placed.row().state()) {
            case CURRENT, OUTDATED -> {
                return placed.sourcePositions();
            }
            case SOURCE_REMOVED -> throw new ChartaException("error.translation.sourceRemoved", number,
                    texts.versionId());
            default -> {
                return List.of(freeSourcePosition(texts, position, number));
            }
        }
    }

    /**
     * Picks the source paragraph for an unaligned translation paragraph: the first one after the source paragraph
     * that its predecessor follows and before the one its successor follows, that no translation paragraph
     * follows yet. Pairing a source paragraph that already has a translation would hide that translation.
     */
    private static int freeSourcePosition(Texts texts, int position, String number) throws ChartaException {
        int sourceCount = TranslationAlignment.paragraphs(texts.source()).size();
        int translationCount = TranslationAlignment.paragraphs(texts.translation()).size();
        int first = 1;
        for (int before = position - 1; before >= 1; before--) {
            List<Integer> sources = placedAt(texts, before).sourcePositions();
            if (!sources.isEmpty()) {
                first = sources.get(sources.size() - 1) + 1;
                break;
            }
        }
        int last = sourceCount;
        for (int after = position + 1; after <= translationCount; after++) {
            List<Integer> sources = placedAt(texts, after).sourcePositions();
            if (!sources.isEmpty()) {
                last = sources.get(0) - 1;
                break;
            }
        }
        if (first > sourceCount) {
            throw new ChartaException("error.translation.noSourceParagraph", number, texts.versionId());
        }

        Set<Integer> followed = new HashSet<>();
        for (TranslationAlignment.Placed placed : texts.placed()) {
            if (placed.translationPosition() != null) {
                followed.addAll(placed.sourcePositions());
            }
        }
        for (int candidate = first; candidate <= last; candidate++) {
            if (!followed.contains(candidate)) {
                return candidate;
            }
        }
        throw new ChartaException("error.translation.sourceTaken", number, texts.versionId());
    }

    private static TranslationAlignment.Placed placedAt(Texts texts, int position) {
        return texts.placed().stream().filter(placed -> Integer.valueOf(position).equals(placed.translationPosition()))
                .findFirst().orElseThrow(() -> new IllegalStateException("No row for paragraph " + position));
    }

    private static void record(Charter charter, Texts texts, List<TranslationEvent.Pair> pairs, Identity author)
            throws ChartaException {
        String sectionId = texts.sectionId();
        String language = texts.language();
        List<TranslationEvent> existing = TranslationEvents.read(charter.folder(), sectionId, language);
        String sourcePath = charter.manifest().section(sectionId).orElseThrow().path();
        TranslationEvent event = new TranslationEvent(
                TranslationEvents.newId(CLOCK.instant(), existing), TranslationEvent.Kind.MARK, now(),
                new TranslationEvent.Author(author.name(), author.email()), texts.sourceLanguage(),
                SourceRevision.of(charter.folder(), sourcePath, texts.source()),
                TranslationAlignment.paragraphs(texts.source()), TranslationAlignment.paragraphs(texts.translation()),
                pairs);
        TranslationEvents.write(charter.folder(), sectionId, language, event);
    }

    /**
     * Writes a translation file, records its first alignment and lists it in the manifest, in that order, so the
     * manifest never lists a translation whose record is missing. All or nothing: a failed step undoes the
     * earlier ones.
     */
    private static Written write(Charter charter, String sectionId, String language, String text,
                                 TranslationEvent.Kind kind, Identity author) throws ChartaException {
        SectionEntry entry = section(charter, sectionId);
        String sourceText = charter.readSection(sectionId);
        String translationText = TextNormalizer.normalize(text);
        String path = targetPath(entry, language);
        Path file = SectionPaths.resolve(charter.folder(), new LanguageVersion(sectionId, language).id(), path);
        Optional<byte[]> previous = readIfExists(file);

        List<String> sourceParagraphs = TranslationAlignment.paragraphs(sourceText);
        List<String> translationParagraphs = TranslationAlignment.paragraphs(translationText);
        List<TranslationEvent.Pair> pairs = kind == TranslationEvent.Kind.IMPORT
                ? ImportAlignment.pairs(sourceParagraphs, translationParagraphs) : List.of();
        List<TranslationEvent> existing = TranslationEvents.read(charter.folder(), sectionId, language);
        TranslationEvent event = new TranslationEvent(TranslationEvents.newId(CLOCK.instant(), existing), kind,
                now(), new TranslationEvent.Author(author.name(), author.email()),
                charter.sourceLanguage().orElse(null), SourceRevision.of(charter.folder(), entry.path(), sourceText),
                sourceParagraphs, translationParagraphs, pairs);
        Written written = new Written(new LanguageVersion(sectionId, language), file, previous, event.id());

        try {
            AtomicFiles.writeString(file, translationText);
        } catch (IOException e) {
            throw new ChartaException(e, "error.file.writeFailed", file.toString(), e.getMessage());
        }
        try {
            TranslationEvents.write(charter.folder(), sectionId, language, event);
            charter.addTranslation(sectionId, language, path);
        } catch (ChartaException | RuntimeException e) {
            undoFiles(charter, written);
            throw e;
        }
        return written;
    }

    /** The files that one {@link #write} changed besides the manifest, kept so that a failed import can undo them. */
    private record Written(LanguageVersion version, Path file, Optional<byte[]> previous, String eventId) {
    }

    /** Restores the translation file and deletes the record of one write; logs what it cannot undo. */
    private static void undoFiles(Charter charter, Written written) {
        restore(written.file(), written.previous());
        TranslationEvents.delete(charter.folder(), written.version().sectionId(), written.version().language(),
                written.eventId());
    }

    private static byte[] readManifest(Charter charter) throws ChartaException {
        Path file = ManifestStore.manifestPath(charter.folder());
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ChartaException(e, "error.file.readFailed", file.toString(), e.getMessage());
        }
    }

    /**
     * Undoes the translations a failed folder import wrote, newest first, then puts the manifest back as it was
     * and reloads it. What cannot be undone is logged; the caller rethrows the original failure.
     */
    private static void undoImport(Charter charter, List<Written> written, byte[] manifestBefore) {
        for (int index = written.size() - 1; index >= 0; index--) {
            undoFiles(charter, written.get(index));
        }
        Path manifestFile = ManifestStore.manifestPath(charter.folder());
        try {
            AtomicFiles.write(manifestFile, manifestBefore);
            charter.reload();
        } catch (IOException | ChartaException | RuntimeException e) {
            LOG.error("Could not restore {} after a failed folder import", manifestFile, e);
        }
    }

    /** Returns the manifest path of a translation: the listed one, else {@code translations/<lang>/<id>.md}. */
    private static String targetPath(SectionEntry entry, String language) {
        return entry.translations().getOrDefault(language,
                Charter.TRANSLATIONS_FOLDER + "/" + language + "/" + entry.id() + MARKDOWN);
    }

    private static Instant now() {
        return CLOCK.instant().truncatedTo(ChronoUnit.SECONDS);
    }

    /** Checks what every new translation needs; returns the canonical language tag. */
    private static String checkNewTranslation(Charter charter, String sectionId, String language, boolean replace)
            throws ChartaException {
        SectionEntry entry = section(charter, sectionId);
        String tag = checkLanguage(charter, language);
        String existing = entry.translations().get(tag);
        if (existing != null && !replace) {
            throw new ChartaException("error.translation.exists", new LanguageVersion(sectionId, tag).id(),
                    existing);
        }
        String path = targetPath(entry, tag);
        Path file = SectionPaths.resolve(charter.folder(), new LanguageVersion(sectionId, tag).id(), path);
        if (existing == null && !replace && Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            // An unlisted file there may be someone's work that the manifest lost, so it is never overwritten.
            throw new ChartaException("error.translation.fileExists", new LanguageVersion(sectionId, tag).id(), path);
        }
        return tag;
    }

    static String checkLanguage(Charter charter, String language) throws ChartaException {
        String tag = LanguageTags.canonical(language)
                .orElseThrow(() -> new ChartaException("error.translation.languageInvalid", String.valueOf(language)));
        Optional<String> sourceLanguage = charter.sourceLanguage();
        if (sourceLanguage.isEmpty()) {
            throw new ChartaException("error.translation.noSourceLanguage");
        }
        if (sourceLanguage.get().equalsIgnoreCase(tag)) {
            throw new ChartaException("error.translation.sourceLanguage", tag);
        }
        return tag;
    }

    private static SectionEntry section(Charter charter, String sectionId) throws ChartaException {
        return charter.manifest().section(sectionId)
                .orElseThrow(() -> new ChartaException("error.section.unknown", String.valueOf(sectionId)));
    }

    static String readUtf8(Path file) throws ChartaException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ChartaException(e, "error.translation.fileMissing", file.toString());
        } catch (IOException e) {
            throw new ChartaException(e, "error.file.readFailed", file.toString(), e.getMessage());
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ChartaException(e, "error.translation.notUtf8", file.toString());
        }
        ControlCharacters.rejectInFile(text, file.toString());
        return text;
    }

    private static Optional<byte[]> readIfExists(Path file) throws ChartaException {
        try {
            return Files.isRegularFile(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
        } catch (IOException e) {
            throw new ChartaException(e, "error.file.readFailed", file.toString(), e.getMessage());
        }
    }

    private static void restore(Path file, Optional<byte[]> previous) {
        try {
            if (previous.isPresent()) {
                AtomicFiles.write(file, previous.get());
            } else {
                Files.deleteIfExists(file);
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("Could not restore {} after a failed translation write", file, e);
        }
    }

    private static int rank(List<String> order, String language) {
        int index = order.indexOf(language);
        return index < 0 ? Integer.MAX_VALUE : index;
    }
}
