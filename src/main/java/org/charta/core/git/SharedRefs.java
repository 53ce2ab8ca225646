package org.charta.core.git;

import java.util.List;

/**
 * What a sync did with the shared refs beside the checked-out branch: amendment branches, release tags, and
 * {@code main} while an amendment is checked out. Amendments are named by id, tags by name, each list sorted.
 *
 * @param amendmentsReceived         amendments that exist here for the first time: their local branch was created
 *                                   from {@code origin}'s
 * @param amendmentsUpdated          local amendment branches that received commits from {@code origin}: a
 *                                   fast-forward, or a merge commit when both sides had new commits
 * @param amendmentsSent             amendment branches whose new commits the remote accepted
 * @param amendmentsNeedingAttention amendments whose local and shared versions conflict (or whose merge would
 *                                   not be a valid charter, or whose local tip is invalid): the local branch is
 *                                   left as it was and is not sent. Checking the amendment out and syncing brings
 *                                   the conflicts to the person, as for the main text.
 * @param amendmentsRejected         amendment branches whose push the remote rejected (a server hook, branch
 *                                   protection)
 * @param tagsReceived               tags that the fetch created here
 * @param tagsSent                   release tags (annotated tags on {@code main}'s history) the remote accepted
 * @param tagsRejected               release tags the remote rejected, or that it has under the same name with
 *                                   another value; neither side's tag is replaced
 * @param mainNeedsAttention         whether {@code main} conflicts with {@code origin/main} while an amendment is
 *                                   checked out: it is left as it was and not sent until the main text is
 *                                   checked out and synced
 */
public record SharedRefs(List<String> amendmentsReceived, List<String> amendmentsUpdated, List<String> amendmentsSent,
                         List<String> amendmentsNeedingAttention, List<String> amendmentsRejected,
                         List<String> tagsReceived, List<String> tagsSent, List<String> tagsRejected,
                         boolean mainNeedsAttention) {

    /** The report of a sync that touched no amendment, no tag and no other branch. */
    public static final SharedRefs NONE = new SharedRefs(List.of(), List.of(), List.of(), List.of(), List.of(),
            List.of(), List.of(), List.of(), false);

    public SharedRefs {
        amendmentsReceived = List.copyOf(amendmentsReceived);
        amendmentsUpdated = List.copyOf(amendmentsUpdated);
        amendmentsSent = List.copyOf(amendmentsSent);
        amendmentsNeedingAttention = List.copyOf(amendmentsNeedingAttention);
        amendmentsRejected = List.copyOf(amendmentsRejected);
        tagsReceived = List.copyOf(tagsReceived);
        tagsSent = List.copyOf(tagsSent);
        tagsRejected = List.copyOf(tagsRejected);
    }

    /** Returns whether anything arrived from the remote: amendments created or updated here, or tags. */
    public boolean receivedAny() {
        return !amendmentsReceived.isEmpty() || !amendmentsUpdated.isEmpty() || !tagsReceived.isEmpty();
    }

    /** Returns whether a person must act: a conflict left aside or a ref the remote refused. */
    public boolean needsAttention() {
        return mainNeedsAttention || !amendmentsNeedingAttention.isEmpty() || !amendmentsRejected.isEmpty()
                || !tagsRejected.isEmpty();
    }

    /** Returns whether the remote rejected an amendment branch or a tag. */
    public boolean anyRejected() {
        return !amendmentsRejected.isEmpty() || !tagsRejected.isEmpty();
    }
}
