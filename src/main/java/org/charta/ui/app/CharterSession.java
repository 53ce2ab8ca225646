package org.charta.ui.app;

import org.charta.core.ChartaException;
import org.charta.core.Identity;
import org.charta.core.charter.Charter;
import org.charta.core.charter.Section;
import org.charta.core.comment.CommentStore;
import org.charta.core.git.CharterRepository;
import org.charta.core.git.Identities;
import org.charta.ui.editor.SectionStore;
import org.eclipse.jgit.lib.StoredConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The open charter's core objects: the charter, its Git repository and its comments. None of them is
 * thread-safe, so every method runs on the background executor's serial lane only.
 */
public final class CharterSession implements SectionStore, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(CharterSession.class);

    private final Charter charter;
    private final CharterRepository repository;
    private final CommentStore comments;

    private CharterSession(Charter charter, CharterRepository repository) {
        this.charter = charter;
        this.repository = repository;
        this.comments = new CommentStore(charter.folder());
    }

    /** Opens the charter in a folder and its Git repository. */
    public static CharterSession open(Path folder) throws ChartaException {
        Charter charter = Charter.open(folder);
        CharterRepository repository = CharterRepository.open(charter.folder());
        // Opening the repository finishes an update a crash interrupted, which may have rewritten the manifest.
        try {
            charter.reload();
        } catch (ChartaException e) {
            repository.close();
            throw e;
        }
        LOG.info("Opened charter session {}", charter.folder());
        return new CharterSession(charter, repository);
    }

    public Path folder() {
        return charter.folder();
    }

    public Charter charter() {
        return charter;
    }

    public CharterRepository repository() {
        return repository;
    }

    public CommentStore comments() {
        return comments;
    }

    public List<Section> sections() throws ChartaException {
        return charter.sections();
    }

    @Override
    public String read(String sectionId) throws ChartaException {
        return charter.readSection(sectionId);
    }

    @Override
    public void write(String sectionId, String text) throws ChartaException {
        charter.writeSection(sectionId, text);
    }

    /** Returns the identity from Git's configuration, or empty when user.name or user.email is unset. */
    public Optional<Identity> identity() {
        try {
            return Optional.of(Identities.resolve(repository.repository(), null));
        } catch (ChartaException e) {
            return Optional.empty();
        }
    }

    /**
     * Stores the identity in this clone's own {@code .git/config}, which is not part of the charter and is not
     * shared.
     */
    public void storeIdentity(Identity identity) throws ChartaException {
        StoredConfig config = repository.repository().getConfig();
        config.setString("user", null, "name", identity.name());
        config.setString("user", null, "email", identity.email());
        try {
            config.save();
        } catch (IOException e) {
            Path file = repository.repository().getDirectory().toPath().resolve("config");
            throw new ChartaException(e, "error.file.writeFailed", file.toString(), e.getMessage());
        }
        LOG.info("Stored the commit identity in the repository configuration of {}", folder());
    }

    @Override
    public void close() {
        repository.close();
        LOG.info("Closed charter session {}", folder());
    }
}
