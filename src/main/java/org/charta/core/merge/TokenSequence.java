package org.charta.core.merge;

import org.eclipse.jgit.diff.Sequence;
import org.eclipse.jgit.diff.SequenceComparator;

import java.util.List;

/** A list of strings (paragraph units or word tokens) that JGit's diff and merge algorithms can compare. */
final class TokenSequence extends Sequence {

    /** Compares elements by string equality, hashing with {@link String#hashCode()}. */
    static final SequenceComparator<TokenSequence> COMPARATOR = new SequenceComparator<>() {
        @Override
        public boolean equals(TokenSequence a, int ai, TokenSequence b, int bi) {
            return a.get(ai).equals(b.get(bi));
        }

        @Override
        public int hash(TokenSequence sequence, int index) {
            return sequence.get(index).hashCode();
        }
    };

    private final List<String> elements;

    TokenSequence(List<String> elements) {
        this.elements = List.copyOf(elements);
    }

    String get(int index) {
        return elements.get(index);
    }

    @Override
    public int size() {
        return elements.size();
    }

    /** Concatenates the elements from {@code begin} (inclusive) to {@code end} (exclusive). */
    String join(int begin, int end) {
        StringBuilder text = new StringBuilder();
        for (int i = begin; i < end; i++) {
            text.append(elements.get(i));
        }
        return text.toString();
    }
}
