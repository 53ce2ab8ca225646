package org.charta.core.git;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.charta.core.io.AtomicFiles;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The journal {@code .git/charta/update.json} of a work tree update or branch switch in progress. It exists from
 * before the first file is written until the index matches the new commit, so a process killed in between leaves it
 * behind and {@link Recovery} can finish the update or the switch.
 *
 * @param from  the commit the work tree, the index and the branch were at
 * @param to    the commit they move to
 * @param ref   for an update, the ref that moves from {@code from} to {@code to}, usually {@code refs/heads/main};
 *              for a switch, the branch that {@code HEAD} named before, or {@code HEAD} when it was detached
 * @param toRef for a switch, the branch that {@code HEAD} names afterwards, whose tip is {@code to}; absent (null)
 *              for an update
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record UpdateJournal(String from, String to, String ref, String toRef) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The journal of an update that moves {@code ref} from {@code from} to {@code to}. */
    UpdateJournal(String from, String to, String ref) {
        this(from, to, ref, null);
    }

    static Path file(Repository repository) {
        return repository.getDirectory().toPath().resolve("charta").resolve("update.json");
    }

    ObjectId fromId() {
        return ObjectId.fromString(from);
    }

    ObjectId toId() {
        return ObjectId.fromString(to);
    }

    /** Returns whether this journal is of a branch switch, which relinks {@code HEAD} instead of moving a ref. */
    boolean switchesBranch() {
        return toRef != null;
    }

    /** Writes the journal atomically, so a crash leaves either no journal or a complete one. */
    void write(Repository repository) throws IOException {
        AtomicFiles.write(file(repository), JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(this));
    }

    /** Reads the journal, or returns empty when no update or switch is in progress. */
    static Optional<UpdateJournal> read(Repository repository) throws IOException {
        Path file = file(repository);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        return Optional.of(JSON.readValue(file.toFile(), UpdateJournal.class));
    }

    static void delete(Repository repository) throws IOException {
        Files.deleteIfExists(file(repository));
    }
}
