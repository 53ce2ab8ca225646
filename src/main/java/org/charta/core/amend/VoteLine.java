package org.charta.core.amend;

/**
 * One vote file as the tally reads it.
 *
 * @param path    the file's path in the tree
 * @param name    the voter's name as the file gives it
 * @param email   the voter's e-mail address as the file gives it
 * @param choice  the vote, or null when the file is unreadable
 * @param reason  the optional reason, or an empty string
 * @param cast    when the vote was cast, an ISO-8601 instant
 * @param invalid why the vote is not counted, or null when it counts
 */
public record VoteLine(String path, String name, String email, VoteChoice choice, String reason, String cast,
                       InvalidVote invalid) {
}
