package org.charta.core.merge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.charta.core.amend.AmendmentRefs;

import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Chooses between two versions of one member's vote file, {@code .charta/amendments/<id>/votes/<member>.json}, that
 * both sides changed: a member who votes again from a second device before the first one synced. The version with
 * the later {@code cast} time wins, so the member's latest choice counts; on a tie, or when a version has no
 * readable time, the shared side wins, as for other files under {@code .charta/}.
 */
final class VoteFileMerge {

    private static final ObjectMapper JSON = new ObjectMapper();

    private VoteFileMerge() {
    }

    /** Returns whether the path is a vote file: a JSON file directly in an amendment's {@code votes} folder. */
    static boolean isVoteFile(String path) {
        if (!path.startsWith(AmendmentRefs.FOLDER) || !path.endsWith(".json")) {
            return false;
        }
        String[] parts = path.substring(AmendmentRefs.FOLDER.length()).split("/", -1);
        return parts.length == 3 && parts[0].matches(AmendmentRefs.ID_PATTERN) && parts[1].equals("votes")
                && !parts[2].startsWith(".");
    }

    /** Returns whether our version was cast strictly later than theirs. */
    static boolean oursIsLater(byte[] ours, byte[] theirs) {
        Optional<Instant> oursCast = cast(ours);
        Optional<Instant> theirsCast = cast(theirs);
        return oursCast.isPresent() && theirsCast.isPresent() && oursCast.get().isAfter(theirsCast.get());
    }

    private static Optional<Instant> cast(byte[] json) {
        try {
            JsonNode cast = JSON.readTree(json).path("cast");
            return cast.isTextual() ? Optional.of(Instant.parse(cast.asText().strip())) : Optional.empty();
        } catch (IOException | DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
