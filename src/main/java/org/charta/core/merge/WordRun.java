package org.charta.core.merge;

/**
 * One run of word tokens that both sides changed differently, as JGit's merge algorithm reports it.
 *
 * @param base   the common ancestor's tokens of the run (JGit's base range; may be empty)
 * @param mine   the local side's tokens
 * @param theirs the shared side's tokens
 */
record WordRun(String base, String mine, String theirs) {
}
