package org.charta.core.markdown;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownBlocksTest {

    @Test
    void paragraphsAreNumberedFromOne() {
        String text = "## Article 1\n\nFirst paragraph.\n\nSecond paragraph\ncontinues here.\n";

        List<Block> paragraphs = MarkdownBlocks.paragraphs(text);

        assertThat(paragraphs).extracting(Block::number).containsExactly(1, 2);
        assertThat(paragraphs.get(1).text()).isEqualTo("Second paragraph\ncontinues here.");
        assertThat(paragraphs.get(1).startLine()).isEqualTo(4);
        assertThat(paragraphs.get(1).endLine()).isEqualTo(5);
    }

    @Test
    void headingIsNotNumbered() {
        List<Block> blocks = MarkdownBlocks.blocks("## Title\n\nText.\n");

        assertThat(blocks.get(0).kind()).isEqualTo(BlockKind.HEADING);
        assertThat(blocks.get(0).number()).isZero();
        assertThat(blocks.get(1).number()).isEqualTo(1);
    }

    @Test
    void lazyContinuationIsOneParagraph() {
        String text = "> 1. > The assembly may amend\nthis charter by a two-thirds vote.\n";

        List<Block> paragraphs = MarkdownBlocks.paragraphs(text);

        assertThat(paragraphs).hasSize(1);
        assertThat(paragraphs.get(0).startLine()).isZero();
        assertThat(paragraphs.get(0).endLine()).isEqualTo(1);
        assertThat(paragraphs.get(0).text()).startsWith("The assembly may amend");
        assertThat(paragraphs.get(0).text()).endsWith("this charter by a two-thirds vote.");
    }

    @Test
    void ruleAfterListIsNotAHeading() {
        String text = "## Duties\n- attend the assembly\n---\n## Rights\nMembers may vote.\n";

        List<Block> blocks = MarkdownBlocks.blocks(text);

        assertThat(blocks).filteredOn(Block::isHeading).extracting(Block::text)
                .containsExactly("## Duties", "## Rights");
        assertThat(blocks.get(1).text()).isEqualTo("attend the assembly");
        assertThat(blocks.get(1).start()).isLessThan(blocks.get(2).start());
        assertThat(blocks.get(2).text()).isEqualTo("## Rights");
    }

    @Test
    void htmlBlockSwallowsFollowingLines() {
        String text = "<div dir=\"rtl\">\n## المادة 1\nيولد جميع الناس أحرارًا\n</div>\n";

        List<Block> blocks = MarkdownBlocks.blocks(text);

        assertThat(blocks).hasSize(1);
        assertThat(blocks.get(0).kind()).isEqualTo(BlockKind.HTML);
        assertThat(blocks.get(0).number()).isEqualTo(1);
        assertThat(blocks.get(0).text()).contains("## المادة 1");
    }

    @Test
    void offsetsSliceTheSourceText() {
        String text = "Intro line.\n\n- item one\n- item two\n\n```\ncode\n```\n";

        for (Block block : MarkdownBlocks.blocks(text)) {
            assertThat(text.substring(block.start(), block.end())).isEqualTo(block.text());
        }
        assertThat(MarkdownBlocks.paragraphs(text)).extracting(Block::kind)
                .containsExactly(BlockKind.PARAGRAPH, BlockKind.PARAGRAPH, BlockKind.PARAGRAPH, BlockKind.CODE);
    }

    @Test
    void firstHeadingTitleIsPlainText() {
        assertThat(MarkdownBlocks.firstHeadingTitle("Intro\n\n## Article *2* – `Fees`\n")).isEqualTo("Article 2 – Fees");
        assertThat(MarkdownBlocks.firstHeadingTitle("No heading here.\n")).isEmpty();
    }
    @Test
    void frontMatterIsNotABlock() {
        String text = "---\ntitle: Privacy\nredirect_from:\n  - /privacy\n---\n\n# Privacy\n\nWe respect you.\n";

        List<Block> blocks = MarkdownBlocks.blocks(text);

        assertThat(blocks).extracting(Block::text).containsExactly("# Privacy", "We respect you.");
        assertThat(MarkdownBlocks.firstHeadingTitle(text)).isEqualTo("Privacy");
        assertThat(FrontMatter.title(text)).contains("Privacy");
    }

    @Test
    void unclosedFrontMatterIsMarkdown() {
        String text = "---\nNot front matter\n";

        assertThat(FrontMatter.end(text)).isZero();
        assertThat(MarkdownBlocks.blocks(text)).isNotEmpty();
    }

    @Test
    void byteOrderMarkDoesNotHideHeading() {
        assertThat(MarkdownBlocks.firstHeadingTitle("\uFEFF# Title\n")).isEqualTo("Title");
    }
}
