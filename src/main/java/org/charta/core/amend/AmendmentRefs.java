package org.charta.core.amend;

import org.eclipse.jgit.lib.Constants;

/**
 * Where amendments live in the repository: each is the branch {@code amendments/<id>}, and its record, votes and
 * status history live under {@code .charta/amendments/<id>/} on that branch (and on the main text once merged).
 */
public final class AmendmentRefs {

    /** Local amendment branches. */
    public static final String LOCAL_PREFIX = Constants.R_HEADS + "amendments/";

    /** Amendment branches as the last fetch saw them on {@code origin}. */
    public static final String REMOTE_PREFIX = Constants.R_REMOTES + "origin/amendments/";

    /** The folder of every amendment's files in the tree. */
    public static final String FOLDER = ".charta/amendments/";

    /** Amendment ids: a lowercase ASCII slug of the title and a random suffix, as {@code right-to-vote-k3f9}. */
    public static final String ID_PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";

    private AmendmentRefs() {
    }

    public static String localBranch(String id) {
        return LOCAL_PREFIX + id;
    }

    public static String remoteBranch(String id) {
        return REMOTE_PREFIX + id;
    }

    /** Returns the path of the record file, {@code .charta/amendments/<id>/amendment.json}. */
    public static String recordPath(String id) {
        return FOLDER + id + "/amendment.json";
    }

    /** Returns the folder of the vote files, one per member: {@code .charta/amendments/<id>/votes/}. */
    public static String votesFolder(String id) {
        return FOLDER + id + "/votes/";
    }

    /** Returns the amendment id of a local or remote amendment branch ref, or null for any other ref. */
    public static String idOf(String ref) {
        if (ref.startsWith(LOCAL_PREFIX)) {
            return ref.substring(LOCAL_PREFIX.length());
        }
        if (ref.startsWith(REMOTE_PREFIX)) {
            return ref.substring(REMOTE_PREFIX.length());
        }
        return null;
    }
}
