package org.charta.core.git;

import org.charta.core.Identity;
import org.charta.core.io.TextNormalizer;
import org.eclipse.jgit.lib.AnyObjectId;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.PersonIdent;

import java.io.IOException;
import java.text.Normalizer;

/**
 * Puts commit messages and identities into the form Charta writes everywhere: Unicode NFC, and LF line endings in
 * messages. Input methods and other programs may pass decomposed accents ("e" plus U+0301), which would otherwise
 * make one name look like two people in the history.
 */
final class CommitText {

    private CommitText() {
    }

    static String message(String message) {
        return TextNormalizer.normalize(message);
    }

    /** Returns the identity in NFC as a {@link PersonIdent} with the current time, for author and committer. */
    static PersonIdent person(Identity identity) {
        return new PersonIdent(Normalizer.normalize(identity.name(), Normalizer.Form.NFC),
                Normalizer.normalize(identity.email(), Normalizer.Form.NFC));
    }

    /**
     * Writes a merge commit with {@code ours} as first parent and {@code theirs} as second, by {@code identity} as
     * author and committer. The caller flushes the inserter and moves the branch.
     */
    static ObjectId writeMerge(ObjectInserter inserter, AnyObjectId tree, AnyObjectId ours, AnyObjectId theirs,
                               String message, Identity identity) throws IOException {
        PersonIdent person = person(identity);
        CommitBuilder commit = new CommitBuilder();
        commit.setTreeId(tree);
        commit.setParentIds(ours, theirs);
        commit.setAuthor(person);
        commit.setCommitter(person);
        commit.setMessage(message(message));
        return inserter.insert(commit);
    }
}
