package org.charta.core.merge;

import org.charta.testing.IsolatedGitTest;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.charta.core.merge.MergeRepository.manifest;
import static org.charta.core.merge.MergeRepository.sectionPath;

/** The merge of two charter commits in a real repository: sections, manifest, comments and other files. */
class CharterMergeTest extends IsolatedGitTest {

    private static final String ARTICLE_4 = sectionPath("article-04");
    private static final String ARTICLE_6 = sectionPath("article-06");
    private static final String ARTICLE_7 = sectionPath("article-07");
    private static final String MANIFEST = "charter.json";
    private static final String ARTICLE_4_TEXT = """
            ## Article 4

            Everyone has the right to life.

            No one shall be held in slavery. The slave trade is prohibited.

            Everyone is equal before the law.
            """;

    private MergeRepository repo;
    private RevCommit base;

    @BeforeEach
    void createBase() throws Exception {
        repo = closeLater(new MergeRepository(temp.resolve("repo")));
        base = repo.commit(baseFiles());
    }

    private static Map<String, String> baseFiles() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put(MANIFEST, manifest("Our charter", "article-04", "article-06", "article-07"));
        files.put(ARTICLE_4, ARTICLE_4_TEXT);
        files.put(ARTICLE_6, "## Article 6\n\nEveryone has the right to recognition.\n");
        files.put(ARTICLE_7, "## Article 7\n\nAll are equal.\n");
        return files;
    }

    private static Map<String, String> edit(Map<String, String> files, String path, String from, String to) {
        Map<String, String> edited = new LinkedHashMap<>(files);
        String text = edited.get(path);
        assertThat(text).contains(from);
        edited.put(path, text.replace(from, to));
        return edited;
    }

    /** Laptop edits ¶2 of article 4 and article 6; the phone edits ¶2 differently and syncs. */
    private CharterMergeResult laptopAndPhone() throws Exception {
        Map<String, String> laptop = edit(baseFiles(), ARTICLE_4, "held in slavery", "held in slavery or servitude");
        laptop = edit(laptop, ARTICLE_6, "recognition", "recognition everywhere");
        Map<String, String> phone = edit(baseFiles(), ARTICLE_4, "held in slavery", "kept in bondage");
        return repo.merge(base, repo.commit(phone, base), repo.commit(laptop, base));
    }

    @Test
    void sameParagraphEditsGiveOneConflict() throws Exception {
        CharterMergeResult result = laptopAndPhone();

        assertThat(result.conflicts()).hasSize(1);
        Conflict conflict = result.conflicts().get(0);
        assertThat(conflict.kind()).isEqualTo(ConflictKind.PARAGRAPH);
        assertThat(conflict.path()).isEqualTo(ARTICLE_4);
        assertThat(conflict.sectionId()).isEqualTo("article-04");
        assertThat(conflict.paragraph()).isEqualTo(2);
        assertThat(conflict.mine()).isEqualTo("No one shall be kept in bondage. The slave trade is prohibited.");
        assertThat(conflict.bothAllowed()).isTrue();
        assertThat(conflict.editAllowed()).isTrue();
    }

    @Test
    void otherSectionUpdateSurvivesEveryChoice() throws Exception {
        CharterMergeResult result = laptopAndPhone();

        for (Choice choice : List.of(Choice.MINE, Choice.THEIRS, Choice.BOTH)) {
            Map<String, String> files = repo.writeChoosing(result, choice);
            assertThat(files.get(ARTICLE_6)).as("article 6 after %s", choice).contains("recognition everywhere");
        }
    }

    @Test
    void resultDiffersFromSharedOnlyInConflictFile() throws Exception {
        CharterMergeResult result = laptopAndPhone();
        RevCommit laptop = repo.commit(edit(edit(baseFiles(), ARTICLE_4, "held in slavery",
                "held in slavery or servitude"), ARTICLE_6, "recognition", "recognition everywhere"), base);
        Map<String, String> shared = repo.files(laptop.getTree());

        Map<String, String> mine = repo.writeChoosing(result, Choice.MINE);

        Map<String, String> otherFiles = new HashMap<>(mine);
        otherFiles.remove(ARTICLE_4);
        Map<String, String> sharedOtherFiles = new HashMap<>(shared);
        sharedOtherFiles.remove(ARTICLE_4);
        assertThat(otherFiles).isEqualTo(sharedOtherFiles);
        assertThat(mine.get(ARTICLE_4)).contains("kept in bondage").doesNotContain("servitude");
    }

    @Test
    void keepingBothWritesBothParagraphs() throws Exception {
        CharterMergeResult result = laptopAndPhone();
        Conflict conflict = result.conflicts().get(0);

        Map<String, String> files = repo.writeChoosing(result, Choice.BOTH);

        assertThat(files.get(ARTICLE_4)).isEqualTo(ARTICLE_4_TEXT.replace(
                "No one shall be held in slavery. The slave trade is prohibited.",
                conflict.mineResult() + "\n\n" + conflict.theirsResult()));
    }

    /** "held" became "kept" only locally, so the shared choice keeps that change while taking the shared run. */
    @Test
    void sharedChoiceKeepsLocalNonConflictingWord() throws Exception {
        Conflict conflict = laptopAndPhone().conflicts().get(0);

        assertThat(conflict.theirsResult())
                .isEqualTo("No one shall be kept in slavery or servitude. The slave trade is prohibited.");
    }

    @Test
    void editedResolutionReplacesRegion() throws Exception {
        CharterMergeResult result = laptopAndPhone();
        String id = result.conflicts().get(0).id();

        Map<String, String> files = repo.write(result, Map.of(id, Resolution.edited("No one shall be enslaved.")));

        assertThat(files.get(ARTICLE_4)).isEqualTo(ARTICLE_4_TEXT.replace(
                "No one shall be held in slavery. The slave trade is prohibited.", "No one shall be enslaved."));
    }

    @Test
    void conflictIdsStableAcrossRecomputation() throws Exception {
        List<String> first = laptopAndPhone().conflicts().stream().map(Conflict::id).toList();
        List<String> second = laptopAndPhone().conflicts().stream().map(Conflict::id).toList();

        assertThat(first).hasSize(1);
        assertThat(second).isEqualTo(first);
        assertThat(first.get(0)).matches("[0-9a-f]{16}");
    }

    @Test
    void missingResolutionIsRejected() throws Exception {
        CharterMergeResult result = laptopAndPhone();

        assertThatThrownBy(() -> repo.write(result, Map.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void differentSentencesMergeWithoutConflict() throws Exception {
        Map<String, String> ours = edit(baseFiles(), ARTICLE_4, "No one shall", "Nobody shall");
        Map<String, String> theirs = edit(baseFiles(), ARTICLE_4, "is prohibited", "is prohibited in all forms");

        CharterMergeResult result = repo.merge(base, repo.commit(ours, base), repo.commit(theirs, base));

        assertThat(result.isClean()).isTrue();
        assertThat(repo.write(result, Map.of()).get(ARTICLE_4))
                .contains("Nobody shall be held in slavery. The slave trade is prohibited in all forms.");
    }

    @Test
    void conflictsFollowManifestOrder() throws Exception {
        Map<String, String> ours = edit(edit(baseFiles(), ARTICLE_7, "All are", "Everyone is"), ARTICLE_4,
                "right to life", "right to existence");
        Map<String, String> theirs = edit(edit(baseFiles(), ARTICLE_7, "All are", "People are"), ARTICLE_4,
                "right to life", "right to survival");

        CharterMergeResult result = repo.merge(base, repo.commit(ours, base), repo.commit(theirs, base));

        assertThat(result.conflicts()).extracting(Conflict::path).containsExactly(ARTICLE_4, ARTICLE_7);
    }

    @Test
    void sectionsAddedOnBothSidesKeepBoth() throws Exception {
        Map<String, String> ours = new LinkedHashMap<>(baseFiles());
        ours.put(MANIFEST, manifest("Our charter", "article-04", "article-05", "article-06", "article-07"));
        ours.put(sectionPath("article-05"), "## Article 5\n\nNo torture.\n");
        Map<String, String> theirs = new LinkedHashMap<>(baseFiles());
        theirs.put(MANIFEST, manifest("Our charter", "article-04", "article-06", "article-06b", "article-07"));
        theirs.put(sectionPath("article-06b"), "## Article 6b\n\nNew text.\n");

        CharterMergeResult result = repo.merge(base, repo.commit(ours, base), repo.commit(theirs, base));
        Map<String, String> files = repo.write(result, Map.of());

        assertThat(result.isClean()).isTrue();
        assertThat(files.get(MANIFEST)).isEqualTo(manifest("Our charter", "article-04", "article-05",
                "article-06", "article-06b", "article-07"));
        assertThat(files).containsKeys(sectionPath("article-05"), sectionPath("article-06b"));
    }

    @Test
    void reorderOnOneSideAndAddOnOther() throws Exception {
        Map<String, String> ours = new LinkedHashMap<>(baseFiles());
        ours.put(MANIFEST, manifest("Our charter", "article-07", "article-04", "article-06"));
        Map<String, String> theirs = new LinkedHashMap<>(baseFiles());
        theirs.put(MANIFEST, manifest("Our charter", "article-04", "article-06", "article-06b", "article-07"));
        theirs.put(sectionPath("article-06b"), "## Article 6b\n\nNew text.\n");

        CharterMergeResult result = repo.merge(base, repo.commit(ours, base), repo.commit(theirs, base));

        assertThat(result.isClean()).isTrue();
        assertThat(repo.write(result, Map.of()).get(MANIFEST)).isEqualTo(manifest("Our charter", "article-07",
                "article-04", "article-06", "article-06b"));
    }

    @Test
    void differentReordersConflictOnOrder() throws Exception {
        Map<String, String> ours = new LinkedHashMap<>(baseFiles());
        ours.put(MANIFEST, manifest("Our charter", "article-07", "article-04", "article-06"));
        Map<String, String> theirs = new LinkedHashMap<>(baseFiles());
        theirs.put(MANIFEST, manifest("Our charter", "article-06", "article-04", "article-07"));

        CharterMergeResult result = repo.merge(base, repo.commit(ours, base), repo.commit(theirs, base));

        assertThat(result.conflicts()).singleElement().satisfies(conflict -> {
            assertThat(conflict.kind()).isEqualTo(ConflictKind.MANIFEST);
            assertThat(conflict.field()).isEqualTo("sections");
            assertThat(conflict.bothAllowed()).isFalse();
            assertThat(conflict.editAllowed()).isFalse();
        });
        assertThat(repo.writeChoosing(result, Choice.THEIRS).get(MANIFEST)).isEqualTo(theirs.get(MANIFEST));
    }

    @Test
    void differentTitlesConflictOnField() throws Exception {
        Map<String, String> ours = new LinkedHashMap<>(baseFiles());
        ours.put(MANIFEST, manifest("Charter of the members", "article-04", "article-06", "article-07"));
        Map<String, String> theirs = new LinkedHashMap<>(baseFiles());
        theirs.put(MANIFEST, manifest("World charter", "article-04", "article-06", "article-07"));

        CharterMergeResult result = repo.merge(base, repo.commit(ours, base), repo.commit(theirs, base));

        Conflict conflict = result.conflicts().get(0);
        assertThat(conflict.kind()).isEqualTo(ConflictKind.MANIFEST);
        assertThat(conflict.field()).isEqualTo("title");
        assertThat(conflict.mine()).isEqualTo("\"Charter of the members\"");
        assertThat(repo.writeChoosing(result, Choice.MINE).get(MANIFEST)).isEqualTo(ours.get(MANIFEST));
        assertThatThrownBy(() -> repo.writeChoosing(result, Choice.BOTH))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void titleAndAddedSectionMergeInStoreFormat() throws Exception {
        Map<String, String> ours = new LinkedHashMap<>(baseFiles());
        ours.put(MANIFEST, manifest("World charter", "article-04", "article-06", "article-07"));
        Map<String, String> theirs = new LinkedHashMap<>(baseFiles());
        theirs.put(MANIFEST, manifest("Our charter", "article-04", "article-06", "article-07", "article-08"));
        theirs.put(sectionPath("article-08"), "## Article 8\n");

        CharterMergeResult result = repo.merge(base, repo.commit(ours, base), repo.commit(theirs, base));

        assertThat(repo.write(result, Map.of()).get(MANIFEST)).isEqualTo(manifest("World charter", "article-04",
                "article-06", "article-07", "article-08"));
    }

    @Test
    void deletedLocallyEditedRemotelyConflicts() throws Exception {
        Map<String, String> ours = new LinkedHashMap<>(baseFiles());
        ours.put(MANIFEST, manifest("Our charter", "article-04", "article-07"));
        ours.remove(ARTICLE_6);
        Map<String, String> theirs = edit(baseFiles(), ARTICLE_6, "recognition", "recognition everywhere");

        CharterMergeResult result = repo.merge(base, repo.commit(ours, base), repo.commit(theirs, base));

        assertThat(result.conflicts()).singleElement().satisfies(conflict -> {
            assertThat(conflict.kind()).isEqualTo(ConflictKind.SECTION_DELETED);
            assertThat(conflict.path()).isEqualTo(ARTICLE_6);
            assertThat(conflict.sectionId()).isEqualTo("article-06");
            assertThat(conflict.mine()).isNull();
        });
        Map<String, String> deleted = repo.writeChoosing(result, Choice.MINE);
        assertThat(deleted).doesNotContainKey(ARTICLE_6);
        assertThat(deleted.get(MANIFEST)).isEqualTo(ours.get(MANIFEST));
        Map<String, String> kept = repo.writeChoosing(result, Choice.THEIRS);
        assertThat(kept.get(ARTICLE_6)).contains("recognition everywhere");
        assertThat(kept.get(MANIFEST)).isEqualTo(baseFiles().get(MANIFEST));
    }

    @Test
    void editedLocallyDeletedRemotelyConflicts() throws Exception {
        Map<String, String> ours = edit(baseFiles(), ARTICLE_6, "recognition", "recognition everywhere");
        Map<String, String> theirs = new LinkedHashMap<>(baseFiles());
        theirs.put(MANIFEST, manifest("Our charter", "article-04", "article-07"));
        theirs.remove(ARTICLE_6);

        CharterMergeResult result = repo.merge(base, repo.commit(ours, base), repo.commit(theirs, base));

        assertThat(result.conflicts()).singleElement()
                .extracting(Conflict::kind).isEqualTo(ConflictKind.SECTION_DELETED);
        Map<String, String> kept = repo.writeChoosing(result, Choice.MINE);
        assertThat(kept.get(ARTICLE_6)).contains("recognition everywhere");
        assertThat(kept.get(MANIFEST)).isEqualTo(baseFiles().get(MANIFEST));
        Map<String, String> deleted = repo.writeChoosing(result, Choice.THEIRS);
        assertThat(deleted).doesNotContainKey(ARTICLE_6);
        assertThat(deleted.get(MANIFEST)).isEqualTo(theirs.get(MANIFEST));
    }

    @Test
    void commentFilesNeverConflict() throws Exception {
        String sameComment = ".charta/comments/t1/c1.json";
        String changedComment = ".charta/comments/t1/c0.json";
        Map<String, String> start = new LinkedHashMap<>(baseFiles());
        start.put(changedComment, "{\"text\":\"first\"}\n");
        RevCommit commentBase = repo.commit(start, base);
        Map<String, String> ours = new LinkedHashMap<>(start);
        ours.put(sameComment, "{\"text\":\"agreed\"}\n");
        ours.put(".charta/comments/t1/c2.json", "{\"text\":\"mine\"}\n");
        ours.put(changedComment, "{\"text\":\"local\"}\n");
        Map<String, String> theirs = new LinkedHashMap<>(start);
        theirs.put(sameComment, "{\"text\":\"agreed\"}\n");
        theirs.put(".charta/comments/t1/c3.json", "{\"text\":\"theirs\"}\n");
        theirs.put(changedComment, "{\"text\":\"shared\"}\n");

        CharterMergeResult result = repo.merge(commentBase, repo.commit(ours, commentBase),
                repo.commit(theirs, commentBase));
        Map<String, String> files = repo.write(result, Map.of());

        assertThat(result.isClean()).isTrue();
        assertThat(files).containsKeys(sameComment, ".charta/comments/t1/c2.json", ".charta/comments/t1/c3.json");
        assertThat(files.get(changedComment)).contains("shared");
    }

    @Test
    void unrelatedHistoriesMergeAsAddedTwice() throws Exception {
        Map<String, String> ours = new LinkedHashMap<>(baseFiles());
        ours.put(ARTICLE_7, "## Article 7\n\nWe, the members, adopt this charter.\n");
        Map<String, String> theirs = new LinkedHashMap<>(baseFiles());
        theirs.put(ARTICLE_7, "## Article 7\n\nWe, the founding members, adopt this charter.\n");

        CharterMergeResult result = repo.merge(null, repo.commit(ours), repo.commit(theirs));

        assertThat(result.conflicts()).singleElement().satisfies(conflict -> {
            assertThat(conflict.path()).isEqualTo(ARTICLE_7);
            assertThat(conflict.base()).isEmpty();
        });
        Map<String, String> files = repo.writeChoosing(result, Choice.THEIRS);
        assertThat(files.get(ARTICLE_7)).isEqualTo(theirs.get(ARTICLE_7));
        assertThat(files.get(MANIFEST)).isEqualTo(baseFiles().get(MANIFEST));
    }

    @Test
    void binaryChangedTwiceIsFileConflict() throws Exception {
        String image = "images/logo.png";
        Map<String, byte[]> start = bytes(baseFiles());
        start.put(image, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1});
        RevCommit imageBase = repo.commitBytes(start, base);
        Map<String, byte[]> ours = new LinkedHashMap<>(start);
        ours.put(image, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 2});
        Map<String, byte[]> theirs = new LinkedHashMap<>(start);
        theirs.put(image, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 3});

        CharterMergeResult result = repo.merge(imageBase, repo.commitBytes(ours, imageBase),
                repo.commitBytes(theirs, imageBase));

        assertThat(result.conflicts()).singleElement().satisfies(conflict -> {
            assertThat(conflict.kind()).isEqualTo(ConflictKind.FILE);
            assertThat(conflict.bothAllowed()).isFalse();
            assertThat(conflict.editAllowed()).isFalse();
        });
        byte[] kept = repo.writeChoosing(result, Choice.MINE).get(image).getBytes(StandardCharsets.UTF_8);
        assertThat(kept[kept.length - 1]).isEqualTo((byte) 2);
    }

    @Test
    void otherFileDeletedAndEditedIsFileConflict() throws Exception {
        Map<String, String> start = new LinkedHashMap<>(baseFiles());
        start.put("README.md", "Read me.\n");
        RevCommit readmeBase = repo.commit(start, base);
        Map<String, String> ours = new LinkedHashMap<>(start);
        ours.remove("README.md");
        Map<String, String> theirs = edit(start, "README.md", "Read me.", "Read me first.");

        CharterMergeResult result = repo.merge(readmeBase, repo.commit(ours, readmeBase),
                repo.commit(theirs, readmeBase));

        assertThat(result.conflicts()).singleElement().extracting(Conflict::kind).isEqualTo(ConflictKind.FILE);
        assertThat(repo.writeChoosing(result, Choice.MINE)).doesNotContainKey("README.md");
        assertThat(repo.writeChoosing(result, Choice.THEIRS).get("README.md")).isEqualTo("Read me first.\n");
    }

    @Test
    void executableModeIsKept() throws Exception {
        String script = "tools/check.sh";
        Map<String, String> start = new LinkedHashMap<>(baseFiles());
        start.put(script, "echo one\n\necho two\n");
        RevCommit scriptBase = repo.commit(start, base);
        RevCommit ours = repo.commit(edit(start, script, "one", "1"), scriptBase);
        RevCommit theirs = repo.commit(edit(start, script, "two", "2"), scriptBase);

        CharterMergeResult result = repo.merge(scriptBase, ours, theirs);
        org.eclipse.jgit.lib.ObjectId tree;
        try (org.eclipse.jgit.lib.ObjectInserter inserter = repo.repository().newObjectInserter()) {
            tree = result.writeTree(inserter, Map.of());
            inserter.flush();
        }

        assertThat(repo.files(tree).get(script)).isEqualTo("echo 1\n\necho 2\n");
        assertThat(repo.mode(tree, script)).isEqualTo(org.eclipse.jgit.lib.FileMode.EXECUTABLE_FILE);
    }

    private static Map<String, byte[]> bytes(Map<String, String> files) {
        Map<String, byte[]> bytes = new LinkedHashMap<>();
        files.forEach((path, text) -> bytes.put(path, text.getBytes(StandardCharsets.UTF_8)));
        return bytes;
    }

    /** The shared side turned a section file into a folder with plain Git while the local side edited the file. */
    @Test
    void fileTurnedFolderIsOneFileConflict() throws Exception {
        Map<String, String> ours = edit(baseFiles(), ARTICLE_7, "All are equal.", "All are equal in dignity.");
        Map<String, String> theirs = new LinkedHashMap<>(baseFiles());
        theirs.remove(ARTICLE_7);
        theirs.put(ARTICLE_7 + "/x.md", "Notes.\n");

        CharterMergeResult result = repo.merge(base, repo.commit(ours, base), repo.commit(theirs, base));

        assertThat(result.conflicts()).singleElement().satisfies(conflict -> {
            assertThat(conflict.kind()).isEqualTo(ConflictKind.FILE);
            assertThat(conflict.path()).isEqualTo(ARTICLE_7);
        });
        Map<String, String> mine = repo.writeChoosing(result, Choice.MINE);
        assertThat(mine.get(ARTICLE_7)).contains("in dignity");
        assertThat(mine).doesNotContainKey(ARTICLE_7 + "/x.md");
        Map<String, String> shared = repo.writeChoosing(result, Choice.THEIRS);
        assertThat(shared).doesNotContainKey(ARTICLE_7);
        assertThat(shared.get(ARTICLE_7 + "/x.md")).isEqualTo("Notes.\n");
    }

    /** Each side added the same name, one as a file and the other as a folder. */
    @Test
    void fileAddedAgainstFolderIsFileConflict() throws Exception {
        String file = "sections/article-09.md";
        Map<String, String> ours = new LinkedHashMap<>(baseFiles());
        ours.put(file + "/notes.txt", "My notes.\n");
        Map<String, String> theirs = new LinkedHashMap<>(baseFiles());
        theirs.put(file, "## Article 9\n\nNew.\n");

        CharterMergeResult result = repo.merge(base, repo.commit(ours, base), repo.commit(theirs, base));

        assertThat(result.conflicts()).singleElement().extracting(Conflict::path).isEqualTo(file);
        assertThat(repo.writeChoosing(result, Choice.MINE)).containsKey(file + "/notes.txt");
        assertThat(repo.writeChoosing(result, Choice.MINE)).doesNotContainKey(file);
        assertThat(repo.writeChoosing(result, Choice.THEIRS)).containsKey(file);
        assertThat(repo.writeChoosing(result, Choice.THEIRS)).doesNotContainKey(file + "/notes.txt");
    }
}
