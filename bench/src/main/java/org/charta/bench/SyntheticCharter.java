package org.charta.bench;

import org.charta.core.ChartaException;
import org.charta.core.comment.Anchor;
import org.charta.core.comment.Anchors;
import org.charta.core.comment.Comment;
import org.charta.core.comment.CommentThread;
import org.charta.core.markdown.Block;
import org.charta.core.markdown.MarkdownBlocks;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * A generated charter in memory: sections of multi-sentence paragraphs, threads on whole paragraphs and on phrases,
 * and a merge that edits, inserts and moves paragraphs in some of the sections. Everything comes from one seeded
 * {@link Random}, so two runs with the same sizes build the same texts.
 */
final class SyntheticCharter {

    private static final String[] WORDS = {"assembly", "member", "members", "council", "charter", "vote", "votes",
        "decision", "citizen", "citizens", "right", "rights", "duty", "meeting", "region", "regions", "language",
        "proposal", "majority", "quorum", "delegate", "delegates", "treasury", "report", "year", "month", "public",
        "written", "notice", "term", "office", "secretary", "committee", "budget", "election", "candidate", "ballot",
        "appeal", "review", "amendment", "article", "section", "clause", "parliament", "world", "people", "peace",
        "justice", "law", "freedom", "equal", "fair", "open", "secret", "direct", "online", "local", "national",
        "global", "common", "shared", "written", "annual", "regular", "special", "interim", "elected", "appointed",
        "shall", "may", "must", "should", "can", "will", "every", "each", "all", "any", "no", "other", "such",
        "the", "the", "the", "a", "a", "of", "of", "of", "in", "in", "and", "and", "to", "to", "for", "with", "by",
        "after", "before", "without", "under", "within", "between", "among", "upon", "during", "its", "their",
        "be", "is", "are", "been", "held", "given", "taken", "made", "kept", "sent", "read", "heard", "approved"};

    private static final Instant CREATED = Instant.parse("2026-03-01T10:00:00Z");

    private final Random random;
    private final Map<String, String> oldTexts = new LinkedHashMap<>();
    private final Map<String, String> newTexts = new LinkedHashMap<>();
    private final Map<String, String> editedTexts = new LinkedHashMap<>();
    private final List<CommentThread> threads = new ArrayList<>();
    private final MergeCounts counts = new MergeCounts();

    /** How many changes of each kind the merge made. */
    static final class MergeCounts {
        int sections;
        int editedParagraphs;
        int insertedParagraphs;
        int movedWithinSection;
        int movedAcrossSections;
    }

    private SyntheticCharter(long seed) {
        this.random = new Random(seed);
    }

    /**
     * Builds the charter, its threads and the merged texts.
     *
     * @param sections        number of sections
     * @param threadCount     number of threads, about half on whole paragraphs and half on phrases of a few words
     * @param touchedSections number of sections that the merge changes
     */
    static SyntheticCharter create(int sections, int threadCount, int touchedSections, long seed)
            throws ChartaException {
        SyntheticCharter charter = new SyntheticCharter(seed);
        charter.writeSections(sections);
        charter.placeThreads(threadCount);
        charter.merge(touchedSections);
        charter.editOneSection();
        return charter;
    }

    Map<String, String> oldTexts() {
        return oldTexts;
    }

    Map<String, String> newTexts() {
        return newTexts;
    }

    List<CommentThread> threads() {
        return threads;
    }

    /** Returns the merged texts with one more paragraph reworded in one section, as after a single edit. */
    Map<String, String> editedTexts() {
        return editedTexts;
    }

    MergeCounts counts() {
        return counts;
    }

    int bytes(Map<String, String> texts) {
        return texts.values().stream().mapToInt(String::length).sum();
    }

    private void writeSections(int sections) {
        for (int section = 1; section <= sections; section++) {
            List<String> paragraphs = new ArrayList<>();
            int count = 4 + random.nextInt(11);
            for (int paragraph = 0; paragraph < count; paragraph++) {
                paragraphs.add(paragraph());
            }
            String id = String.format(Locale.ROOT, "section-%04d", section);
            oldTexts.put(id, document(section, paragraphs));
        }
    }

    private void placeThreads(int threadCount) throws ChartaException {
        List<String> ids = new ArrayList<>(oldTexts.keySet());
        for (int i = 0; i < threadCount; i++) {
            String sectionId = ids.get(random.nextInt(ids.size()));
            String text = oldTexts.get(sectionId);
            List<Block> paragraphs = MarkdownBlocks.paragraphs(text);
            Block paragraph = paragraphs.get(random.nextInt(paragraphs.size()));
            Anchor anchor = i % 2 == 0
                    ? Anchors.forParagraph(sectionId, text, paragraph.number())
                    : phrase(sectionId, text, paragraph);
            threads.add(thread(String.format(Locale.ROOT, "%08x", i), anchor));
        }
    }

    /** Anchors two to five whole words inside a paragraph. */
    private Anchor phrase(String sectionId, String text, Block paragraph) throws ChartaException {
        String[] words = paragraph.text().split(" ");
        int length = 2 + random.nextInt(4);
        int first = random.nextInt(Math.max(1, words.length - length));
        int start = paragraph.start();
        for (int word = 0; word < first; word++) {
            start += words[word].length() + 1;
        }
        int end = start;
        for (int word = first; word < Math.min(words.length, first + length); word++) {
            end += words[word].length() + 1;
        }
        return Anchors.forRange(sectionId, text, start, Math.min(paragraph.end(), end - 1));
    }

    private static CommentThread thread(String id, Anchor anchor) {
        Comment first = new Comment(id + "-first", id, "Bench Reviewer", "reviewer@charta.invalid", CREATED,
                Comment.Kind.COMMENT, "Please clarify this.", anchor);
        return new CommentThread(id, anchor.sectionId(), anchor, List.of(first), false, CREATED);
    }

    /**
     * Changes {@code touchedSections} sections chosen at random. Each gets one to three changes among a reworded
     * paragraph, an inserted paragraph and a paragraph moved to another place of the section. A tenth of them
     * also lose a paragraph to another touched section.
     */
    private void merge(int touchedSections) {
        List<String> ids = new ArrayList<>(oldTexts.keySet());
        Collections.shuffle(ids, random);
        List<String> touched = ids.subList(0, Math.min(touchedSections, ids.size()));
        Map<String, List<String>> paragraphs = new LinkedHashMap<>();
        for (String id : touched) {
            paragraphs.put(id, paragraphsOf(oldTexts.get(id)));
        }

        for (String id : touched) {
            List<String> section = paragraphs.get(id);
            int changes = 1 + random.nextInt(3);
            for (int change = 0; change < changes; change++) {
                changeOnce(section);
            }
        }
        for (int i = 0; i + 1 < touched.size(); i += 10) {
            List<String> from = paragraphs.get(touched.get(i));
            List<String> to = paragraphs.get(touched.get(i + 1));
            to.add(random.nextInt(to.size() + 1), from.remove(random.nextInt(from.size())));
            counts.movedAcrossSections++;
        }

        counts.sections = touched.size();
        for (Map.Entry<String, String> entry : oldTexts.entrySet()) {
            List<String> changed = paragraphs.get(entry.getKey());
            newTexts.put(entry.getKey(), changed == null ? entry.getValue()
                    : document(Integer.parseInt(entry.getKey().substring("section-".length())), changed));
        }
    }

    private void editOneSection() {
        editedTexts.putAll(newTexts);
        String id = newTexts.keySet().iterator().next();
        List<String> paragraphs = paragraphsOf(newTexts.get(id));
        int index = random.nextInt(paragraphs.size());
        paragraphs.set(index, reworded(paragraphs.get(index)));
        editedTexts.put(id, document(Integer.parseInt(id.substring("section-".length())), paragraphs));
    }

    private void changeOnce(List<String> section) {
        int kind = random.nextInt(10);
        if (kind < 6) {
            int index = random.nextInt(section.size());
            section.set(index, reworded(section.get(index)));
            counts.editedParagraphs++;
        } else if (kind < 8) {
            section.add(random.nextInt(section.size() + 1), paragraph());
            counts.insertedParagraphs++;
        } else if (section.size() > 1) {
            String moved = section.remove(random.nextInt(section.size()));
            section.add(random.nextInt(section.size() + 1), moved);
            counts.movedWithinSection++;
        }
    }

    /** Replaces, inserts or deletes one word. */
    private String reworded(String paragraph) {
        List<String> words = new ArrayList<>(List.of(paragraph.split(" ")));
        int position = 1 + random.nextInt(words.size() - 2);
        switch (random.nextInt(3)) {
            case 0 -> words.set(position, word());
            case 1 -> words.add(position, word());
            default -> words.remove(position);
        }
        return String.join(" ", words);
    }

    private static List<String> paragraphsOf(String text) {
        return new ArrayList<>(MarkdownBlocks.paragraphs(text).stream().map(Block::text).toList());
    }

    private static String document(int section, List<String> paragraphs) {
        StringBuilder text = new StringBuilder("## Article ").append(section).append("\n\n");
        for (String paragraph : paragraphs) {
            text.append(paragraph).append("\n\n");
        }
        return text.toString();
    }

    /** Returns one to three sentences of 8 to 24 words, about 200 characters on average. */
    private String paragraph() {
        StringBuilder text = new StringBuilder();
        int sentences = 1 + random.nextInt(3);
        for (int sentence = 0; sentence < sentences; sentence++) {
            text.append(sentence == 0 ? "" : " ").append(capitalized(word()));
            int words = 7 + random.nextInt(17);
            for (int word = 0; word < words; word++) {
                text.append(word > 0 && word % 9 == 0 ? ", " : " ").append(word());
            }
            text.append('.');
        }
        return text.toString();
    }

    private String word() {
        return WORDS[random.nextInt(WORDS.length)];
    }

    private static String capitalized(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
