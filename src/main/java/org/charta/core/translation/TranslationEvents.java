package org.charta.core.translation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.charta.core.ChartaException;
import org.charta.core.charter.Charter;
import org.charta.core.io.AtomicFiles;
import org.charta.core.io.EventFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * The alignment records of translations: {@code .charta/translations/<section-id>/<language>/<event-id>.json},
 * one file per record. Ids start with the time and end with random hex, so they sort by time and two people
 * adding records offline never write the same file.
 */
final class TranslationEvents {

    private static final Logger LOG = LoggerFactory.getLogger(TranslationEvents.class);

    /** Folder of the records, relative to the charter folder. */
    static final String FOLDER = Charter.TRANSLATION_RECORDS_FOLDER;

    private static final String EXTENSION = EventFiles.EXTENSION;
    private static final int RANDOM_BYTES = 4;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The file form of a record: the time as ISO-8601 text; the id is the file name. */
    @JsonPropertyOrder({"id", "kind", "created", "author", "sourceLanguage", "sourceRevision",
            "sourceParagraphs", "translationParagraphs", "pairs"})
    @JsonInclude(JsonInclude.Include.ALWAYS)
    private record EventJson(String id, TranslationEvent.Kind kind, String created, TranslationEvent.Author author,
                             String sourceLanguage, String sourceRevision, List<String> sourceParagraphs,
                             List<String> translationParagraphs, List<TranslationEvent.Pair> pairs) {

        static EventJson of(TranslationEvent event) {
            return new EventJson(event.id(), event.kind(), event.created().toString(), event.author(),
                    event.sourceLanguage(), event.sourceRevision(), event.sourceParagraphs(),
                    event.translationParagraphs(), event.pairs());
        }

        TranslationEvent toEvent(String fileId) {
            Instant time = created == null ? timeOf(fileId) : Instant.parse(created);
            return new TranslationEvent(fileId, kind, time, author, sourceLanguage, sourceRevision,
                    sourceParagraphs, translationParagraphs, pairs);
        }
    }

    private TranslationEvents() {
    }

    /**
     * Returns {@code .charta/translations/<section-id>/<language>} in the charter folder.
     *
     * @throws ChartaException when the section id or the language is not one plain folder name, so the result
     *                         would lie elsewhere. {@code Charter.open} rejects such manifests; this check is the
     *                         last line before a record is read, written or deleted.
     */
    static Path folder(Path charterFolder, String sectionId, String language) throws ChartaException {
        Path records = charterFolder.toAbsolutePath().normalize().resolve(FOLDER);
        Path folder;
        try {
            folder = records.resolve(sectionId).resolve(language).normalize();
        } catch (InvalidPathException e) {
            throw new ChartaException(e, "error.translation.recordFolderInvalid", sectionId, language);
        }
        boolean inside = folder.startsWith(records) && records.relativize(folder).getNameCount() == 2
                && folder.getParent().getFileName().toString().equals(sectionId)
                && folder.getFileName().toString().equals(language);
        if (!inside) {
            throw new ChartaException("error.translation.recordFolderInvalid", sectionId, language);
        }
        return folder;
    }

    /**
     * The readable records of one translation in id order, and the record files that were skipped as damaged.
     *
     * @param damaged paths of the damaged record files relative to the charter folder, with {@code /}
     */
    record Records(List<TranslationEvent> events, List<String> damaged) {

        Records {
            events = List.copyOf(events);
            damaged = List.copyOf(damaged);
        }
    }

    /** Reads the records of one translation in id order, skipping damaged ones as {@link #readRecords} does. */
    static List<TranslationEvent> read(Path charterFolder, String sectionId, String language)
            throws ChartaException {
        return readRecords(charterFolder, sectionId, language).events();
    }

    /**
     * Reads the records of one translation in id order. A file that cannot be read or parsed, or that pairs a
     * paragraph outside its own paragraph lists, is skipped with a warning and listed as damaged, so one damaged
     * record does not hide the others and the person can restore it.
     */
    static Records readRecords(Path charterFolder, String sectionId, String language) throws ChartaException {
        Path folder = folder(charterFolder, sectionId, language);
        List<Path> files;
        try (Stream<Path> entries = Files.list(folder)) {
            files = entries.filter(TranslationEvents::isEventFile).sorted().toList();
        } catch (NoSuchFileException e) {
            return new Records(List.of(), List.of());
        } catch (IOException e) {
            throw new ChartaException(e, "error.file.readFailed", folder.toString(), e.getMessage());
        }
        List<TranslationEvent> events = new ArrayList<>(files.size());
        List<String> damaged = new ArrayList<>();
        Path root = charterFolder.toAbsolutePath().normalize();
        for (Path file : files) {
            try {
                EventJson json = EventFiles.parse(Files.readString(file, StandardCharsets.UTF_8), EventJson.class);
                if (json == null || json.kind() == null) {
                    throw new IOException("no kind");
                }
                TranslationEvent event = json.toEvent(idOf(file));
                if (!pairsInRange(event)) {
                    throw new IOException("a pair lies outside the record's paragraph lists");
                }
                events.add(event);
            } catch (IOException | RuntimeException e) {
                LOG.warn("Skipped the damaged translation record {}", file, e);
                damaged.add(root.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/'));
            }
        }
        return new Records(events, damaged);
    }

    private static boolean pairsInRange(TranslationEvent event) {
        return event.pairs().stream().allMatch(pair -> pair != null
                && pair.translation() >= 1 && pair.translation() <= event.translationParagraphs().size()
                && pair.source() >= 1 && pair.source() <= event.sourceParagraphs().size());
    }

    /** Writes a record atomically under its id. */
    static void write(Path charterFolder, String sectionId, String language, TranslationEvent event)
            throws ChartaException {
        Path file = folder(charterFolder, sectionId, language).resolve(event.id() + EXTENSION);
        try {
            AtomicFiles.writeString(file, EventFiles.toJson(EventJson.of(event)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A translation record held in memory could not be serialised", e);
        } catch (IOException e) {
            throw new ChartaException(e, "error.file.writeFailed", file.toString(), e.getMessage());
        }
        LOG.info("Recorded {} alignment {} of {}@{}", event.kind().jsonName(), event.id(), sectionId, language);
    }

    /** Deletes a record written by this run, when a later step of the same operation failed. */
    static void delete(Path charterFolder, String sectionId, String language, String eventId) {
        try {
            Path file = folder(charterFolder, sectionId, language).resolve(eventId + EXTENSION);
            Files.deleteIfExists(file);
        } catch (IOException | ChartaException | RuntimeException e) {
            LOG.warn("Could not delete the translation record {} of {}@{}", eventId, sectionId, language, e);
        }
    }

    /**
     * Returns a new id dated now, or just after the latest existing record when this machine's clock is behind
     * it, so that the new record sorts last.
     */
    static String newId(Instant now, List<TranslationEvent> existing) {
        Instant nameTime = now.truncatedTo(ChronoUnit.MILLIS);
        for (TranslationEvent event : existing) {
            Instant time = timeOf(event.id());
            if (!nameTime.isAfter(time)) {
                nameTime = time.plusMillis(1);
            }
        }
        byte[] random = new byte[RANDOM_BYTES];
        RANDOM.nextBytes(random);
        return EventFiles.id(nameTime, HexFormat.of().formatHex(random));
    }

    static Instant timeOf(String id) {
        return EventFiles.timeOf(id);
    }

    private static boolean isEventFile(Path file) {
        String name = file.getFileName().toString();
        return EventFiles.isEventFileName(name) && Files.isRegularFile(file);
    }

    private static String idOf(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - EXTENSION.length());
    }
}
