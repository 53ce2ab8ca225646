package org.charta.core.merge;

import org.charta.core.charter.Manifest;
import org.charta.core.charter.ManifestStore;
import org.charta.core.charter.SectionEntry;
import org.charta.testing.IsolatedGitTest;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.charta.core.merge.MergeRepository.sectionPath;

/** Merges of manifests where each side added translations: languages and translation maps merge as sets. */
class TranslationManifestMergeTest extends IsolatedGitTest {

    private static final String MANIFEST = "charter.json";
    private static final String ARTICLE_3 = sectionPath("article-03");
    private static final String FRENCH = "translations/fr/article-03.md";
    private static final String SPANISH = "translations/es/article-03.md";
    private static final String FRENCH_EVENT = ".charta/translations/article-03/fr/20261205T071500000Z-0a0b0c0d.json";
    private static final String SPANISH_EVENT = ".charta/translations/article-03/es/20261205T071600000Z-01020304.json";

    private MergeRepository repo;
    private RevCommit base;

    @BeforeEach
    void createBase() throws Exception {
        repo = closeLater(new MergeRepository(temp.resolve("repo")));
        base = repo.commit(baseFiles());
    }

    private static Map<String, String> baseFiles() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put(MANIFEST, manifest(List.of("en"), Map.of()));
        files.put(ARTICLE_3, "## Article 3\n\nEveryone has the right to life.\n");
        return files;
    }

    private static String manifest(List<String> languages, Map<String, String> translations) {
        Manifest manifest = new Manifest("Charter", languages);
        SectionEntry entry = new SectionEntry("article-03", ARTICLE_3);
        entry.translations().putAll(translations);
        manifest.sections().add(entry);
        return ManifestStore.toJson(manifest);
    }

    @Test
    void differentLanguagesOnOneSectionMerge() throws Exception {
        Map<String, String> ours = new LinkedHashMap<>(baseFiles());
        ours.put(MANIFEST, manifest(List.of("en", "fr"), Map.of("fr", FRENCH)));
        ours.put(FRENCH, "## Article 3\n\nTout individu a droit à la vie.\n");
        ours.put(FRENCH_EVENT, "{}\n");
        Map<String, String> theirs = new LinkedHashMap<>(baseFiles());
        theirs.put(MANIFEST, manifest(List.of("en", "es"), Map.of("es", SPANISH)));
        theirs.put(SPANISH, "## Artículo 3\n\nTodo individuo tiene derecho a la vida.\n");
        theirs.put(SPANISH_EVENT, "{}\n");

        CharterMergeResult result = repo.merge(base, repo.commit(ours, base), repo.commit(theirs, base));
        Map<String, String> files = repo.write(result, Map.of());

        assertThat(result.isClean()).isTrue();
        Manifest merged = ManifestStore.parseResource(files.get(MANIFEST), MANIFEST);
        assertThat(merged.languages()).containsExactly("en", "fr", "es");
        assertThat(merged.section("article-03").orElseThrow().translations())
                .containsExactlyInAnyOrderEntriesOf(Map.of("fr", FRENCH, "es", SPANISH));
        assertThat(files).containsKeys(FRENCH, SPANISH, FRENCH_EVENT, SPANISH_EVENT);
    }

    @Test
    void sameLanguageAddedTwiceMergesOnce() throws Exception {
        Map<String, String> ours = new LinkedHashMap<>(baseFiles());
        ours.put(MANIFEST, manifest(List.of("en", "fr"), Map.of("fr", FRENCH)));
        ours.put(FRENCH, "## Article 3\n\nTout individu a droit à la vie.\n");
        Map<String, String> theirs = new LinkedHashMap<>(baseFiles());
        theirs.put(MANIFEST, manifest(List.of("en", "fr", "ar"), Map.of()));

        CharterMergeResult result = repo.merge(base, repo.commit(ours, base), repo.commit(theirs, base));
        Map<String, String> files = repo.write(result, Map.of());

        assertThat(result.isClean()).isTrue();
        Manifest merged = ManifestStore.parseResource(files.get(MANIFEST), MANIFEST);
        assertThat(merged.languages()).containsExactly("en", "fr", "ar");
        assertThat(merged.section("article-03").orElseThrow().translations()).containsOnlyKeys("fr");
    }

    @Test
    void differentSourceLanguagesConflict() throws Exception {
        Map<String, String> ours = new LinkedHashMap<>(baseFiles());
        ours.put(MANIFEST, manifest(List.of("fr", "en"), Map.of()));
        Map<String, String> theirs = new LinkedHashMap<>(baseFiles());
        theirs.put(MANIFEST, manifest(List.of("es", "en"), Map.of()));

        CharterMergeResult result = repo.merge(base, repo.commit(ours, base), repo.commit(theirs, base));

        assertThat(result.isClean()).isFalse();
        assertThat(result.conflicts()).extracting(Conflict::path).containsExactly(MANIFEST);
    }
}
