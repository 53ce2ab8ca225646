package org.charta.bench;

import org.charta.core.diff.Comparisons;
import org.charta.core.diff.DiffText;
import org.charta.core.diff.ParagraphChange;
import org.charta.core.diff.SectionComparison;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Word diff benchmark: one section of about 50 KB ({@code bench.paragraphs} paragraphs of one line each, 400), of
 * which {@code bench.changed} (200) are edited: a word replaced, inserted or deleted, spread evenly. A tenth of the
 * paragraphs are Arabic, with diacritics and Arabic-Indic digits. Both versions are written to two files.
 *
 * <p>Each round times, in random order, Charta and {@code git diff --word-diff --no-index} over the same two files:
 * <ul>
 *   <li>Charta, in this JVM: read both files, {@link Comparisons#section} (paragraph alignment, then a word diff in
 *       each changed paragraph), and {@link DiffText#render} of the result to a string;</li>
 *   <li>git, as a child process started from this JVM, its output read to the end.</li>
 * </ul>
 * Uncounted warm-up rounds come first, so that the JIT compiler has compiled Charta's code as in an editor that has
 * been open for a while. The first round, in a fresh JVM, is printed apart. The last line printed is the ratio of
 * the medians, Charta / git.
 *
 * <p>Usage: {@code bench/run-word-diff.sh [JVM options]}; system properties {@code bench.paragraphs},
 * {@code bench.changed}, {@code bench.repetitions} (51), {@code bench.warmups} (60).
 */
public final class WordDiffBenchmark {

    private static final String[] WORDS = {"assembly", "member", "council", "charter", "vote", "decision",
        "citizen", "right", "duty", "meeting", "region", "language", "proposal", "majority", "quorum", "delegate",
        "treasury", "report", "year", "month", "public", "written", "shall", "may", "every", "each", "the", "of",
        "in", "and", "to", "for", "with", "by", "after", "before", "without", "under"};
    private static final String[] ARABIC_WORDS = {"الجمعية", "العضو", "المجلس", "الميثاق", "التصويت", "القرار",
        "المواطن", "الحقّ", "الواجب", "الاجتماع", "المنطقة", "اللغة", "الاقتراح", "الأغلبية", "النِّصاب", "في", "من",
        "على", "كلّ", "عام", "شهر"};
    private static final String[] ARABIC_DIGITS = {"١", "٢", "٣", "٤", "٥", "٦", "٧", "٨", "٩"};

    private final Path work;
    private final int paragraphs = Integer.getInteger("bench.paragraphs", 400);
    private final int changed = Integer.getInteger("bench.changed", 200);
    private final int repetitions = Integer.getInteger("bench.repetitions", 51);
    private final int warmUps = Integer.getInteger("bench.warmups", 60);
    private final Random random = new Random(42);
    private final GitCli git;

    private WordDiffBenchmark(Path work) throws IOException {
        this.work = work;
        this.git = new GitCli(work.resolve("home"));
    }

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args.length > 0 ? args[0] : "target/bench/word-diff").toAbsolutePath().normalize();
        Fixtures.deleteTree(work);
        Files.createDirectories(work);
        new WordDiffBenchmark(work).run();
    }

    private void run() throws Exception {
        Path oldFile = work.resolve("old.md");
        Path newFile = work.resolve("new.md");
        writeVersions(oldFile, newFile);
        System.out.printf(Locale.ROOT, "Section of %d paragraphs, %d bytes before and %d after; %d paragraphs "
                + "edited%n", paragraphs, Files.size(oldFile), Files.size(newFile), changed);

        Timings charta = new Timings("Charta paragraph + word diff");
        Timings gitDiff = new Timings("git diff --word-diff --no-index");
        Timings chartaWarmUp = new Timings("Charta, warm-up rounds");
        Timings gitWarmUp = new Timings("git, warm-up rounds");
        for (int round = 0; round < warmUps + repetitions; round++) {
            boolean chartaFirst = random.nextBoolean();
            long chartaNanos;
            long gitNanos;
            if (chartaFirst) {
                chartaNanos = timeCharta(oldFile, newFile);
                gitNanos = timeGit(oldFile, newFile);
            } else {
                gitNanos = timeGit(oldFile, newFile);
                chartaNanos = timeCharta(oldFile, newFile);
            }
            if (round == 0 && warmUps > 0) {
                System.out.printf(Locale.ROOT, "first round, in a fresh JVM (not counted): Charta %s ms, git %s ms%n",
                        Timings.format(chartaNanos / 1e6), Timings.format(gitNanos / 1e6));
            } else if (round < warmUps) {
                chartaWarmUp.add(chartaNanos);
                gitWarmUp.add(gitNanos);
            } else {
                charta.add(chartaNanos);
                gitDiff.add(gitNanos);
            }
        }

        if (warmUps > 1) {
            System.out.printf(Locale.ROOT, "warm-up rounds 2 to %d (not counted): Charta median %s ms, git median %s ms%n",
                    warmUps, Timings.format(chartaWarmUp.median()), Timings.format(gitWarmUp.median()));
        }
        System.out.println(check(oldFile, newFile));
        System.out.println(charta.summary());
        System.out.println(gitDiff.summary());
        System.out.printf(Locale.ROOT, "Charta median under 16 ms: %s%n", charta.median() < 16 ? "yes" : "no");
        System.out.printf(Locale.ROOT, "ratio charta/git = %.2f%n", charta.median() / gitDiff.median());
    }

    private static long timeCharta(Path oldFile, Path newFile) throws IOException {
        long start = System.nanoTime();
        String output = chartaDiff(oldFile, newFile);
        long elapsed = System.nanoTime() - start;
        if (output.isEmpty()) {
            throw new IllegalStateException("Charta found no difference");
        }
        return elapsed;
    }

    private static String chartaDiff(Path oldFile, Path newFile) throws IOException {
        String oldText = Files.readString(oldFile, StandardCharsets.UTF_8);
        String newText = Files.readString(newFile, StandardCharsets.UTF_8);
        SectionComparison comparison = Comparisons.section("bench", "Bench", oldText, "Bench", newText);
        return DiffText.render(comparison, DiffText.Options.plain(Locale.ENGLISH));
    }

    private long timeGit(Path oldFile, Path newFile) throws IOException, InterruptedException {
        long start = System.nanoTime();
        GitCli.Result result = git.runAllowingFailure(work, "diff", "--word-diff", "--no-index", "--no-color",
                oldFile.toString(), newFile.toString());
        long elapsed = System.nanoTime() - start;
        if (result.exitCode() != 1) {
            throw new IOException("git diff exited with " + result.exitCode() + ": " + result.output());
        }
        return elapsed;
    }

    /** Checks that Charta found every edit as one changed paragraph, and nothing else. */
    private String check(Path oldFile, Path newFile) throws IOException {
        String oldText = Files.readString(oldFile, StandardCharsets.UTF_8);
        String newText = Files.readString(newFile, StandardCharsets.UTF_8);
        SectionComparison comparison = Comparisons.section("bench", "Bench", oldText, "Bench", newText);
        int changedRows = comparison.count(ParagraphChange.Kind.CHANGED, true);
        int otherChanges = (int) comparison.paragraphs().stream()
                .filter(change -> change.isChange() && change.kind() != ParagraphChange.Kind.CHANGED)
                .count();
        return String.format(Locale.ROOT, "Charta check: %d changed paragraphs (expected %d), %d other changes "
                + "(expected 0)", changedRows, changed, otherChanges);
    }

    private void writeVersions(Path oldFile, Path newFile) throws IOException {
        List<String> oldParagraphs = new ArrayList<>();
        for (int i = 0; i < paragraphs; i++) {
            oldParagraphs.add(i % 10 == 7 ? arabicParagraph(i) : paragraph(i));
        }
        List<String> newParagraphs = new ArrayList<>(oldParagraphs);
        int step = Math.max(1, paragraphs / changed);
        for (int edit = 0; edit < changed; edit++) {
            int index = Math.min(paragraphs - 1, edit * step);
            newParagraphs.set(index, edit(oldParagraphs.get(index), edit));
        }
        Files.writeString(oldFile, document(oldParagraphs), StandardCharsets.UTF_8);
        Files.writeString(newFile, document(newParagraphs), StandardCharsets.UTF_8);
    }

    private static String document(List<String> paragraphs) {
        StringBuilder text = new StringBuilder("## Bench\n\n");
        for (String paragraph : paragraphs) {
            text.append(paragraph).append("\n\n");
        }
        return text.toString();
    }

    /** About 120 characters: two sentences of random words, unique through the paragraph number. */
    private String paragraph(int number) {
        StringBuilder text = new StringBuilder("Rule ").append(number + 1).append(':');
        for (int sentence = 0; sentence < 2; sentence++) {
            text.append(' ').append(capitalized(word()));
            for (int word = 0; word < 8; word++) {
                text.append(' ').append(word());
            }
            text.append(sentence == 0 ? ',' : '.');
        }
        return text.toString();
    }

    private String arabicParagraph(int number) {
        StringBuilder text = new StringBuilder("المادة ").append(arabicNumber(number + 1)).append(':');
        for (int word = 0; word < 14; word++) {
            text.append(' ').append(ARABIC_WORDS[random.nextInt(ARABIC_WORDS.length)]);
        }
        return text.append(" (Art. ").append(number + 1).append(").").toString();
    }

    /** Replaces, inserts or deletes one word, in turn. */
    private String edit(String paragraph, int edit) {
        String[] words = paragraph.split(" ");
        int position = 2 + random.nextInt(words.length - 3);
        List<String> result = new ArrayList<>(List.of(words));
        switch (edit % 3) {
            case 0 -> result.set(position, "amended" + edit);
            case 1 -> result.add(position, "newly" + edit);
            default -> result.remove(position);
        }
        return String.join(" ", result);
    }

    private String word() {
        return WORDS[random.nextInt(WORDS.length)];
    }

    private static String capitalized(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private static String arabicNumber(int number) {
        StringBuilder digits = new StringBuilder();
        for (char digit : Integer.toString(number).toCharArray()) {
            digits.append(digit == '0' ? "٠" : ARABIC_DIGITS[digit - '1']);
        }
        return digits.toString();
    }
}
