package org.charta.core.release;

import org.charta.core.ChartaException;
import org.charta.core.Identity;
import org.charta.core.charter.Slugs;
import org.charta.core.diff.CharterComparison;
import org.charta.core.diff.Comparisons;
import org.charta.core.git.CharterRepository;
import org.charta.core.governance.Governance;
import org.charta.core.io.ControlCharacters;
import org.charta.core.io.TextNormalizer;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevObject;
import org.eclipse.jgit.revwalk.RevWalk;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Releases of the main text: tag one with notes, list them, draft the notes from the amendments adopted since the
 * previous release, and compare any two. Off the JavaFX thread.
 *
 * <p>A release is an annotated tag on the local {@code main}, named by a slug of the release name
 * ({@code Draft 2} is {@code draft-2}); its message is the name, a blank line, then the notes.
 */
public final class Releases {

    private static final Logger LOG = LoggerFactory.getLogger(Releases.class);

    /** The name that stands for the current main text in {@link #compare}; no release may take it. */
    public static final String MAIN = CharterRepository.MAIN_BRANCH;

    private static final String MAIN_REF = Constants.R_HEADS + MAIN;

    private Releases() {
    }

    /**
     * Tags the local main text as a release; only a coordinator. The next sync shares the tag.
     *
     * @param notes the release notes; null or blank for none ({@link #draftNotes} drafts them)
     * @throws ChartaException {@code error.release.nameEmpty}, {@code error.release.nameInvalid},
     *                         {@code error.release.nameReserved}, {@code error.release.exists} naming the release,
     *                         {@code error.release.notCoordinator}, {@code error.release.noMainText}
     */
    public static Release tag(CharterRepository repository, String name, String notes, Identity by)
            throws ChartaException {
        String cleanName = checkName(name);
        String cleanNotes = notes == null ? "" : TextNormalizer.normalize(notes).strip();
        ControlCharacters.reject(cleanNotes, "error.release.notesControlCharacter");
        Repository git = repository.repository();
        try {
            RevCommit main = mainCommit(repository);
            requireCoordinator(repository, by);
            String tagName = tagName(git, cleanName, releases(ReleaseTags.read(git, main)));
            String message = cleanNotes.isEmpty() ? cleanName + "\n" : cleanName + "\n\n" + cleanNotes + "\n";
            PersonIdent tagger = new PersonIdent(Normalizer.normalize(by.name(), Normalizer.Form.NFC),
                    Normalizer.normalize(by.email(), Normalizer.Form.NFC));
            repository.git().tag().setName(tagName).setObjectId(main).setAnnotated(true).setSigned(false)
                    .setMessage(message).setTagger(tagger).setForceUpdate(false).call();
            LOG.info("Tagged release {} as {} on {} in {}", cleanName, tagName, main.abbreviate(7).name(),
                    repository.folder());
            return find(repository, tagName).orElseThrow(() ->
                    new IllegalStateException("The tag " + tagName + " just written is not on main"));
        } catch (GitAPIException | IOException e) {
            throw new ChartaException(e, "error.git.failed", repository.folder().toString(), e.getMessage());
        }
    }

    /** Returns every release, newest first, or an empty list before the first commit on {@code main}. */
    public static List<Release> list(CharterRepository repository) throws ChartaException {
        try {
            Ref main = repository.repository().exactRef(MAIN_REF);
            if (main == null || main.getObjectId() == null) {
                return List.of();
            }
            return releases(ReleaseTags.read(repository.repository(), main.getObjectId()));
        } catch (IOException e) {
            throw new ChartaException(e, "error.git.failed", repository.folder().toString(), e.getMessage());
        }
    }

    /** Notes listing the amendments merged since the previous release, each with its tally, in the default locale. */
    public static String draftNotes(CharterRepository repository) throws ChartaException {
        return draftNotes(repository, Locale.getDefault());
    }

    /**
     * Notes listing the amendments merged since the previous release, each with its tally, in the given locale. The
     * previous release is the one whose commit is nearest to the tip of the main text.
     *
     * @throws ChartaException {@code error.release.noMainText} before the first commit on {@code main}
     */
    public static String draftNotes(CharterRepository repository, Locale locale) throws ChartaException {
        Repository git = repository.repository();
        try (ObjectReader reader = git.newObjectReader(); RevWalk walk = new RevWalk(reader)) {
            RevCommit main = mainCommit(repository);
            Release previous = ReleaseTags.nearest(ReleaseTags.read(git, main));
            RevCommit previousCommit = previous == null ? null : walk.parseCommit(ObjectId.fromString(
                    previous.commit()));
            return ReleaseNotes.draft(reader, walk.parseCommit(main).getTree(), previous,
                    previousCommit == null ? null : previousCommit.getTree(), locale);
        } catch (IOException e) {
            throw new ChartaException(e, "error.git.failed", repository.folder().toString(), e.getMessage());
        }
    }

    /**
     * Compares two releases (by name or tag; {@code main} names the current main text) section by section.
     *
     * @throws ChartaException {@code error.release.notFound} naming the value and listing the releases
     */
    public static CharterComparison compare(CharterRepository repository, String from, String to)
            throws ChartaException {
        ObjectId oldCommit = resolve(repository, from);
        ObjectId newCommit = resolve(repository, to);
        return Comparisons.between(repository.repository(), oldCommit, newCommit);
    }

    /**
     * Resolves a release name (exact, then ignoring case), a release's tag, another tag, or {@code main} to a
     * commit.
     */
    static ObjectId resolve(CharterRepository repository, String value) throws ChartaException {
        String requested = value == null ? "" : value.strip();
        try {
            if (requested.equalsIgnoreCase(MAIN)) {
                return mainCommit(repository);
            }
            List<Release> releases = list(repository);
            Optional<Release> release = releases.stream().filter(r -> r.name().equals(requested)).findFirst()
                    .or(() -> releases.stream().filter(r -> r.name().equalsIgnoreCase(requested)).findFirst())
                    .or(() -> releases.stream().filter(r -> r.tag().equals(requested)).findFirst());
            if (release.isPresent()) {
                return ObjectId.fromString(release.get().commit());
            }
            ObjectId tagged = taggedCommit(repository.repository(), requested);
            if (tagged != null) {
                return tagged;
            }
            String names = releases.isEmpty() ? "-"
                    : releases.stream().map(Release::name).collect(Collectors.joining(", "));
            throw new ChartaException("error.release.notFound", requested, names);
        } catch (IOException e) {
            throw new ChartaException(e, "error.git.failed", repository.folder().toString(), e.getMessage());
        }
    }

    private static List<Release> releases(List<ReleaseTags.Tagged> tagged) {
        return tagged.stream().map(ReleaseTags.Tagged::release).toList();
    }

    private static ObjectId taggedCommit(Repository git, String tagName) throws IOException {
        if (tagName.isEmpty() || !Repository.isValidRefName(Constants.R_TAGS + tagName)) {
            return null;
        }
        Ref ref = git.exactRef(Constants.R_TAGS + tagName);
        if (ref == null) {
            return null;
        }
        try (RevWalk walk = new RevWalk(git)) {
            RevObject target = walk.peel(walk.parseAny(ref.getObjectId()));
            return target instanceof RevCommit commit ? commit.getId() : null;
        }
    }

    private static Optional<Release> find(CharterRepository repository, String tagName) throws ChartaException {
        return list(repository).stream().filter(release -> release.tag().equals(tagName)).findFirst();
    }

    private static RevCommit mainCommit(CharterRepository repository) throws ChartaException, IOException {
        Repository git = repository.repository();
        Ref main = git.exactRef(MAIN_REF);
        if (main == null || main.getObjectId() == null) {
            throw new ChartaException("error.release.noMainText", repository.folder().toString());
        }
        try (RevWalk walk = new RevWalk(git)) {
            return walk.parseCommit(main.getObjectId());
        }
    }

    /** Returns the name stripped and in NFC, or throws when it cannot be a release name. */
    private static String checkName(String name) throws ChartaException {
        String clean = name == null ? "" : Normalizer.normalize(name, Normalizer.Form.NFC).strip();
        if (clean.isEmpty()) {
            throw new ChartaException("error.release.nameEmpty");
        }
        int position = 0;
        for (int offset = 0; offset < clean.length(); offset += Character.charCount(clean.codePointAt(offset))) {
            int codePoint = clean.codePointAt(offset);
            position++;
            if (Character.getType(codePoint) == Character.CONTROL) {
                throw new ChartaException("error.release.nameInvalid", clean.replaceAll("\\p{Cc}", " "),
                        String.format(Locale.ROOT, "U+%04X", codePoint), position);
            }
        }
        if (clean.equalsIgnoreCase(MAIN) || Slugs.slug(clean).equals(MAIN)) {
            throw new ChartaException("error.release.nameReserved", clean);
        }
        return clean;
    }

    /**
     * Returns the tag for a new release: a slug of its name, or {@code release-N} for a name without Latin letters
     * or digits, where N counts the releases. Throws when a release already has this name or the tag exists. The
     * message then names the release that has the tag and suggests a name whose tag is free.
     */
    private static String tagName(Repository git, String name, List<Release> releases)
            throws ChartaException, IOException {
        for (Release release : releases) {
            if (release.name().equalsIgnoreCase(name)) {
                throw new ChartaException("error.release.exists", release.name(), release.tag());
            }
        }
        String tag = Slugs.slug(name);
        if (tag.isEmpty()) {
            int number = releases.size() + 1;
            tag = "release-" + number;
            while (git.exactRef(Constants.R_TAGS + tag) != null) {
                tag = "release-" + ++number;
            }
        }
        if (git.exactRef(Constants.R_TAGS + tag) != null) {
            String suggestion = freeName(git, name, releases);
            String taken = tag;
            Optional<Release> holder = releases.stream().filter(release -> release.tag().equals(taken)).findFirst();
            if (holder.isPresent()) {
                throw new ChartaException("error.release.tagTaken", name, tag, holder.get().name(), suggestion);
            }
            throw new ChartaException("error.release.tagExists", name, tag, suggestion);
        }
        return tag;
    }

    /** Returns "name (2)", "name (3)" and so on: the first whose tag and name are both unused. */
    private static String freeName(Repository git, String name, List<Release> releases) throws IOException {
        for (int number = 2; ; number++) {
            String candidate = name + " (" + number + ")";
            boolean nameUsed = releases.stream().anyMatch(release -> release.name().equalsIgnoreCase(candidate));
            if (!nameUsed && git.exactRef(Constants.R_TAGS + Slugs.slug(candidate)) == null) {
                return candidate;
            }
        }
    }

    /** Refuses a person who may not coordinate, by the rules of the main text's manifest. */
    private static void requireCoordinator(CharterRepository repository, Identity by) throws ChartaException {
        if (!Governance.ofMainText(repository).mayCoordinate(by)) {
            throw new ChartaException("error.release.notCoordinator", by.toString());
        }
    }
}
