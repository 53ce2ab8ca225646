package org.charta.core.charter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.charta.core.ChartaException;
import org.charta.core.io.AtomicFiles;
import org.charta.core.io.TextNormalizer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads and writes {@code charter.json}. */
public final class ManifestStore {

    public static final String FILE_NAME = "charter.json";

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private ManifestStore() {
    }

    public static Path manifestPath(Path charterFolder) {
        return charterFolder.resolve(FILE_NAME);
    }

    /**
     * Reads the manifest of a charter folder.
     *
     * @throws ChartaException when the folder has no manifest or the manifest is not valid JSON
     */
    public static Manifest read(Path charterFolder) throws ChartaException {
        Path file = manifestPath(charterFolder);
        String json;
        try {
            json = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new ChartaException("error.charter.notACharter", charterFolder.toString(), FILE_NAME);
        } catch (IOException e) {
            throw new ChartaException(e, "error.file.readFailed", file.toString(), e.getMessage());
        }
        return parse(json, file);
    }

    /** Parses a manifest that ships inside the application, such as the demo charter's. */
    public static Manifest parseResource(String json, String resourceName) throws ChartaException {
        return parse(json, resourceName);
    }

    static Manifest parse(String json, Path file) throws ChartaException {
        return parse(json, file.toString());
    }

    private static Manifest parse(String json, String source) throws ChartaException {
        try {
            Manifest manifest = MAPPER.readValue(json, Manifest.class);
            if (manifest == null) {
                throw new ChartaException("error.manifest.invalid", source, 1, "empty");
            }
            return manifest;
        } catch (JsonProcessingException e) {
            JsonLocation location = e.getLocation();
            int line = location == null ? 0 : location.getLineNr();
            throw new ChartaException(e, "error.manifest.invalid", source, line, e.getOriginalMessage());
        }
    }

    /** Serialises the manifest as the text written to disk: indented JSON, LF endings, final newline. */
    public static String toJson(Manifest manifest) {
        try {
            String json = MAPPER.writeValueAsString(manifest);
            return TextNormalizer.withFinalNewline(TextNormalizer.normalize(json));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A manifest held in memory could not be serialised", e);
        }
    }

    public static void write(Path charterFolder, Manifest manifest) throws ChartaException {
        Path file = manifestPath(charterFolder);
        try {
            AtomicFiles.writeString(file, toJson(manifest));
        } catch (IOException e) {
            throw new ChartaException(e, "error.file.writeFailed", file.toString(), e.getMessage());
        }
    }
}
