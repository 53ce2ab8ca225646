package org.charta.core.merge;

import org.charta.core.diff.WordTokenizer;
import org.eclipse.jgit.merge.MergeAlgorithm;
import org.eclipse.jgit.merge.MergeChunk;
import org.eclipse.jgit.merge.MergeResult;

import java.util.ArrayList;
import java.util.List;

/**
 * The three-way merge of a text in two levels, both with JGit's {@link MergeAlgorithm} (histogram diff, diff3
 * chunks). First over paragraph units ({@link ParagraphUnits}), so that changes to different paragraphs merge. Then,
 * for each run of units that both sides changed, over the word tokens of that run ({@link WordTokenizer}), so that
 * changes to different words or sentences of one paragraph merge too. Only tokens that both sides changed
 * differently, or changes that touch each other, are left as a {@link TextRegion}.
 */
final class TextMerge {

    private TextMerge() {
    }

    static MergedText merge(String base, String ours, String theirs) {
        if (ours.equals(theirs) || base.equals(theirs)) {
            return MergedText.clean(ours);
        }
        if (base.equals(ours)) {
            return MergedText.clean(theirs);
        }
        MergeResult<TokenSequence> units = merge(ParagraphUnits.split(base), ParagraphUnits.split(ours),
                ParagraphUnits.split(theirs));
        TokenSequence oursUnits = units.getSequences().get(1);

        List<Object> pieces = new ArrayList<>();
        String regionMine = null;
        String regionBase = null;
        int regionOffset = 0;
        for (MergeChunk chunk : units) {
            String text = units.getSequences().get(chunk.getSequenceIndex()).join(chunk.getBegin(), chunk.getEnd());
            switch (chunk.getConflictState()) {
                case NO_CONFLICT -> pieces.add(text);
                case FIRST_CONFLICTING_RANGE -> {
                    regionMine = text;
                    regionOffset = oursUnits.join(0, chunk.getBegin()).length();
                }
                case BASE_CONFLICTING_RANGE -> regionBase = baseRange(units, chunk);
                case NEXT_CONFLICTING_RANGE -> pieces.add(mergeWords(regionBase, regionMine, text, regionOffset));
            }
        }
        return new MergedText(pieces);
    }

    /**
     * Merges one region of paragraph units that both sides changed, word by word. Returns the merged text when no
     * tokens conflict, else a {@link TextRegion}.
     */
    static Object mergeWords(String base, String mine, String theirs, int mineOffset) {
        if (mine.equals(theirs) || base.equals(theirs)) {
            return mine;
        }
        if (base.equals(mine)) {
            return theirs;
        }
        MergeResult<TokenSequence> words = merge(WordTokenizer.tokens(base), WordTokenizer.tokens(mine),
                WordTokenizer.tokens(theirs));
        StringBuilder mineResult = new StringBuilder();
        StringBuilder theirsResult = new StringBuilder();
        List<WordRun> runs = new ArrayList<>();
        String runMine = "";
        String runBase = "";
        for (MergeChunk chunk : words) {
            String text = words.getSequences().get(chunk.getSequenceIndex()).join(chunk.getBegin(), chunk.getEnd());
            switch (chunk.getConflictState()) {
                case NO_CONFLICT -> {
                    mineResult.append(text);
                    theirsResult.append(text);
                }
                case FIRST_CONFLICTING_RANGE -> {
                    mineResult.append(text);
                    runMine = text;
                }
                case BASE_CONFLICTING_RANGE -> runBase = baseRange(words, chunk);
                case NEXT_CONFLICTING_RANGE -> {
                    theirsResult.append(text);
                    runs.add(new WordRun(runBase, runMine, text));
                }
            }
        }
        if (runs.isEmpty()) {
            return mineResult.toString();
        }
        return new TextRegion(base, mine, theirs, mineResult.toString(), theirsResult.toString(), mineOffset, runs);
    }

    private static MergeResult<TokenSequence> merge(List<String> base, List<String> ours, List<String> theirs) {
        return new MergeAlgorithm().merge(TokenSequence.COMPARATOR, new TokenSequence(base),
                new TokenSequence(ours), new TokenSequence(theirs));
    }

    /**
     * Returns the base text of a conflict chunk. JGit moves the start of the base range by the length of the prefix
     * that ours and theirs share, assuming that prefix replaced base elements one for one. When both sides inserted
     * the same elements the range can come out shorter than the true one, or reversed (then it is empty); the word
     * merge then sees more of the region as inserted and reports a conflict instead of merging.
     */
    private static String baseRange(MergeResult<TokenSequence> result, MergeChunk chunk) {
        TokenSequence base = result.getSequences().get(0);
        int begin = Math.min(chunk.getBegin(), base.size());
        int end = Math.min(chunk.getEnd(), base.size());
        return end <= begin ? "" : base.join(begin, end);
    }
}
