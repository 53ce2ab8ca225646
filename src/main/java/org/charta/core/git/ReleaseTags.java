package org.charta.core.git;

import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevObject;
import org.eclipse.jgit.revwalk.RevTag;
import org.eclipse.jgit.revwalk.RevWalk;

import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;

/**
 * The release tags a sync sends: annotated tags whose commit is on the history of the local {@code main}. Light
 * tags, and tags of amendment branches or of other commits, stay local.
 */
final class ReleaseTags {

    private ReleaseTags() {
    }

    /** Returns the release tags by ref name ({@code refs/tags/<name>}), each with the id of its tag object. */
    static Map<String, ObjectId> onMain(Repository repository) throws IOException {
        Map<String, ObjectId> tags = new TreeMap<>();
        ObjectId main = repository.resolve(Remotes.MAIN_REF);
        if (main == null) {
            return tags;
        }
        try (RevWalk walk = new RevWalk(repository)) {
            RevCommit mainCommit = walk.parseCommit(main);
            for (Ref ref : repository.getRefDatabase().getRefsByPrefix(Constants.R_TAGS)) {
                RevObject object = walk.parseAny(ref.getObjectId());
                if (!(object instanceof RevTag tag)) {
                    continue;
                }
                RevObject target = walk.peel(tag);
                if (target instanceof RevCommit commit && walk.isMergedInto(commit, mainCommit)) {
                    tags.put(ref.getName(), tag.getId());
                }
            }
        }
        return tags;
    }
}
