package org.charta.core.amend;

import org.charta.core.diff.DiffSegment;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DiffPreviewLayoutTest {

    @Test
    void whitespaceOnlyChangeHasNoPreview() {
        assertThat(DiffPreview.of("# Art. 1\n\nMembers meet once a year.\n",
                "# Art. 1\n\nMembers  meet once\na year.\n")).isEmpty();
    }

    @Test
    void previewSkipsLayoutOnlyParagraph() {
        String before = "Members meet once a year.\n\nVotes are public.\n";
        String after = "Members meet  once a year.\n\nVotes are secret.\n";

        assertThat(DiffPreview.of(before, after)).filteredOn(segment -> segment.kind() == DiffSegment.Kind.INSERTED)
                .extracting(DiffSegment::text).containsExactly("secret");
    }
}
