package org.charta.core.git;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PortablePathsTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "sections/Article 12 – Fees ($ or €)?.md",
        "sections/Q&A: \"who may vote?\".md",
        "sections/a<b.md",
        "sections/a>b.md",
        "sections/a|b.md",
        "sections/a*b.md",
        "sections/a\\b.md",
        "sections/tab\there.md",
        "sections/bell\u0007.md",
        "sections/trailing-dot.",
        "sections/trailing-space ",
        "sections/CON",
        "sections/nul.md",
        "sections/com1.md",
        "LPT9/notes.md",
        "aux/preamble.md"
    })
    void unportablePathIsRejected(String path) {
        assertThat(PortablePaths.problem(path)).as(path).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "charter.json",
        "sections/article-12.md",
        "sections/Privacy Statement.md",
        "sections/préambule.md",
        "sections/المادة-1.md",
        ".charta/comments/t-1/c-1.json",
        "sections/console.md",
        "sections/$dollar.md",
        "sections/a&b.md"
    })
    void portablePathIsAccepted(String path) {
        assertThat(PortablePaths.problem(path)).as(path).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void overlongNameIsRejected() {
        assertThat(PortablePaths.problem("sections/" + "é".repeat(130) + ".md")).isPresent();
    }

    @org.junit.jupiter.api.Test
    void pathsDifferingInCaseCollide() {
        assertThat(PortablePaths.caseCollisions(java.util.List.of(
                "sections/Article-1.md", "sections/article-1.md", "sections/article-2.md",
                "sections/pr\u00e9ambule.md", "sections/pre\u0301ambule.md")))
                .containsExactlyInAnyOrder("sections/Article-1.md", "sections/article-1.md",
                        "sections/pr\u00e9ambule.md", "sections/pre\u0301ambule.md");
    }
}
