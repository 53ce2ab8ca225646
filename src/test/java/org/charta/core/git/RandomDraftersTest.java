package org.charta.core.git;

import org.charta.core.Identity;
import org.charta.core.charter.Charter;
import org.charta.core.charter.CharterSetup;
import org.charta.core.charter.Section;
import org.charta.core.comment.Anchors;
import org.charta.core.comment.CommentStore;
import org.charta.core.comment.CommentThread;
import org.charta.core.markdown.Block;
import org.charta.core.markdown.MarkdownBlocks;
import org.charta.core.merge.Choice;
import org.charta.core.merge.Conflict;
import org.charta.core.merge.Resolution;
import org.charta.testing.IsolatedGitTest;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Three drafters with their own clones edit the same charter at random and sync in random order: the same
 * paragraph in different sentences, the same words, sections added, deleted and reordered, comments. Every edit
 * puts a unique marker word into the text. At the end every clone and the remote hold the same tree, and every
 * marker is in the final text unless an edit deleted it or a person's explicit choice in a conflict dropped it.
 *
 * <p>The seed is fixed per run ({@code charta.random.seed}); {@code charta.random.rounds} sets the rounds (300 by
 * default; run 3000 or more as the long mode).
 */
class RandomDraftersTest extends IsolatedGitTest {

    private static final Logger LOG = LoggerFactory.getLogger(RandomDraftersTest.class);

    private static final Pattern MARKER = Pattern.compile("\\bmk[0-9]{4}[a-z]\\b");

    private static final Pattern CONFLICT_MARKER = Pattern.compile("(?m)^(<{7}|={7}|>{7})( |$)");

    private final Set<String> created = new TreeSet<>();
    private final Set<String> removed = new HashSet<>();
    private final Set<String> commentsWritten = new TreeSet<>();
    private final List<String> choicesLog = new ArrayList<>();
    private final List<String> journal = new ArrayList<>();
    private Random random;
    private int markerCount;

    @Test
    void randomEditsAndSyncsConvergeWithoutLoss() throws Exception {
        long seed = Long.getLong("charta.random.seed", 20261204L);
        int rounds = Integer.getInteger("charta.random.rounds", 300);
        random = new Random(seed);
        LOG.info("Random drafters: seed {}, {} rounds", seed, rounds);

        Path remote = temp.resolve("remote.git");
        Git.init().setBare(true).setInitialBranch("main").setDirectory(remote.toFile()).call().close();
        List<Drafter> drafters = createDrafters(remote);

        for (int round = 0; round < rounds; round++) {
            Drafter drafter = drafters.get(random.nextInt(drafters.size()));
            edit(drafter, round);
            if (random.nextInt(10) < 4) {
                sync(drafter);
            }
        }
        converge(drafters);

        assertSameTrees(drafters, remote);
        String finalText = allSectionText(drafters.get(0));
        List<String> lost = created.stream()
                .filter(marker -> !finalText.contains(marker) && !removed.contains(marker))
                .toList();
        LOG.info("Random drafters: {} markers, {} removed on purpose, {} comments, choices: {}", created.size(),
                removed.size(), commentsWritten.size(), choicesLog);
        assertThat(lost).as("markers neither in the final text nor dropped on purpose (seed " + seed + "); journal:\n"
                + String.join("\n", journal)).isEmpty();
        for (Drafter drafter : drafters) {
            assertThat(commentIds(drafter)).as("comments of " + drafter.name).containsAll(commentsWritten);
        }
    }

    private List<Drafter> createDrafters(Path remote) throws Exception {
        Path first = temp.resolve("ada");
        Files.createDirectories(first);
        Identity ada = new Identity("Ada", "ada@example.org");
        CharterRepository repository = closeLater(createCharter(first, remote.toString(), ada));
        List<Drafter> drafters = new ArrayList<>();
        drafters.add(new Drafter("ada", ada, repository));
        for (String name : List.of("bea", "chen")) {
            Path folder = temp.resolve(name);
            CharterRepository clone = closeLater(RemoteSync.cloneCharter(remote.toString(), folder, null));
            drafters.add(new Drafter(name, new Identity(name, name + "@example.org"), clone));
        }
        return drafters;
    }

    private static CharterRepository createCharter(Path folder, String url, Identity author) throws Exception {
        StringBuilder document = new StringBuilder();
        for (int article = 1; article <= 5; article++) {
            document.append("## Article ").append(article).append("\n\n");
            for (int paragraph = 1; paragraph <= 3; paragraph++) {
                document.append("The assembly meets in region ").append(article).append(". Each member may vote")
                        .append(" on paragraph ").append(paragraph).append(". The council keeps the record.\n\n");
            }
        }
        Path source = folder.resolveSibling("charter.md");
        Files.writeString(source, document.toString());
        CharterSetup.importDocument(source, folder, "Random charter", List.of("en"), author);
        CharterRepository repository = CharterRepository.open(folder);
        RemoteSync.publish(repository, url, author);
        return repository;
    }

    private void edit(Drafter drafter, int round) throws Exception {
        Charter charter = Charter.open(drafter.repository.folder());
        List<Section> sections = charter.sections();
        Section section = sections.get(random.nextInt(sections.size()));
        String text = charter.readSection(section.id());
        int kind = random.nextInt(100);
        journal.add(round + " " + drafter.name + " kind " + kind + " on " + section.id() + " (next marker "
                + String.format("mk%04d%c", round, (char) ('a' + markerCount % 26)) + ")");
        if (kind < 40) {
            charter.writeSection(section.id(), insertWord(text, newMarker(round)));
        } else if (kind < 60) {
            charter.writeSection(section.id(), replaceWord(text, newMarker(round)));
        } else if (kind < 68) {
            charter.writeSection(section.id(), text.stripTrailing() + "\n\nA new clause " + newMarker(round)
                    + " is added here.\n");
        } else if (kind < 76) {
            Section added = charter.addSection("Article " + newMarker(round), section.id());
            String body = charter.readSection(added.id());
            charter.writeSection(added.id(), body.stripTrailing() + "\n\nIt says " + newMarker(round) + ".\n");
        } else if (kind < 82 && sections.size() > 3) {
            removed.addAll(markers(text));
            removed.addAll(markers(section.title()));
            charter.deleteSection(section.id());
        } else if (kind < 90) {
            charter.moveSection(section.id(), random.nextInt(sections.size()));
        } else {
            comment(drafter, section, text, newMarker(round));
        }
        if (random.nextBoolean()) {
            drafter.repository.record("Edit in round " + round, drafter.identity);
        }
    }

    private void comment(Drafter drafter, Section section, String text, String marker) throws Exception {
        int paragraphs = MarkdownBlocks.paragraphs(text).size();
        if (paragraphs == 0) {
            return;
        }
        Set<String> before = commentIds(drafter);
        CommentStore store = new CommentStore(drafter.repository.folder());
        List<CommentThread> threads = store.threads(section.id());
        if (!threads.isEmpty() && random.nextBoolean()) {
            store.reply(threads.get(random.nextInt(threads.size())).id(), "Reply " + marker, drafter.identity);
        } else {
            int number = 1 + random.nextInt(paragraphs);
            store.startThread(Anchors.forParagraph(section.id(), text, number), "Note " + marker, drafter.identity);
        }
        // Comment files are checked one by one at the end; their markers are not in the text.
        created.remove(marker);
        Set<String> after = new TreeSet<>(commentIds(drafter));
        after.removeAll(before);
        commentsWritten.addAll(after);
    }

    /** Puts the marker between two words of a random sentence of a random paragraph. */
    private String insertWord(String text, String marker) {
        List<Block> paragraphs = MarkdownBlocks.paragraphs(text);
        if (paragraphs.isEmpty()) {
            return text.stripTrailing() + "\n\n" + marker + "\n";
        }
        Block block = paragraphs.get(random.nextInt(paragraphs.size()));
        List<Integer> spaces = new ArrayList<>();
        for (int at = block.start(); at < block.end(); at++) {
            if (text.charAt(at) == ' ') {
                spaces.add(at);
            }
        }
        int at = spaces.isEmpty() ? block.end() : spaces.get(random.nextInt(spaces.size()));
        return text.substring(0, at) + " " + marker + text.substring(at);
    }

    /** Replaces one word of a random paragraph by the marker: the edits of two drafters may hit the same word. */
    private String replaceWord(String text, String marker) {
        Matcher words = Pattern.compile("[A-Za-z0-9]+").matcher(text);
        List<int[]> found = new ArrayList<>();
        while (words.find()) {
            found.add(new int[] {words.start(), words.end()});
        }
        List<int[]> candidates = found.stream().filter(range -> !isHeadingLine(text, range[0])).toList();
        if (candidates.isEmpty()) {
            return insertWord(text, marker);
        }
        // Early words are favoured so that drafters often change the same ones.
        int[] range = candidates.get(random.nextInt(Math.min(candidates.size(), 12)));
        removed.addAll(markers(text.substring(range[0], range[1])));
        return text.substring(0, range[0]) + marker + text.substring(range[1]);
    }

    private static boolean isHeadingLine(String text, int offset) {
        int lineStart = text.lastIndexOf('\n', offset - 1) + 1;
        return text.startsWith("#", lineStart);
    }

    private SyncOutcome sync(Drafter drafter) throws Exception {
        for (int attempt = 0; attempt < 6; attempt++) {
            SyncResult result = RemoteSync.sync(drafter.repository, drafter.identity, "Record before sync");
            journal.add("  " + drafter.name + " syncs: " + result.outcome() + " " + result.detail());
            assertNoConflictMarkers(drafter);
            if (result.outcome() != SyncOutcome.CONFLICT) {
                assertThat(result.outcome()).as(result.detail())
                        .isIn(SyncOutcome.SYNCED, SyncOutcome.UP_TO_DATE, SyncOutcome.REJECTED);
                return result.outcome();
            }
            settle(drafter, PendingMerge.load(drafter.repository).orElseThrow());
        }
        throw new AssertionError("Sync of " + drafter.name + " did not settle after 6 attempts");
    }

    /** Chooses at random for every open conflict, and counts the markers a choice drops as dropped on purpose. */
    private void settle(Drafter drafter, PendingMerge pending) throws Exception {
        for (Conflict conflict : pending.unsettled()) {
            List<Choice> allowed = new ArrayList<>(List.of(Choice.MINE, Choice.THEIRS));
            if (conflict.bothAllowed()) {
                allowed.add(Choice.BOTH);
            }
            if (conflict.editAllowed()) {
                allowed.add(Choice.EDITED);
            }
            Choice choice = allowed.get(random.nextInt(allowed.size()));
            Resolution resolution = choice == Choice.EDITED
                    ? Resolution.edited(String.valueOf(conflict.theirsResult()))
                    : Resolution.of(choice);
            String kept = switch (choice) {
                case MINE -> String.valueOf(conflict.mineResult());
                case THEIRS, EDITED -> String.valueOf(conflict.theirsResult());
                case BOTH -> conflict.mineResult() + "\n" + conflict.theirsResult();
            };
            Set<String> dropped = new TreeSet<>(markers(String.valueOf(conflict.mine())));
            dropped.addAll(markers(String.valueOf(conflict.theirs())));
            dropped.removeAll(markers(kept));
            removed.addAll(dropped);
            journal.add("  " + drafter.name + " settles " + conflict.kind() + " " + conflict.path() + " with " + choice);
            choicesLog.add(drafter.name + " " + conflict.kind() + " " + conflict.path() + " ¶" + conflict.paragraph()
                    + " " + choice + " dropping " + dropped);
            PendingMerge.choose(drafter.repository, conflict.id(), resolution);
        }
    }

    private void converge(List<Drafter> drafters) throws Exception {
        for (int pass = 0; pass < 6; pass++) {
            boolean quiet = true;
            for (Drafter drafter : drafters) {
                quiet &= sync(drafter) == SyncOutcome.UP_TO_DATE;
            }
            if (quiet) {
                return;
            }
        }
        throw new AssertionError("The drafters did not converge in 6 passes");
    }

    private void assertSameTrees(List<Drafter> drafters, Path remote) throws Exception {
        ObjectId remoteTree;
        try (Repository bare = new FileRepositoryBuilder().setGitDir(remote.toFile()).setMustExist(true).build()) {
            remoteTree = bare.parseCommit(bare.resolve("refs/heads/main")).getTree().getId();
        }
        for (Drafter drafter : drafters) {
            Repository repository = drafter.repository.repository();
            ObjectId tree = repository.parseCommit(repository.resolve("HEAD")).getTree().getId();
            assertThat(tree).as("tree of " + drafter.name).isEqualTo(remoteTree);
            assertThat(drafter.repository.status().isClean()).as("work tree of " + drafter.name + " is clean")
                    .isTrue();
        }
    }

    /**
     * Reads every file of the work tree. The walk never enters {@code .git}, where JGit's automatic garbage
     * collection creates and deletes lock files in the background while the walk lists them.
     */
    private void assertNoConflictMarkers(Drafter drafter) throws IOException {
        Path gitFolder = drafter.repository.folder().resolve(".git");
        List<Path> files = new ArrayList<>();
        Files.walkFileTree(drafter.repository.folder(), new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path folder, BasicFileAttributes attributes) {
                return folder.equals(gitFolder) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                if (attributes.isRegularFile()) {
                    files.add(file);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        for (Path file : files) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            assertThat(CONFLICT_MARKER.matcher(text).find()).as("conflict marker in " + file).isFalse();
        }
    }

    private String allSectionText(Drafter drafter) throws Exception {
        Charter charter = Charter.open(drafter.repository.folder());
        StringBuilder all = new StringBuilder();
        for (Section section : charter.sections()) {
            all.append(section.title()).append('\n').append(charter.readSection(section.id())).append('\n');
        }
        return all.toString();
    }

    private static Set<String> commentIds(Drafter drafter) throws IOException {
        Path comments = drafter.repository.folder().resolve(CommentStore.COMMENTS_FOLDER);
        if (!Files.isDirectory(comments)) {
            return Set.of();
        }
        try (Stream<Path> files = Files.walk(comments)) {
            Set<String> ids = new TreeSet<>();
            files.filter(Files::isRegularFile).forEach(file -> ids.add(comments.relativize(file).toString()));
            return ids;
        }
    }

    private String newMarker(int round) {
        String marker = String.format("mk%04d%c", round, (char) ('a' + markerCount++ % 26));
        created.add(marker);
        return marker;
    }

    private static Set<String> markers(String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = MARKER.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }

    /** One drafter's clone. */
    private record Drafter(String name, Identity identity, CharterRepository repository) {
    }
}
