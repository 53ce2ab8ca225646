package org.charta.core.git;

import org.charta.core.amend.AmendmentRefs;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.transport.RemoteRefUpdate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The refs one push of a sync sends: {@code main}, the amendment branches that are not drafts, and the release tags
 * the remote lacks. A branch is sent only when it contains the remote's value, so every update is a fast-forward.
 * Each update also expects the value the remote advertised at the last fetch, so nothing the remote received since
 * is replaced.
 */
final class PushPlan {

    private static final Logger LOG = LoggerFactory.getLogger(PushPlan.class);

    /** What a ref of the plan is, which decides where its outcome is reported. */
    enum Kind {
        MAIN,
        AMENDMENT,
        TAG
    }

    /**
     * One ref to send.
     *
     * @param name   {@code main}, the amendment id or the tag name
     * @param ref    the local ref, which has the same name on the remote
     * @param tip    the object sent: a commit, or a tag object
     */
    record Item(Kind kind, String name, String ref, ObjectId tip) {

        RemoteRefUpdate update(Repository repository, ObjectId expected) throws IOException {
            String tracking = kind == Kind.TAG ? null : Remotes.trackingRefOf(ref);
            return new RemoteRefUpdate(repository, ref, ref, false, tracking, expected);
        }
    }

    /** A tag that the remote has with another value; it is never sent. */
    record TagClash(String name, ObjectId local, ObjectId remote) {
    }

    private final Repository repository;
    private final Map<String, ObjectId> advertised;
    private final List<Item> items = new ArrayList<>();
    private final List<TagClash> clashes = new ArrayList<>();

    private PushPlan(Repository repository, Map<String, ObjectId> advertised) {
        this.repository = repository;
        this.advertised = advertised;
    }

    /**
     * Plans a push.
     *
     * @param advertised the refs the remote advertised at the last fetch
     * @param skipped    refs not to send: branches left aside by the merge step and refs the remote rejected
     *                   earlier in this sync
     */
    static PushPlan of(Repository repository, Map<String, ObjectId> advertised, Set<String> skipped)
            throws IOException {
        PushPlan plan = new PushPlan(repository, advertised);
        plan.addBranch(Kind.MAIN, CharterRepository.MAIN_BRANCH, Remotes.MAIN_REF, skipped);
        for (String id : AmendmentRefSharing.localIds(repository)) {
            String ref = AmendmentRefs.localBranch(id);
            ObjectId tip = repository.resolve(ref);
            if (tip != null && AmendmentRefSharing.isShareable(repository, id, tip)) {
                plan.addBranch(Kind.AMENDMENT, id, ref, skipped);
            }
        }
        plan.addTags(skipped);
        return plan;
    }

    List<Item> items() {
        return items;
    }

    List<TagClash> clashes() {
        return clashes;
    }

    boolean isEmpty() {
        return items.isEmpty();
    }

    /** Returns the updates to push, one per item. */
    List<RemoteRefUpdate> updates() throws IOException {
        List<RemoteRefUpdate> updates = new ArrayList<>();
        for (Item item : items) {
            updates.add(item.update(repository, expected(item.ref())));
        }
        return updates;
    }

    /** Removes an item, for a branch whose tip turned out to be no valid charter. */
    void remove(Item item) {
        items.remove(item);
    }

    private void addBranch(Kind kind, String name, String ref, Set<String> skipped) throws IOException {
        ObjectId local = repository.resolve(ref);
        if (local == null || skipped.contains(ref)) {
            return;
        }
        ObjectId remote = advertised.get(ref);
        if (local.equals(remote)) {
            return;
        }
        if (remote != null && !isFastForward(remote, local)) {
            LOG.info("{} at {} is not sent: it does not contain the remote's {}", ref, Remotes.shortId(local),
                    Remotes.shortId(remote));
            return;
        }
        items.add(new Item(kind, name, ref, local));
    }

    private boolean isFastForward(ObjectId remote, ObjectId local) throws IOException {
        return repository.getObjectDatabase().has(remote) && Remotes.contains(repository, local, remote);
    }

    private void addTags(Set<String> skipped) throws IOException {
        for (Map.Entry<String, ObjectId> tag : ReleaseTags.onMain(repository).entrySet()) {
            String ref = tag.getKey();
            String name = ref.substring(Constants.R_TAGS.length());
            ObjectId remote = advertised.get(ref);
            if (tag.getValue().equals(remote) || skipped.contains(ref)) {
                continue;
            }
            if (remote != null) {
                clashes.add(new TagClash(name, tag.getValue(), remote));
                continue;
            }
            items.add(new Item(Kind.TAG, name, ref, tag.getValue()));
        }
    }

    private ObjectId expected(String ref) {
        ObjectId remote = advertised.get(ref);
        return remote == null ? ObjectId.zeroId() : remote;
    }
}
