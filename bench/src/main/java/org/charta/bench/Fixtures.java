package org.charta.bench;

import org.charta.core.ChartaException;
import org.charta.core.Identity;
import org.charta.core.charter.Charter;
import org.charta.core.charter.CharterSetup;
import org.charta.core.charter.SectionEntry;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Generated charters for the benchmarks. Each section has a heading and paragraphs of one line each, and every
 * sentence is unique in the charter, so a change replaces one sentence by plain string replacement.
 */
final class Fixtures {

    static final Identity AUTHOR = new Identity("Bench Drafter", "bench@charta.invalid");

    static final int SENTENCES_PER_PARAGRAPH = 3;

    private Fixtures() {
    }

    /**
     * Creates a charter in {@code folder} with Charta's own import and first commit, and returns the section paths
     * in manifest order.
     */
    static List<String> createCharter(Path folder, int sections, int paragraphs) throws IOException, ChartaException {
        StringBuilder document = new StringBuilder();
        for (int section = 0; section < sections; section++) {
            document.append("# Article ").append(section + 1).append("\n\n");
            for (int paragraph = 0; paragraph < paragraphs; paragraph++) {
                document.append(paragraph(section, paragraph)).append("\n\n");
            }
        }
        Path source = Files.createTempFile("charta-bench", ".md");
        try {
            Files.writeString(source, document, StandardCharsets.UTF_8);
            Charter charter = CharterSetup.importDocument(source, folder, "Benchmark charter", List.of("en"), AUTHOR);
            return charter.manifest().sections().stream().map(SectionEntry::path).toList();
        } finally {
            Files.deleteIfExists(source);
        }
    }

    static String paragraph(int section, int paragraph) {
        StringBuilder text = new StringBuilder();
        for (int sentence = 0; sentence < SENTENCES_PER_PARAGRAPH; sentence++) {
            text.append(sentence == 0 ? "" : " ").append(sentence(section, paragraph, sentence));
        }
        return text.toString();
    }

    /** Returns the original text of one sentence. */
    static String sentence(int section, int paragraph, int sentence) {
        return String.format(Locale.ROOT, "Article %d, paragraph %d, sentence %d says that every member may "
                + "propose, amend and sign this text.", section + 1, paragraph + 1, sentence + 1);
    }

    /** Returns a revised sentence, unique for its position and the change that wrote it. */
    static String revised(int section, int paragraph, int sentence, String change) {
        return String.format(Locale.ROOT, "Article %d, paragraph %d, sentence %d was reworded by %s so that "
                + "members in every country may take part.", section + 1, paragraph + 1, sentence + 1, change);
    }

    /** Returns the sentence now at this position of {@code text}, original or revised. */
    static String currentSentence(String text, int section, int paragraph, int sentence) {
        String prefix = String.format(Locale.ROOT, "Article %d, paragraph %d, sentence %d ", section + 1,
                paragraph + 1, sentence + 1);
        int from = text.indexOf(prefix);
        if (from < 0) {
            throw new IllegalStateException("No sentence starts with '" + prefix + "'");
        }
        return text.substring(from, text.indexOf('.', from) + 1);
    }

    static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /** Copies a folder tree, Git metadata included, as a fresh copy for one repetition. */
    static void copyTree(Path source, Path target) throws IOException {
        try (Stream<Path> walk = Files.walk(source)) {
            for (Path path : walk.toList()) {
                Path copy = target.resolve(source.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(path, copy);
                }
            }
        }
    }
}
