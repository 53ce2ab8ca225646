package org.charta.ui.comment;

import org.charta.core.governance.Member;
import org.charta.core.governance.Role;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Which typed text counts as a mention in progress, and which members it offers. */
class MentionCompletionTest {

    private static final List<Member> MEMBERS = List.of(
            new Member("Amina Diallo", "amina@example.org", Role.DRAFTER),
            new Member("Tomás Ortega", "tomas@example.org", Role.DRAFTER),
            new Member("Ana María López", "ana@example.org", Role.COORDINATOR));

    @Test
    void queryFindsLettersAfterAt() {
        assertThat(MentionCompletion.query("Ask @Ami", 8)).isEqualTo(new MentionCompletion.Query(4, "Ami"));
    }

    @Test
    void queryAllowsSpacesInsideName() {
        assertThat(MentionCompletion.query("@Ana Ma", 7)).isEqualTo(new MentionCompletion.Query(0, "Ana Ma"));
    }

    @Test
    void queryIgnoresEmailAddress() {
        assertThat(MentionCompletion.query("write to ana@exa", 16)).isNull();
    }

    @Test
    void queryEndsAtTrailingSpace() {
        assertThat(MentionCompletion.query("@Amina Diallo ", 14)).isNull();
    }

    @Test
    void queryNeedsLetterAfterAt() {
        assertThat(MentionCompletion.query("@", 1)).isNull();
    }

    @Test
    void queryIgnoresCaretPastText() {
        assertThat(MentionCompletion.query("", 8)).isNull();
    }

    @Test
    void matchesIgnoreAccentsAndCase() {
        assertThat(MentionCompletion.matches(MEMBERS, "tomas")).extracting(Member::name)
                .containsExactly("Tomás Ortega");
    }

    @Test
    void matchesAnyWordOfName() {
        assertThat(MentionCompletion.matches(MEMBERS, "lop")).extracting(Member::name)
                .containsExactly("Ana María López");
    }

    @Test
    void matchesWholeNameWithSpace() {
        assertThat(MentionCompletion.matches(MEMBERS, "ana mar")).extracting(Member::name)
                .containsExactly("Ana María López");
    }
}
