package org.charta.core.git;

import org.charta.core.Identity;
import org.charta.core.io.TextNormalizer;
import org.eclipse.jgit.lib.PersonIdent;

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
}
