package org.charta.core.amend;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.charta.core.ChartaException;
import org.charta.core.io.TextNormalizer;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.revwalk.RevCommit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Reads and writes amendment record files, {@code .charta/amendments/<id>/amendment.json}: JSON with objects and
 * arrays indented by two spaces, one value per line, in NFC with LF line endings and a final newline, the status
 * in lowercase. Fields this version does not know are kept. Every class that rewrites a record uses this codec, so
 * two versions of Charta write the same bytes for the same record.
 */
public final class AmendmentRecords {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    /** Indents objects and arrays alike, one value per line, with LF on every platform. */
    private static final ObjectWriter WRITER = MAPPER.writer(new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    private AmendmentRecords() {
    }

    /** Returns the record as the file stores it. */
    public static byte[] toBytes(AmendmentRecord record) {
        return write(record);
    }

    /** Returns a record held as a JSON tree, such as a merged one, as the file stores it. */
    public static byte[] toBytes(JsonNode record) {
        return write(record);
    }

    private static byte[] write(Object record) {
        try {
            String json = WRITER.writeValueAsString(record);
            return TextNormalizer.withFinalNewline(TextNormalizer.normalize(json)).getBytes(StandardCharsets.UTF_8);
        } catch (JacksonException e) {
            throw new IllegalStateException("An amendment record held in memory could not be written", e);
        }
    }

    /**
     * Parses a record file.
     *
     * @param source names the file in the error message, such as {@code amendments/right-to-vote-k3f9}
     * @throws ChartaException {@code error.amend.recordInvalid} when the bytes are not a record
     */
    public static AmendmentRecord parse(byte[] bytes, String source) throws ChartaException {
        try {
            AmendmentRecord record = MAPPER.readValue(bytes, AmendmentRecord.class);
            if (record == null) {
                throw new ChartaException("error.amend.recordInvalid", source, "empty file");
            }
            return record;
        } catch (IOException e) {
            // JacksonException is an IOException; reading a byte array raises no other kind.
            throw new ChartaException(e, "error.amend.recordInvalid", source, e.getMessage());
        }
    }

    /** Returns a deep copy of the record, unknown fields included. */
    public static AmendmentRecord copy(AmendmentRecord record) {
        try {
            return parse(toBytes(record), String.valueOf(record.id()));
        } catch (ChartaException e) {
            throw new IllegalStateException("A record written by this codec could not be read back", e);
        }
    }

    /**
     * Reads amendment {@code id}'s record from a commit's tree.
     *
     * @return the record, or empty when the commit has none
     * @throws ChartaException {@code error.amend.recordInvalid} when the file is there but is not a record
     */
    public static Optional<AmendmentRecord> read(ObjectReader reader, RevCommit commit, String id)
            throws ChartaException, IOException {
        byte[] bytes = CommitFiles.read(reader, commit, AmendmentRefs.recordPath(id));
        if (bytes == null) {
            return Optional.empty();
        }
        return Optional.of(parse(bytes, AmendmentRefs.recordPath(id) + "@" + commit.abbreviate(7).name()));
    }
}
