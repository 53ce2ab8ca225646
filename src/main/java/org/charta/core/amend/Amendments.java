package org.charta.core.amend;

import org.charta.core.ChartaException;
import org.charta.core.Identity;
import org.charta.core.git.CharterRepository;

import java.util.List;
import java.util.Optional;

/**
 * Amendments as branches: create one from the main text or from another amendment, switch the work tree to it and
 * back, propose, withdraw, update it with the main text and merge it once adopted. Every method does disk and Git
 * work and must not run on the JavaFX thread.
 *
 * <p>Status changes rewrite the record file on the amendment's branch with a commit of their own, without touching
 * the work tree unless the branch is checked out (then the work tree follows the new commit).
 */
public final class Amendments {

    private Amendments() {
    }

    /**
     * Creates an amendment: a branch {@code amendments/<id>} from the local main text, or from the tip of amendment
     * {@code fromAmendment} for a sub-amendment, with a first commit that adds its record (status draft). Records
     * pending work first, then checks the new branch out. The id is printed by {@code charta amend new}.
     *
     * @throws ChartaException {@code error.amend.titleEmpty} for a blank title, {@code error.amend.unknownSection}
     *                         naming a target that is not in the manifest, {@code error.amend.notFound} for an
     *                         unknown {@code fromAmendment}
     */
    public static AmendmentRecord create(CharterRepository repository, String title, String rationale,
                                         List<String> targets, String fromAmendment, Identity author)
            throws ChartaException {
        throw new UnsupportedOperationException("TODO");
    }

    /** Records pending work, then checks out amendment {@code id}, or the main text when {@code id} is null. */
    public static void switchTo(CharterRepository repository, String id, Identity identity) throws ChartaException {
        throw new UnsupportedOperationException("TODO");
    }

    /** The id of the amendment checked out, or empty when the main text (or anything else) is. */
    public static Optional<String> current(CharterRepository repository) throws ChartaException {
        throw new UnsupportedOperationException("TODO");
    }

    /** Every amendment known here: local branches, {@code origin}'s branches and merged records on the main text. */
    public static List<AmendmentSummary> list(CharterRepository repository) throws ChartaException {
        throw new UnsupportedOperationException("TODO");
    }

    /** One amendment as the list shows it. @throws ChartaException {@code error.amend.notFound} */
    public static AmendmentSummary summary(CharterRepository repository, String id) throws ChartaException {
        throw new UnsupportedOperationException("TODO");
    }

    /** Draft to proposed; only the author, only from draft. The next sync shares the branch. */
    public static AmendmentRecord propose(CharterRepository repository, String id, Identity identity)
            throws ChartaException {
        throw new UnsupportedOperationException("TODO");
    }

    /** Draft, proposed or voting to withdrawn; only the author or a coordinator. The branch stays readable. */
    public static AmendmentRecord withdraw(CharterRepository repository, String id, Identity identity)
            throws ChartaException {
        throw new UnsupportedOperationException("TODO");
    }

    /** Merges the local main text into the amendment with the prose-aware merge (one action for "outdated"). */
    public static AmendmentMerge update(CharterRepository repository, String id, Identity identity)
            throws ChartaException {
        throw new UnsupportedOperationException("TODO");
    }

    /**
     * Merges an adopted amendment into the local main text with a real merge commit (second parent: the
     * amendment's tip) whose message names the amendment and carries its tally; the record on the main text says
     * merged. Only a coordinator. The next sync shares it.
     */
    public static AmendmentMerge merge(CharterRepository repository, String id, Identity identity)
            throws ChartaException {
        throw new UnsupportedOperationException("TODO");
    }
}
