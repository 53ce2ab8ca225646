package org.charta.core.governance;

import org.charta.core.ChartaException;
import org.charta.core.Identity;
import org.charta.core.charter.Manifest;
import org.charta.core.charter.ManifestStore;
import org.charta.core.git.BranchCommits;
import org.charta.core.git.CharterRepository;
import org.charta.core.io.ControlCharacters;
import org.charta.core.io.TextNormalizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Adds and removes members in the manifest of the branch checked out, each change recorded as one commit.
 * Only a coordinator of the main text may change members once the main text has one.
 *
 * <p>Votes count the members of the main text's manifest, so members are changed with the main text checked out;
 * a change made on an amendment's branch counts once that amendment is merged.
 */
public final class Members {

    private static final Logger LOG = LoggerFactory.getLogger(Members.class);

    /** The message of the commit that records pending edits before a member change. */
    static final String PENDING_MESSAGE = "Record edits before changing members";

    private Members() {
    }

    /**
     * Adds a member, or changes the name and role of the member with that e-mail address. Pending edits are
     * recorded first, then the change is one commit of {@code charter.json}; nothing is written when the member
     * already has this name and role.
     *
     * @throws ChartaException {@code error.member.invalidEmail}, {@code error.member.invalidName},
     *                         {@code error.member.invalidRole} (naming the value and the three roles),
     *                         {@code error.member.notCoordinator}, {@code error.member.lastCoordinator} when the
     *                         change would leave the charter without its only coordinator,
     *                         {@code error.member.fileTaken} when another member's votes would share the file name
     */
    public static Member add(CharterRepository repository, String name, String email, String role, Identity by)
            throws ChartaException {
        Member member = new Member(checkedName(name), checkedEmail(email), checkedRole(role));
        Manifest manifest = ManifestStore.read(repository.folder());
        Governance rules = Governance.of(manifest);
        requireCoordinator(Governance.ofMainText(repository), by);

        Optional<Member> existing = rules.member(member.email());
        if (existing.isPresent() && existing.get().equals(member)) {
            LOG.info("Member {} is already {}; nothing to change", member.email(), member.role().key());
            return existing.get();
        }
        checkFileName(rules, member);
        List<Member> members = new ArrayList<>(rules.members());
        existing.ifPresentOrElse(old -> members.set(members.indexOf(old), member), () -> members.add(member));
        Governance changed = rules.withMembers(members);
        requireCoordinatorLeft(rules, changed, member.email());

        String message = existing.isPresent()
                ? "Make member " + identity(member) + " a " + member.role().key()
                : "Add member " + identity(member) + " as " + member.role().key();
        commit(repository, manifest, changed, message, by);
        return member;
    }

    /**
     * Removes the member; refuses to remove the last coordinator. Pending edits are recorded first, then the change
     * is one commit of {@code charter.json}.
     *
     * @throws ChartaException {@code error.member.notFound}, {@code error.member.notCoordinator},
     *                         {@code error.member.lastCoordinator}
     */
    public static void remove(CharterRepository repository, String email, Identity by) throws ChartaException {
        Manifest manifest = ManifestStore.read(repository.folder());
        Governance rules = Governance.of(manifest);
        Member member = rules.member(email)
                .orElseThrow(() -> new ChartaException("error.member.notFound", String.valueOf(email).strip()));
        requireCoordinator(Governance.ofMainText(repository), by);

        List<Member> members = new ArrayList<>(rules.members());
        members.remove(member);
        Governance changed = rules.withMembers(members);
        requireCoordinatorLeft(rules, changed, member.email());

        commit(repository, manifest, changed, "Remove member " + identity(member), by);
    }

    /** Returns the members of the local main text, whose rules count, in manifest order. */
    public static List<Member> list(CharterRepository repository) throws ChartaException {
        return Governance.ofMainText(repository).members();
    }

    /** Records pending edits, then writes the manifest with the new rules as one commit on the branch checked out. */
    private static void commit(CharterRepository repository, Manifest manifest, Governance rules, String message,
                               Identity by) throws ChartaException {
        repository.record(PENDING_MESSAGE, by);
        rules.applyTo(manifest);
        byte[] json = ManifestStore.toJson(manifest).getBytes(StandardCharsets.UTF_8);
        BranchCommits.commit(repository, currentBranch(repository), Map.of(ManifestStore.FILE_NAME, json), message,
                by);
        LOG.info("{} in {}", message, repository.folder());
    }

    private static String currentBranch(CharterRepository repository) throws ChartaException {
        try {
            return repository.repository().getFullBranch();
        } catch (IOException e) {
            throw new ChartaException(e, "error.git.failed", repository.folder().toString(), e.getMessage());
        }
    }

    private static void requireCoordinator(Governance rules, Identity by) throws ChartaException {
        if (!rules.mayCoordinate(by)) {
            throw new ChartaException("error.member.notCoordinator", by.toString(), coordinatorNames(rules));
        }
    }

    /** A charter that had a coordinator keeps one, so that someone can still run votes. */
    private static void requireCoordinatorLeft(Governance before, Governance after, String email)
            throws ChartaException {
        if (!before.coordinators().isEmpty() && after.coordinators().isEmpty()) {
            throw new ChartaException("error.member.lastCoordinator", email);
        }
    }

    private static void checkFileName(Governance rules, Member member) throws ChartaException {
        String slug = EmailAddresses.slug(member.email());
        for (Member other : rules.members()) {
            if (!other.email().equalsIgnoreCase(member.email()) && EmailAddresses.slug(other.email()).equals(slug)) {
                throw new ChartaException("error.member.fileTaken", member.email(), other.email());
            }
        }
    }

    private static String checkedName(String name) throws ChartaException {
        String text = name == null ? "" : TextNormalizer.normalize(name).strip();
        if (text.isEmpty() || text.contains("<") || text.contains(">")) {
            throw new ChartaException("error.member.invalidName", String.valueOf(name));
        }
        ControlCharacters.reject(text, "error.member.controlCharacter");
        if (text.contains("\n") || text.contains("\t") || text.contains("\r")) {
            throw new ChartaException("error.member.invalidName", text.replaceAll("\\s+", " "));
        }
        return text;
    }

    private static String checkedEmail(String email) throws ChartaException {
        String text = email == null ? "" : TextNormalizer.normalize(email).strip();
        if (!EmailAddresses.isValid(text)) {
            throw new ChartaException("error.member.invalidEmail", String.valueOf(email));
        }
        return text;
    }

    private static Role checkedRole(String role) throws ChartaException {
        String roles = Arrays.stream(Role.values()).map(Role::key).collect(Collectors.joining(", "));
        return Role.parse(role).orElseThrow(() -> new ChartaException("error.member.invalidRole",
                String.valueOf(role), roles));
    }

    private static String coordinatorNames(Governance rules) {
        return rules.coordinators().stream().map(Members::identity).collect(Collectors.joining(", "));
    }

    private static String identity(Member member) {
        return member.name() + " <" + member.email() + ">";
    }
}
