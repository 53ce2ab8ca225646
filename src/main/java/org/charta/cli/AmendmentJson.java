package org.charta.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.charta.core.amend.AmendmentRecord;
import org.charta.core.amend.AmendmentSummary;
import org.charta.core.diff.DiffSegment;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An amendment in the {@code --json} output of {@code amend list} and {@code amend show}: its record, whether it
 * is behind or outdated against the text it merges into, and the list row's preview and counts. {@code vote} and
 * {@code tally} are left out until the vote opens and closes.
 */
@JsonPropertyOrder({"id", "title", "status", "author", "created", "targets", "parent", "base", "tip", "local",
    "shared", "behind", "outdated", "changedSections", "preview", "votes", "comments", "rationale", "vote", "tally"})
@JsonInclude(JsonInclude.Include.NON_NULL)
record AmendmentJson(String id, String title, String status, AmendmentRecord.Person author, String created,
                     List<String> targets, String parent, String base, String tip, boolean local, boolean shared,
                     boolean behind, boolean outdated, List<String> changedSections, List<SegmentJson> preview,
                     int votes, int comments, String rationale, AmendmentRecord.VoteWindow vote,
                     Map<String, Object> tally) {

    /** One run of the preview's word diff: {@code equal}, {@code inserted} or {@code deleted} text. */
    @JsonPropertyOrder({"kind", "text"})
    record SegmentJson(String kind, String text) {
    }

    static AmendmentJson of(AmendmentSummary summary) {
        AmendmentRecord record = summary.record();
        List<SegmentJson> preview = summary.preview().stream()
                .map(segment -> new SegmentJson(segment.kind().name().toLowerCase(Locale.ROOT), segment.text()))
                .toList();
        return new AmendmentJson(record.id(), record.title(), record.status().fileValue(), record.author(),
                record.created(), record.targets(), record.parent(), record.base(), summary.tip(), summary.local(),
                summary.shared(), summary.behind(), summary.outdated(), summary.changedSections(), preview,
                summary.votes(), summary.comments(), record.rationale(), record.vote(), record.tally());
    }

    /** Writes the preview as {@code charta diff} marks words: {@code [-deleted-]} and {@code {+inserted+}}. */
    static String previewText(List<DiffSegment> preview) {
        StringBuilder text = new StringBuilder();
        for (DiffSegment segment : preview) {
            switch (segment.kind()) {
                case EQUAL -> text.append(segment.text());
                case DELETED -> text.append("[-").append(segment.text()).append("-]");
                case INSERTED -> text.append("{+").append(segment.text()).append("+}");
            }
        }
        return text.toString();
    }
}
