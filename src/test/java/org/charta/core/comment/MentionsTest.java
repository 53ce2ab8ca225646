package org.charta.core.comment;

import org.charta.core.ChartaException;
import org.charta.core.governance.Member;
import org.charta.core.governance.Role;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class MentionsTest {

    static final Member ANA = new Member("Ana", "ana@example.org", Role.DRAFTER);
    static final Member ANA_MARIA = new Member("Ana María", "anamaria@example.org", Role.REVIEWER);
    static final Member AHMED = new Member("أحمد", "ahmed@example.org", Role.REVIEWER);
    static final Member AHMED_BIN_ALI = new Member("أحمد بن علي", "ahmed.ali@example.org", Role.COORDINATOR);
    static final Member JORDI = new Member("Jordi Puig", "jordi@example.org", Role.DRAFTER);
    static final List<Member> MEMBERS = List.of(ANA, ANA_MARIA, AHMED, AHMED_BIN_ALI, JORDI);

    @Test
    void multiWordNameIsOneMention() {
        List<Mentions.Mention> mentions = Mentions.find("Thanks @Jordi Puig, agreed.", MEMBERS);

        assertThat(mentions).containsExactly(new Mentions.Mention(7, 18, JORDI));
    }

    @Test
    void longestNameWins() {
        List<Mentions.Mention> mentions = Mentions.find("@Ana María agrees", MEMBERS);

        assertThat(mentions).containsExactly(new Mentions.Mention(0, 10, ANA_MARIA));
    }

    @Test
    void shorterNameWhenLongerDoesNotFollow() {
        List<Mentions.Mention> mentions = Mentions.find("@Ana Marta agrees", MEMBERS);

        assertThat(mentions).containsExactly(new Mentions.Mention(0, 4, ANA));
    }

    @Test
    void mentionEndsAtWordBoundary() {
        assertThat(Mentions.find("@Anabel agrees", MEMBERS)).isEmpty();
        assertThat(Mentions.find("@Ana-Lucía agrees", MEMBERS)).isEmpty();
        assertThat(Mentions.find("@Ana1 agrees", MEMBERS)).isEmpty();
    }

    @Test
    void punctuationEndsMention() {
        assertThat(Mentions.find("Ask @Ana.", MEMBERS)).extracting(Mentions.Mention::member).containsExactly(ANA);
        assertThat(Mentions.find("(@Ana)", MEMBERS)).extracting(Mentions.Mention::member).containsExactly(ANA);
        assertThat(Mentions.find("@Ana's idea", MEMBERS)).extracting(Mentions.Mention::member).containsExactly(ANA);
    }

    @Test
    void namesMatchIgnoringCase() {
        List<Mentions.Mention> mentions = Mentions.find("@ANA MARÍA and @jordi puig", MEMBERS);

        assertThat(mentions).extracting(Mentions.Mention::member).containsExactly(ANA_MARIA, JORDI);
    }

    @Test
    void accentsMatchInEitherNormalForm() {
        Member decomposedName = new Member("Ana Mari\u0301a", "anamaria@example.org", Role.REVIEWER);

        List<Mentions.Mention> composedText = Mentions.find("@Ana María", List.of(decomposedName));
        List<Mentions.Mention> decomposedText = Mentions.find("@Ana Mari\u0301a", List.of(ANA_MARIA));

        assertThat(composedText).containsExactly(new Mentions.Mention(0, 10, decomposedName));
        assertThat(decomposedText).containsExactly(new Mentions.Mention(0, 10, ANA_MARIA));
    }

    @Test
    void accentedLetterContinuesWord() {
        assertThat(Mentions.find("@Anaé", List.of(ANA))).isEmpty();
        assertThat(Mentions.find("@Ana\u0301", List.of(ANA))).isEmpty();
    }

    @Test
    void arabicNamesLongestWins() {
        String text = "شكراً @أحمد بن علي، هل توافق؟";

        List<Mentions.Mention> mentions = Mentions.find(text, MEMBERS);

        assertThat(mentions).extracting(Mentions.Mention::member).containsExactly(AHMED_BIN_ALI);
        assertThat(text.substring(mentions.get(0).start(), mentions.get(0).end())).isEqualTo("@أحمد بن علي");
    }

    @Test
    void arabicNameNeedsWordBoundary() {
        assertThat(Mentions.find("@أحمدي يوافق", List.of(AHMED))).isEmpty();
        assertThat(Mentions.find("@أحمد، يوافق", List.of(AHMED))).extracting(Mentions.Mention::member)
                .containsExactly(AHMED);
        assertThat(Mentions.find("@أحمدُ يوافق", List.of(AHMED))).isEmpty();
    }

    @Test
    void emailAddressIsMention() {
        List<Mentions.Mention> mentions = Mentions.find("Ask @Jordi@Example.org.", MEMBERS);

        assertThat(mentions).containsExactly(new Mentions.Mention(4, 22, JORDI));
    }

    @Test
    void longerAddressIsNotMention() {
        assertThat(Mentions.find("@jordi@example.org.uk", MEMBERS)).isEmpty();
    }

    @Test
    void addressInTextIsNotMention() {
        Member example = new Member("example", "someone@example.net", Role.DRAFTER);

        assertThat(Mentions.find("Write to ana@example.org today.", List.of(example))).isEmpty();
    }

    @Test
    void severalMentionsInTextOrder() {
        List<Mentions.Mention> mentions = Mentions.find("@Jordi Puig, @Ana and @أحمد", MEMBERS);

        assertThat(mentions).extracting(Mentions.Mention::member).containsExactly(JORDI, ANA, AHMED);
    }

    @Test
    void loneAtSignIsIgnored() {
        assertThat(Mentions.find("Meet @ 10 @", MEMBERS)).isEmpty();
    }

    @Test
    void threadMentionUsesLatestWording() throws ChartaException {
        Anchor anchor = Anchors.forParagraph("article-08", ThreadLocatorTest.ARTICLE, 1);
        Instant created = Instant.parse("2025-03-01T10:00:00Z");
        Comment first = new Comment("20250301T100000000Z-00000001", "0000000000000001", "Jordi Puig",
                "jordi@example.org", created, Comment.Kind.COMMENT, "What does @Ana think?", anchor);
        Comment reworded = first.withText("What does @Ana María think?");
        CommentThread thread = new CommentThread("0000000000000001", "article-08", anchor, List.of(reworded), false,
                created, anchor, Map.of(first.id(), List.of(first, reworded)));

        assertThat(Mentions.mentions(thread, "ANAMARIA@example.org", MEMBERS)).isTrue();
        assertThat(Mentions.mentions(thread, "ana@example.org", MEMBERS)).isFalse();
        assertThat(Mentions.mentions(thread, null, MEMBERS)).isFalse();
    }
}
