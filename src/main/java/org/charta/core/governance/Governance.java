package org.charta.core.governance;

import org.charta.core.ChartaException;
import org.charta.core.Identity;
import org.charta.core.charter.Manifest;
import org.charta.core.charter.ManifestStore;
import org.charta.core.git.CharterRepository;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The governance rules of a charter as its manifest's {@code governance} object holds them: the members and their
 * roles, the quorum (the share of members who must vote, from 0 to 1), the majority rule and the voting period in
 * days (null: the coordinator closes the vote when they decide). Unknown keys of the object are kept on rewrite.
 */
public record Governance(List<Member> members, double quorum, MajorityRule majority, Integer votingDays) {

    private static final Logger LOG = LoggerFactory.getLogger(Governance.class);

    /** The quorum of a manifest that sets none, as new charters get it. */
    public static final double DEFAULT_QUORUM = 0.5;

    static final String MEMBERS = "members";
    static final String QUORUM = "quorum";
    static final String MAJORITY = "majority";
    static final String VOTING_DAYS = "votingDays";

    public Governance {
        members = List.copyOf(members);
        Objects.requireNonNull(majority, "majority");
        if (!(quorum >= 0 && quorum <= 1)) {
            throw new IllegalArgumentException("The quorum must be from 0 to 1, not " + quorum);
        }
        if (votingDays != null && votingDays < 1) {
            throw new IllegalArgumentException("The voting period must be at least one day, not " + votingDays);
        }
    }

    /**
     * Reads the rules of a manifest. Missing values take the defaults of a new charter: no members, quorum 0.5,
     * simple majority, no voting period. When two entries have one e-mail address (a merge can leave that), the
     * first counts and the other is logged.
     *
     * @throws ChartaException {@code error.governance.invalid} naming the field when a value has the wrong shape
     */
    public static Governance of(Manifest manifest) throws ChartaException {
        Map<String, Object> rules = manifest.governance();
        return new Governance(readMembers(rules.get(MEMBERS)), readQuorum(rules.get(QUORUM)),
                readMajority(rules.get(MAJORITY)), readVotingDays(rules.get(VOTING_DAYS)));
    }

    /**
     * Reads the rules of the local main text: the manifest at the tip of {@code main}, else of {@code master} in a
     * repository that has not been shared yet. Every check of membership and roles uses these rules, whichever
     * branch is checked out, so that an amendment cannot give itself new members or coordinators.
     *
     * @throws ChartaException {@code error.branch.notFound} when neither branch has a commit,
     *                         {@code error.charter.notACharter} when that commit has no manifest,
     *                         {@code error.governance.invalid} when a value has the wrong shape
     */
    public static Governance ofMainText(CharterRepository charter) throws ChartaException {
        Repository repository = charter.repository();
        String where = charter.folder().toString();
        try (ObjectReader reader = repository.newObjectReader(); RevWalk walk = new RevWalk(reader)) {
            Ref main = repository.exactRef(Constants.R_HEADS + CharterRepository.MAIN_BRANCH);
            main = main == null ? repository.exactRef(Constants.R_HEADS + Constants.MASTER) : main;
            if (main == null || main.getObjectId() == null) {
                throw new ChartaException("error.branch.notFound", CharterRepository.MAIN_BRANCH, where);
            }
            RevCommit commit = walk.parseCommit(main.getObjectId());
            try (TreeWalk file = TreeWalk.forPath(reader, ManifestStore.FILE_NAME, commit.getTree())) {
                if (file == null || file.getFileMode(0).getObjectType() != Constants.OBJ_BLOB) {
                    throw new ChartaException("error.charter.notACharter", where, ManifestStore.FILE_NAME);
                }
                byte[] json = reader.open(file.getObjectId(0), Constants.OBJ_BLOB).getBytes();
                String source = ManifestStore.FILE_NAME + " (" + Repository.shortenRefName(main.getName()) + ")";
                return of(ManifestStore.parseResource(new String(json, StandardCharsets.UTF_8), source));
            }
        } catch (IOException e) {
            throw new ChartaException(e, "error.git.failed", where, e.getMessage());
        }
    }

    /** Writes these rules into the manifest's {@code governance} object, keeping the keys this code does not know. */
    public void applyTo(Manifest manifest) {
        Map<String, Object> rules = manifest.governance();
        rules.put(MEMBERS, memberEntries(rules.get(MEMBERS)));
        rules.put(QUORUM, quorum);
        rules.put(MAJORITY, majority.key());
        if (votingDays == null) {
            rules.remove(VOTING_DAYS);
        } else {
            rules.put(VOTING_DAYS, votingDays);
        }
    }

    /** Returns the member with this e-mail address, compared without regard to case. */
    public Optional<Member> member(String email) {
        if (email == null) {
            return Optional.empty();
        }
        return members.stream().filter(member -> member.email().equalsIgnoreCase(email.strip())).findFirst();
    }

    /**
     * Returns whether the person may open and close votes, merge and tag: a coordinator, or anyone while the charter
     * has no coordinator yet (a new group sets itself up). The real enforcement is the Git host's branch protection.
     */
    public boolean mayCoordinate(Identity identity) {
        if (coordinators().isEmpty()) {
            return true;
        }
        return member(identity.email()).map(member -> member.role() == Role.COORDINATOR).orElse(false);
    }

    /** Returns the members whose role is coordinator, in manifest order. */
    public List<Member> coordinators() {
        return members.stream().filter(member -> member.role() == Role.COORDINATOR).toList();
    }

    /** Returns the number of valid votes, abstentions included, that the quorum requires: ceil(quorum x members). */
    public int quorumVotes() {
        // The small margin keeps 0.3 x 10 at 3 where floating point gives 3.0000000000000004.
        return (int) Math.ceil(quorum * members.size() - 1e-9);
    }

    /** Returns these rules with another member list. */
    public Governance withMembers(List<Member> newMembers) {
        return new Governance(newMembers, quorum, majority, votingDays);
    }

    /** Keeps the keys of each member's old entry that this code does not know, matched by e-mail address. */
    private List<Map<String, Object>> memberEntries(Object oldValue) {
        List<Map<String, Object>> entries = new ArrayList<>();
        for (Member member : members) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("name", member.name());
            entry.put("email", member.email());
            entry.put("role", member.role().key());
            oldEntry(oldValue, member.email()).ifPresent(old -> old.forEach((key, value) ->
                    entry.putIfAbsent(String.valueOf(key), value)));
            entries.add(entry);
        }
        return entries;
    }

    private static Optional<Map<?, ?>> oldEntry(Object oldValue, String email) {
        if (!(oldValue instanceof List<?> list)) {
            return Optional.empty();
        }
        for (Object item : list) {
            if (item instanceof Map<?, ?> map && map.get("email") instanceof String old
                    && old.strip().equalsIgnoreCase(email)) {
                return Optional.of(map);
            }
        }
        return Optional.empty();
    }

    private static List<Member> readMembers(Object value) throws ChartaException {
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            throw invalid(MEMBERS, value);
        }
        List<Member> members = new ArrayList<>();
        Set<String> emails = new HashSet<>();
        for (int index = 0; index < list.size(); index++) {
            Member member = readMember(list.get(index), MEMBERS + "[" + index + "]");
            if (emails.add(member.email().toLowerCase(Locale.ROOT))) {
                members.add(member);
            } else {
                LOG.warn("The governance rules list {} twice; the first entry counts", member.email());
            }
        }
        return members;
    }

    private static Member readMember(Object value, String field) throws ChartaException {
        if (!(value instanceof Map<?, ?> entry)) {
            throw invalid(field, value);
        }
        Object name = entry.get("name");
        Object email = entry.get("email");
        Object role = entry.get("role");
        if (!(name instanceof String nameText) || nameText.isBlank()) {
            throw invalid(field + ".name", name);
        }
        if (!(email instanceof String emailText) || !EmailAddresses.isValid(emailText.strip())) {
            throw invalid(field + ".email", email);
        }
        Optional<Role> parsedRole = role instanceof String roleText ? Role.parse(roleText) : Optional.empty();
        if (parsedRole.isEmpty()) {
            throw invalid(field + ".role", role);
        }
        return new Member(nameText.strip(), emailText.strip(), parsedRole.get());
    }

    private static double readQuorum(Object value) throws ChartaException {
        if (value == null) {
            return DEFAULT_QUORUM;
        }
        if (!(value instanceof Number number) || !(number.doubleValue() >= 0 && number.doubleValue() <= 1)) {
            throw invalid(QUORUM, value);
        }
        return number.doubleValue();
    }

    private static MajorityRule readMajority(Object value) throws ChartaException {
        if (value == null) {
            return MajorityRule.SIMPLE;
        }
        Optional<MajorityRule> rule = value instanceof String text ? MajorityRule.parse(text) : Optional.empty();
        if (rule.isEmpty()) {
            throw invalid(MAJORITY, value);
        }
        return rule.get();
    }

    private static Integer readVotingDays(Object value) throws ChartaException {
        if (value == null) {
            return null;
        }
        boolean whole = value instanceof Integer || value instanceof Long;
        if (!whole || ((Number) value).longValue() < 1 || ((Number) value).longValue() > Integer.MAX_VALUE) {
            throw invalid(VOTING_DAYS, value);
        }
        return ((Number) value).intValue();
    }

    private static ChartaException invalid(String field, Object value) {
        return new ChartaException("error.governance.invalid", field, String.valueOf(value));
    }
}
