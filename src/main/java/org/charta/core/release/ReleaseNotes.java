package org.charta.core.release;

import org.charta.core.ChartaException;
import org.charta.core.amend.AmendmentRecord;
import org.charta.core.amend.AmendmentRecords;
import org.charta.core.amend.AmendmentRefs;
import org.charta.core.amend.AmendmentStatus;
import org.charta.core.i18n.Messages;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.revwalk.RevTree;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.PathFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Drafts release notes: the amendments whose record has the status merged in the main text now but not at the
 * previous release, each on one line with its tally.
 */
final class ReleaseNotes {

    private static final Logger LOG = LoggerFactory.getLogger(ReleaseNotes.class);

    private static final String RECORD_FILE = "amendment.json";

    private ReleaseNotes() {
    }

    /**
     * Returns the notes for a release of {@code mainTree}, the previous release being {@code previous} (null
     * for the first release) with the tree {@code previousTree}.
     */
    static String draft(ObjectReader reader, RevTree mainTree, Release previous, RevTree previousTree,
                        Locale locale) throws IOException {
        Map<String, AmendmentRecord> merged = mergedRecords(reader, mainTree);
        Set<String> mergedBefore = previousTree == null ? Set.of() : mergedRecords(reader, previousTree).keySet();
        List<AmendmentRecord> added = merged.values().stream()
                .filter(record -> !mergedBefore.contains(record.id()))
                .sorted(Comparator.comparing(ReleaseNotes::closedOrCreated).thenComparing(AmendmentRecord::id))
                .toList();

        if (added.isEmpty()) {
            return previous == null ? Messages.format(locale, "release.notes.noneEver")
                    : Messages.format(locale, "release.notes.none", previous.name());
        }
        StringBuilder notes = new StringBuilder(previous == null ? Messages.format(locale, "release.notes.all")
                : Messages.format(locale, "release.notes.since", previous.name()));
        notes.append("\n\n");
        for (AmendmentRecord record : added) {
            notes.append(Messages.format(locale, "release.notes.line", record.title(), record.id(),
                    TallyText.of(record.tally(), locale))).append('\n');
        }
        return notes.toString().stripTrailing();
    }

    /** Reads the amendment records of a tree whose status is merged, by id, in path order. */
    static Map<String, AmendmentRecord> mergedRecords(ObjectReader reader, RevTree tree) throws IOException {
        Map<String, AmendmentRecord> records = new LinkedHashMap<>();
        String folder = AmendmentRefs.FOLDER.substring(0, AmendmentRefs.FOLDER.length() - 1);
        try (TreeWalk walk = new TreeWalk(reader)) {
            walk.addTree(tree);
            walk.setRecursive(true);
            walk.setFilter(PathFilter.create(folder));
            while (walk.next()) {
                String[] parts = walk.getPathString().split("/");
                if (parts.length != 4 || !parts[3].equals(RECORD_FILE)) {
                    continue;
                }
                AmendmentRecord record = readRecord(reader, walk, parts[2]);
                if (record != null && record.status() == AmendmentStatus.MERGED) {
                    records.put(record.id(), record);
                }
            }
        }
        return records;
    }

    private static AmendmentRecord readRecord(ObjectReader reader, TreeWalk walk, String folderId) {
        try {
            byte[] bytes = reader.open(walk.getObjectId(0), Constants.OBJ_BLOB).getBytes();
            AmendmentRecord record = AmendmentRecords.parse(bytes, walk.getPathString());
            if (record.id() == null || record.id().isBlank()) {
                record.setId(folderId);
            }
            return record;
        } catch (IOException | ChartaException e) {
            // One damaged record must not keep a release from being tagged; its amendment is left out of the notes.
            LOG.warn("Skipping the unreadable amendment record {}", walk.getPathString(), e);
            return null;
        }
    }

    private static String closedOrCreated(AmendmentRecord record) {
        if (record.vote() != null && record.vote().closed() != null) {
            return record.vote().closed();
        }
        return Objects.requireNonNullElse(record.created(), "");
    }
}
