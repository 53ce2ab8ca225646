package org.charta.core.amend;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import org.charta.core.Identity;
import org.charta.core.governance.EmailAddresses;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The vote files of an amendment, {@code .charta/amendments/<id>/votes/<member>.json}, one per member and named by
 * a slug of the member's e-mail address: {@code {"amendment", "voter": {"name", "email"}, "choice", "reason",
 * "cast"}}, indented JSON with LF line endings.
 */
final class VoteFiles {

    private static final Logger LOG = LoggerFactory.getLogger(VoteFiles.class);

    static final String EXTENSION = ".json";

    private VoteFiles() {
    }

    /** Returns the path of the vote file of the member with this e-mail address. */
    static String path(String id, String email) {
        return AmendmentRefs.votesFolder(id) + EmailAddresses.slug(email) + EXTENSION;
    }

    /** A vote file's fields. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"amendment", "voter", "choice", "reason", "cast"})
    record VoteJson(String amendment, Voter voter, String choice, String reason, String cast) {
    }

    /** The voter as a vote file names them. */
    record Voter(String name, String email) {
    }

    static byte[] toBytes(String id, Identity voter, VoteChoice choice, String reason, String cast) {
        VoteJson json = new VoteJson(id, new Voter(voter.name(), voter.email()), choice.key(), reason, cast);
        try {
            return (AmendmentTips.writer().writeValueAsString(json) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A vote held in memory could not be serialised", e);
        }
    }

    /**
     * Reads a vote file. A file that is not JSON of this shape, names no voter or choice, or names another
     * amendment, gives a line marked {@link InvalidVote#UNREADABLE}.
     *
     * @param path the file's path in the tree
     */
    static VoteLine parse(String id, String path, byte[] bytes) {
        Optional<VoteJson> json = read(path, bytes);
        if (json.isEmpty() || json.get().voter() == null) {
            return unreadable(path, null, null);
        }
        VoteJson vote = json.get();
        String name = vote.voter().name() == null ? "" : vote.voter().name();
        String email = vote.voter().email() == null ? "" : vote.voter().email().strip();
        Optional<VoteChoice> choice = VoteChoice.parse(vote.choice());
        boolean otherAmendment = vote.amendment() != null && !vote.amendment().equals(id);
        if (choice.isEmpty() || email.isEmpty() || otherAmendment) {
            return unreadable(path, name, email);
        }
        String reason = vote.reason() == null ? "" : vote.reason();
        String cast = vote.cast() == null ? "" : vote.cast();
        return new VoteLine(path, name, email, choice.get(), reason, cast, null);
    }

    private static Optional<VoteJson> read(String path, byte[] bytes) {
        try {
            return Optional.ofNullable(AmendmentTips.mapper().readValue(bytes, VoteJson.class));
        } catch (IOException e) {
            LOG.warn("The vote file {} is not a vote Charta can read; it is shown as invalid", path, e);
            return Optional.empty();
        }
    }

    private static VoteLine unreadable(String path, String name, String email) {
        return new VoteLine(path, name == null ? "" : name, email == null ? "" : email, null, "", "",
                InvalidVote.UNREADABLE);
    }
}
