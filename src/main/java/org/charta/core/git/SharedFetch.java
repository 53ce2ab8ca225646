package org.charta.core.git;

import org.charta.core.amend.AmendmentRefs;
import org.charta.core.transport.RemoteAccess;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.transport.FetchResult;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.TagOpt;
import org.eclipse.jgit.transport.TrackingRefUpdate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The one fetch of what a charter shares through {@code origin}, used by sync and by the background fetch:
 * {@code main} into {@code origin/main}, every amendment branch into {@code origin/amendments/<id>}, and, for a sync,
 * the tags. Remote-tracking refs follow the remote even when it rewrote a branch. Local tags are never replaced: a
 * remote tag with another value under the same name is left out and logged.
 */
final class SharedFetch {

    private static final Logger LOG = LoggerFactory.getLogger(SharedFetch.class);

    private static final List<RefSpec> BRANCHES = List.of(
            new RefSpec("+" + Remotes.MAIN_REF + ":" + Remotes.TRACKING_REF),
            new RefSpec("+" + AmendmentRefs.LOCAL_PREFIX + "*:" + AmendmentRefs.REMOTE_PREFIX + "*"));

    private static final RefSpec TAGS = new RefSpec(Constants.R_TAGS + "*:" + Constants.R_TAGS + "*");

    private SharedFetch() {
    }

    /**
     * Fetches once. Remote-tracking refs of amendment branches that {@code origin} deleted are kept.
     *
     * @param withTags whether to create the remote's new tags here too. The background fetch leaves them to the
     *                 sync, which changes local refs anyway and reports the tags it received.
     * @throws GitAPIException as JGit's fetch does; {@code main} missing on the remote is a transport error
     */
    static FetchResult fetch(Git git, RemoteAccess access, boolean withTags) throws GitAPIException {
        List<RefSpec> specs = new ArrayList<>(BRANCHES);
        if (withTags) {
            specs.add(TAGS);
        }
        FetchResult result = access.configure(git.fetch())
                .setRemote(Remotes.ORIGIN)
                .setRefSpecs(specs)
                .setTagOpt(TagOpt.NO_TAGS)
                .setProgressMonitor(access.monitor())
                .call();
        for (TrackingRefUpdate update : result.getTrackingRefUpdates()) {
            if (update.getResult() == RefUpdate.Result.REJECTED) {
                LOG.warn("Fetch kept the local {} at {}: origin has {} under that name", update.getLocalName(),
                        Remotes.shortId(update.getOldObjectId()), Remotes.shortId(update.getNewObjectId()));
            }
        }
        return result;
    }

    /** Returns the names of the tags that the fetch created here, sorted. */
    static List<String> newTags(FetchResult result) {
        return result.getTrackingRefUpdates().stream()
                .filter(update -> update.getLocalName().startsWith(Constants.R_TAGS))
                .filter(update -> update.getResult() == RefUpdate.Result.NEW)
                .map(update -> update.getLocalName().substring(Constants.R_TAGS.length()))
                .sorted()
                .toList();
    }

    /** Returns the refs the remote advertised during the fetch, by name, with the object each names. */
    static Map<String, ObjectId> advertised(FetchResult result) {
        Map<String, ObjectId> refs = new TreeMap<>();
        for (Ref ref : result.getAdvertisedRefs()) {
            if (ref.getObjectId() != null) {
                refs.put(ref.getName(), ref.getObjectId());
            }
        }
        return refs;
    }
}
