package org.charta.core.release;

import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevObject;
import org.eclipse.jgit.revwalk.RevSort;
import org.eclipse.jgit.revwalk.RevTag;
import org.eclipse.jgit.revwalk.RevWalk;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads releases from the tags of a repository: every annotated tag whose commit is in the history of the local
 * main text. A tag's message is the release name, a blank line, then the notes.
 */
final class ReleaseTags {

    private ReleaseTags() {
    }

    /**
     * A release and how far its commit is from the tip of the main text, in a topological walk from the tip: 0 for
     * the tip itself, and a commit always before its parents.
     */
    record Tagged(Release release, int distance) {
    }

    /** An annotated tag, before the walk has checked whether its commit is on the main text. */
    private record Candidate(String tagName, RevTag tag) {
    }

    /**
     * Returns the releases on the main text whose tip is {@code mainTip}, newest first: by tag date, then, for tags
     * of the same second, nearest to the tip first.
     */
    static List<Tagged> read(Repository repository, ObjectId mainTip) throws IOException {
        try (RevWalk walk = new RevWalk(repository)) {
            Map<ObjectId, List<Candidate>> byCommit = annotatedTags(repository, walk);
            List<Tagged> releases = new ArrayList<>();
            if (byCommit.isEmpty()) {
                return releases;
            }
            walk.reset();
            walk.sort(RevSort.TOPO);
            walk.markStart(walk.parseCommit(mainTip));
            int distance = 0;
            int found = 0;
            for (RevCommit commit : walk) {
                List<Candidate> tags = byCommit.get(commit);
                if (tags != null) {
                    for (Candidate candidate : tags) {
                        releases.add(new Tagged(toRelease(candidate.tagName(), candidate.tag(), commit), distance));
                    }
                    found++;
                    if (found == byCommit.size()) {
                        break;
                    }
                }
                distance++;
            }
            releases.sort(Comparator.comparing((Tagged tagged) -> tagged.release().date()).reversed()
                    .thenComparingInt(Tagged::distance)
                    .thenComparing(tagged -> tagged.release().tag()));
            return releases;
        }
    }

    /** Returns the release nearest to the tip of the main text, or null when there is none. */
    static Release nearest(List<Tagged> releases) {
        return releases.stream().min(Comparator.comparingInt(Tagged::distance)
                .thenComparing(Comparator.comparing((Tagged tagged) -> tagged.release().date()).reversed()))
                .map(Tagged::release)
                .orElse(null);
    }

    private static Map<ObjectId, List<Candidate>> annotatedTags(Repository repository, RevWalk walk)
            throws IOException {
        Map<ObjectId, List<Candidate>> byCommit = new HashMap<>();
        for (Ref ref : repository.getRefDatabase().getRefsByPrefix(Constants.R_TAGS)) {
            RevObject object = walk.parseAny(ref.getObjectId());
            if (!(object instanceof RevTag tag)) {
                continue;
            }
            RevObject target = walk.peel(tag);
            if (target instanceof RevCommit commit) {
                String tagName = ref.getName().substring(Constants.R_TAGS.length());
                byCommit.computeIfAbsent(commit.copy(), key -> new ArrayList<>()).add(new Candidate(tagName, tag));
            }
        }
        return byCommit;
    }

    private static Release toRelease(String tagName, RevTag tag, RevCommit commit) {
        String message = tag.getFullMessage().replace("\r\n", "\n");
        int split = message.indexOf("\n\n");
        String name = (split < 0 ? message : message.substring(0, split)).strip();
        String notes = split < 0 ? "" : message.substring(split + 2).strip();
        PersonIdent tagger = tag.getTaggerIdent();
        String by = tagger == null ? "" : tagger.getName() + " <" + tagger.getEmailAddress() + ">";
        String date = tagger == null ? commit.getCommitterIdent().getWhenAsInstant().toString()
                : tagger.getWhenAsInstant().toString();
        return new Release(name.isEmpty() ? tagName : name, tagName, commit.getId().name(), by, date, notes);
    }
}
