package org.charta.core.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The shared form of Charta's append-only event files (comments, translation alignment records): one indented
 * JSON file per event, with LF line endings, named by its id. An id is the creation time as
 * {@code yyyyMMdd'T'HHmmssSSS'Z'} (UTC) plus eight random hex digits, so sorting the file names sorts the events
 * by time, and two people adding events offline never write the same file.
 */
public final class EventFiles {

    /** Extension of every event file. */
    public static final String EXTENSION = ".json";

    /**
     * An event id as Charta writes it. Reading accepts only file names of this form, because a name that sorted
     * after every real id would override every later event.
     */
    public static final Pattern ID = Pattern.compile("\\d{8}T\\d{9}Z-[0-9a-f]{8}");

    /** Length of the time part of an id. */
    public static final int TIME_LENGTH = 19;

    private static final DateTimeFormatter FILE_TIME =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    /** Jackson's default pretty printer ends lines with the platform separator; the files use LF everywhere. */
    private static final ObjectWriter WRITER = MAPPER.writer(new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    private EventFiles() {
    }

    /** Returns the id of an event created at a time (to the millisecond), with its random hex digits. */
    public static String id(Instant created, String randomHex) {
        return FILE_TIME.format(created) + "-" + randomHex;
    }

    /** Returns the time part of an id, or the epoch when the id does not start with one. */
    public static Instant timeOf(String id) {
        try {
            return Instant.from(FILE_TIME.parse(id.substring(0, TIME_LENGTH)));
        } catch (DateTimeException | IndexOutOfBoundsException e) {
            return Instant.EPOCH;
        }
    }

    /** Returns whether a text is an id as Charta writes it. */
    public static boolean isId(String id) {
        return id != null && ID.matcher(id).matches();
    }

    /** Returns whether a file name is an id followed by {@code .json}. */
    public static boolean isEventFileName(String name) {
        return name.endsWith(EXTENSION) && isId(name.substring(0, name.length() - EXTENSION.length()));
    }

    /** Returns the text of an event file: indented JSON with LF line endings and a final line break. */
    public static String toJson(Object value) throws JsonProcessingException {
        return WRITER.writeValueAsString(value) + "\n";
    }

    /** Parses an event file; properties this version does not know are ignored. */
    public static <T> T parse(String json, Class<T> type) throws JsonProcessingException {
        return MAPPER.readValue(json, type);
    }
}
