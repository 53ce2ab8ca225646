package org.charta.core.charter;

import org.charta.core.ChartaException;
import org.charta.core.Identity;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class CharterSetupTest {

    private static final Identity AUTHOR = new Identity("Ada Drafter", "ada@example.org");

    @TempDir
    Path temp;

    @Test
    void newCharterHasFirstCommit() throws Exception {
        Charter charter = CharterSetup.create(temp.resolve("new"), "Our charter", List.of("en", "fr"), AUTHOR);

        assertThat(charter.sections()).extracting(Section::id).containsExactly("preamble");
        assertThat(Files.readString(charter.folder().resolve(".gitattributes"))).contains("*.md text eol=lf");
        try (Git git = Git.open(charter.folder().toFile())) {
            assertThat(git.status().call().isClean()).isTrue();
            RevCommit head = git.log().call().iterator().next();
            assertThat(head.getAuthorIdent().getEmailAddress()).isEqualTo("ada@example.org");
        }
    }

    @Test
    void nonEmptyTargetIsRejectedUntouched() throws IOException {
        Path target = temp.resolve("busy");
        Files.createDirectories(target);
        Files.writeString(target.resolve("notes.txt"), "keep me");

        assertThatThrownBy(() -> CharterSetup.create(target, "X", List.of("en"), AUTHOR))
                .isInstanceOf(ChartaException.class)
                .hasMessageContaining(target.toString());
        try (var entries = Files.list(target)) {
            assertThat(entries.map(path -> path.getFileName().toString()).toList()).containsExactly("notes.txt");
        }
    }

    @Test
    void adoptKeepsPathsAndContent() throws Exception {
        Path policies = temp.resolve("policies");
        Files.createDirectories(policies.resolve("Policies/Privacy"));
        Files.writeString(policies.resolve("README.md"), "# Policies\r\n\r\nIndex.\r\n");
        Files.writeString(policies.resolve("Policies/Privacy/Privacy Statement.md"), "# Privacy\n\nWe respect you.\n");
        Files.writeString(policies.resolve("Policies/notes.txt"), "not markdown");
        try (Git git = Git.init().setDirectory(policies.toFile()).setInitialBranch("main").call()) {
            git.add().addFilepattern(".").call();
            git.commit().setMessage("Policies").setAuthor("Other", "o@example.org")
                    .setCommitter("Other", "o@example.org").setSign(false).call();
        }
        byte[] readmeBefore = Files.readAllBytes(policies.resolve("README.md"));

        Charter charter = CharterSetup.adopt(policies, "Site policy", List.of("en"), AUTHOR);

        assertThat(charter.manifest().sections()).extracting(SectionEntry::path)
                .containsExactly("Policies/Privacy/Privacy Statement.md", "README.md");
        assertThat(charter.sections()).extracting(Section::title).containsExactly("Privacy", "Policies");
        assertThat(Files.readAllBytes(policies.resolve("README.md"))).isEqualTo(readmeBefore);
        try (Git git = Git.open(policies.toFile())) {
            assertThat(git.status().call().isClean()).isTrue();
            assertThat(StreamSupport.stream(git.log().call().spliterator(), false).count()).isEqualTo(2);
        }
    }

    @Test
    void adoptPlainFolderCreatesRepository() throws Exception {
        Path folder = temp.resolve("plain");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("law.md"), "# Law\n\nArticle.\n");

        Charter charter = CharterSetup.adopt(folder, null, List.of("en"), AUTHOR);

        assertThat(Files.isDirectory(folder.resolve(".git"))).isTrue();
        assertThat(charter.title()).isEqualTo("plain");
    }

    @Test
    void adoptFolderWithoutMarkdownChangesNothing() throws IOException {
        Path folder = temp.resolve("empty-ish");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("data.csv"), "a,b");

        assertThatThrownBy(() -> CharterSetup.adopt(folder, null, List.of("en"), AUTHOR))
                .isInstanceOf(ChartaException.class).hasMessageContaining(folder.toString());
        assertThat(Files.exists(folder.resolve(".git"))).isFalse();
        assertThat(Files.exists(folder.resolve("charter.json"))).isFalse();
    }

    @Test
    void adoptingACharterAgainIsRejected() throws Exception {
        Charter charter = CharterSetup.create(temp.resolve("c"), "C", List.of("en"), AUTHOR);

        assertThatThrownBy(() -> CharterSetup.adopt(charter.folder(), null, List.of("en"), AUTHOR))
                .isInstanceOf(ChartaException.class);
    }

    @Test
    void importWritesOneFilePerHeading() throws Exception {
        Path document = temp.resolve("doc.md");
        Files.writeString(document, "# Charter\r\n\r\nIntro.\r\n\r\n## Article 1\r\n\r\nText.\r\n", StandardCharsets.UTF_8);

        Charter charter = CharterSetup.importDocument(document, temp.resolve("imported"), null, List.of("en"), AUTHOR);

        assertThat(charter.title()).isEqualTo("Charter");
        assertThat(charter.manifest().sections()).extracting(SectionEntry::path)
                .containsExactly("sections/charter.md", "sections/article-1.md");
        assertThat(charter.readSection("article-1")).isEqualTo("## Article 1\n\nText.\n");
    }

    @Test
    void importOfMissingFileWritesNothing() {
        Path target = temp.resolve("never");

        assertThatThrownBy(() -> CharterSetup.importDocument(temp.resolve("nope.md"), target, null, List.of("en"), AUTHOR))
                .isInstanceOf(ChartaException.class).hasMessageContaining("nope.md");
        assertThat(Files.exists(target)).isFalse();
    }

    @Test
    void importOfNonUtf8IsRejected() throws IOException {
        Path document = temp.resolve("latin1.md");
        Files.write(document, new byte[] {'#', ' ', (byte) 0xE9, 't', 'e', '\n'});

        assertThatThrownBy(() -> CharterSetup.importDocument(document, temp.resolve("x"), null, List.of("en"), AUTHOR))
                .isInstanceOf(ChartaException.class).hasMessageContaining("UTF-8");
    }

    @Test
    void importedProposalJoinsBackToDocument() throws Exception {
        Path proposal = Path.of(System.getProperty("charta.realdata", "../shared/realdata"),
                "proposal", "world-parliament-follow-up.md");
        assumeTrue(Files.isRegularFile(proposal), "realdata proposal is absent");

        Charter charter = CharterSetup.importDocument(proposal, temp.resolve("proposal"), null, List.of("en"), AUTHOR);

        String joined = charter.manifest().sections().stream()
                .map(entry -> read(charter.folder().resolve(entry.path()))).collect(Collectors.joining());
        assertThat(joined).isEqualTo(Files.readString(proposal));
        assertThat(charter.manifest().sections()).hasSize(4);
    }

    @Test
    void adoptSkipsIgnoredHiddenAndLinked() throws Exception {
        Path folder = temp.resolve("ignoring");
        Files.createDirectories(folder.resolve("node_modules/pkg"));
        Files.writeString(folder.resolve(".gitignore"), "node_modules/\n");
        Files.writeString(folder.resolve("node_modules/pkg/README.md"), "# Package\n");
        Files.writeString(folder.resolve("policy.md"), "# Policy\n");
        Files.createDirectories(folder.resolve(".github"));
        Files.writeString(folder.resolve(".github/PULL_REQUEST_TEMPLATE.md"), "# Template\n");
        Path secret = temp.resolve("secret.md");
        Files.writeString(secret, "TOKEN=private\n");
        Files.createSymbolicLink(folder.resolve("linked.md"), secret);

        Charter charter = CharterSetup.adopt(folder, null, List.of("en"), AUTHOR);

        assertThat(charter.manifest().sections()).extracting(SectionEntry::path).containsExactly("policy.md");
    }

    @Test
    void adoptRecordsOnlyTheManifest() throws Exception {
        Path folder = temp.resolve("staged");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("policy.md"), "# Policy\n");
        try (Git git = Git.init().setDirectory(folder.toFile()).setInitialBranch("main").call()) {
            git.add().addFilepattern("policy.md").call();
            git.commit().setMessage("Policy").setAuthor("Other", "o@example.org")
                    .setCommitter("Other", "o@example.org").setSign(false).call();
            Files.writeString(folder.resolve("CONTRIBUTING.md"), "# Contributing\n");
            git.add().addFilepattern("CONTRIBUTING.md").call();
        }

        CharterSetup.adopt(folder, null, List.of("en"), AUTHOR);

        try (Git git = Git.open(folder.toFile())) {
            assertThat(git.status().call().getAdded()).containsExactly("CONTRIBUTING.md");
            RevCommit head = git.log().setMaxCount(1).call().iterator().next();
            try (org.eclipse.jgit.treewalk.TreeWalk walk = org.eclipse.jgit.treewalk.TreeWalk.forPath(
                    git.getRepository(), "CONTRIBUTING.md", head.getTree())) {
                assertThat(walk).isNull();
            }
        }
    }

    @Test
    void adoptInsideAnotherRepositoryIsRejected() throws Exception {
        Path outer = temp.resolve("outer");
        Files.createDirectories(outer.resolve("docs"));
        Files.writeString(outer.resolve("docs/law.md"), "# Law\n");
        Git.init().setDirectory(outer.toFile()).setInitialBranch("main").call().close();

        assertThatThrownBy(() -> CharterSetup.adopt(outer.resolve("docs"), null, List.of("en"), AUTHOR))
                .isInstanceOf(ChartaException.class).hasMessageContaining(outer.toString());
        assertThat(Files.exists(outer.resolve("docs/.git"))).isFalse();
        assertThat(Files.exists(outer.resolve("docs/charter.json"))).isFalse();
    }

    @Test
    void charterInsideCharterIsRejected() throws Exception {
        Charter charter = CharterSetup.create(temp.resolve("c"), "C", List.of("en"), AUTHOR);

        assertThatThrownBy(() -> CharterSetup.adopt(charter.folder().resolve("sections"), null, List.of("en"), AUTHOR))
                .isInstanceOf(ChartaException.class);
        assertThatThrownBy(() -> CharterSetup.create(charter.folder().resolve("inner"), "X", List.of("en"), AUTHOR))
                .isInstanceOf(ChartaException.class);
        assertThat(Files.exists(charter.folder().resolve("sections/.git"))).isFalse();
        assertThat(Files.exists(charter.folder().resolve("inner"))).isFalse();
    }

    @Test
    void failedAdoptionRemovesNewRepository() throws IOException {
        Path folder = temp.resolve("only-ignored");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve(".gitignore"), "*.md\n");
        Files.writeString(folder.resolve("draft.md"), "# Draft\n");

        assertThatThrownBy(() -> CharterSetup.adopt(folder, null, List.of("en"), AUTHOR))
                .isInstanceOf(ChartaException.class);
        assertThat(Files.exists(folder.resolve(".git"))).isFalse();
    }

    @Test
    void adoptedFrontMatterGivesTitle() throws Exception {
        Path folder = temp.resolve("front");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("terms.md"), "---\ntitle: Terms of Service\nversions:\n  fpt: '*'\n---\n\nText.\n");

        Charter charter = CharterSetup.adopt(folder, null, List.of("en"), AUTHOR);

        assertThat(charter.sections().get(0).title()).isEqualTo("Terms of Service");
    }

    @Test
    void importDropsByteOrderMark() throws Exception {
        Path document = temp.resolve("bom.md");
        Files.writeString(document, "\uFEFF# BOM title\n\nText.\n", StandardCharsets.UTF_8);

        Charter charter = CharterSetup.importDocument(document, temp.resolve("bom"), null, List.of("en"), AUTHOR);

        assertThat(charter.title()).isEqualTo("BOM title");
        assertThat(charter.manifest().sections()).extracting(SectionEntry::id).containsExactly("bom-title");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
