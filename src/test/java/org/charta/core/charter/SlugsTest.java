package org.charta.core.charter;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class SlugsTest {

    @Test
    void slugIsLowercaseAscii() {
        assertThat(Slugs.slug("Article 12 – Fees ($ or €)?")).isEqualTo("article-12-fees-or");
        assertThat(Slugs.slug("Préambule à l'Assemblée")).isEqualTo("preambule-a-l-assemblee");
        assertThat(Slugs.slug("Q&A: \"who may vote?\"")).isEqualTo("q-a-who-may-vote");
    }

    @Test
    void arabicTitleUsesFallback() {
        assertThat(Slugs.slug("المادة 1")).isEqualTo("1");
        assertThat(Slugs.uniqueSlug("المادة 1", "section-4", Set.of())).isEqualTo("section-4");
    }

    @Test
    void takenSlugGetsSuffix() {
        assertThat(Slugs.uniqueSlug("Purpose", "x", Set.of("purpose", "purpose-2"))).isEqualTo("purpose-3");
    }

    @Test
    void longTitleIsCut() {
        String slug = Slugs.slug("word ".repeat(40));

        assertThat(slug.length()).isLessThanOrEqualTo(Slugs.MAX_LENGTH);
        assertThat(slug).doesNotEndWith("-");
    }
}
