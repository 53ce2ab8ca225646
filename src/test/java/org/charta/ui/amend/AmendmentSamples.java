package org.charta.ui.amend;

import org.charta.core.amend.AmendmentRecord;
import org.charta.core.amend.AmendmentStatus;
import org.charta.core.amend.AmendmentSummary;
import org.charta.core.amend.InvalidVote;
import org.charta.core.amend.Tally;
import org.charta.core.amend.VoteChoice;
import org.charta.core.amend.VoteLine;
import org.charta.core.amend.VoteResult;
import org.charta.core.diff.DiffSegment;
import org.charta.core.diff.ParagraphChange;
import org.charta.core.diff.SectionComparison;
import org.charta.core.governance.MajorityRule;

import java.util.List;
import java.util.Map;

/** Hand-built amendments, comparisons and tallies for the view and view-model tests and the demo. */
public final class AmendmentSamples {

    public static final Map<String, String> TITLES = Map.of("art-3", "Art. 3", "art-5", "Art. 5",
            "preamble", "Preamble");

    private AmendmentSamples() {
    }

    public static AmendmentSummary summary(String id, String title, AmendmentStatus status, String authorName,
                                           String authorEmail, List<String> targets, boolean outdated) {
        AmendmentRecord record = new AmendmentRecord();
        record.setId(id);
        record.setTitle(title);
        record.setRationale("Because the group asked for it.");
        record.setAuthor(new AmendmentRecord.Person(authorName, authorEmail));
        record.setCreated("2026-12-0" + (1 + Math.abs(id.hashCode()) % 8) + "T09:30:00Z");
        record.setTargets(targets);
        record.setBase("0123456789abcdef0123456789abcdef01234567");
        record.setStatus(status);
        List<DiffSegment> preview = List.of(new DiffSegment(DiffSegment.Kind.EQUAL, "Every person has "),
                new DiffSegment(DiffSegment.Kind.DELETED, "the"), new DiffSegment(DiffSegment.Kind.INSERTED, "an equal"),
                new DiffSegment(DiffSegment.Kind.EQUAL, " right to vote."));
        return new AmendmentSummary(record, "89abcdef0123456789abcdef0123456789abcdef", true, true, outdated,
                outdated, targets, preview, status == AmendmentStatus.VOTING ? 2 : 0, 3);
    }

    /** Art. 3 with one changed paragraph that moved down, one inserted, one layout-only change and a move away. */
    public static List<SectionComparison> comparison() {
        ParagraphChange unchanged = new ParagraphChange(ParagraphChange.Kind.UNCHANGED, 1, 1, "Intro.", "Intro.",
                List.of(new DiffSegment(DiffSegment.Kind.EQUAL, "Intro.")), false, null, null);
        ParagraphChange inserted = new ParagraphChange(ParagraphChange.Kind.INSERTED, null, 2, null,
                "A new paragraph.", List.of(new DiffSegment(DiffSegment.Kind.INSERTED, "A new paragraph.")), false,
                null, null);
        ParagraphChange changed = new ParagraphChange(ParagraphChange.Kind.CHANGED, 2, 3,
                "Every person has the right to vote.", "Every person has an equal right to vote.",
                List.of(new DiffSegment(DiffSegment.Kind.EQUAL, "Every person has "),
                        new DiffSegment(DiffSegment.Kind.DELETED, "the"),
                        new DiffSegment(DiffSegment.Kind.INSERTED, "an equal"),
                        new DiffSegment(DiffSegment.Kind.EQUAL, " right to vote.")), false, null, null);
        ParagraphChange layout = new ParagraphChange(ParagraphChange.Kind.CHANGED, 3, 4,
                "Votes are\nsecret.", "Votes are secret.",
                List.of(new DiffSegment(DiffSegment.Kind.EQUAL, "Votes are"),
                        new DiffSegment(DiffSegment.Kind.DELETED, "\n"),
                        new DiffSegment(DiffSegment.Kind.INSERTED, " "),
                        new DiffSegment(DiffSegment.Kind.EQUAL, "secret.")), true, null, null);
        ParagraphChange movedAway = new ParagraphChange(ParagraphChange.Kind.MOVED_AWAY, 4, null,
                "Each member may propose.", null,
                List.of(new DiffSegment(DiffSegment.Kind.EQUAL, "Each member may propose.")), false, "art-5", 1);
        ParagraphChange movedHere = new ParagraphChange(ParagraphChange.Kind.MOVED_HERE, null, 1, null,
                "Each member may propose.",
                List.of(new DiffSegment(DiffSegment.Kind.EQUAL, "Each member may propose.")), false, "art-3", 4);
        ParagraphChange tail = new ParagraphChange(ParagraphChange.Kind.UNCHANGED, 1, 2, "Closing.", "Closing.",
                List.of(new DiffSegment(DiffSegment.Kind.EQUAL, "Closing.")), false, null, null);
        return List.of(
                new SectionComparison("art-3", "Art. 3", "Art. 3", SectionComparison.Status.CHANGED, false,
                        List.of(unchanged, inserted, changed, layout, movedAway)),
                new SectionComparison("art-5", "Art. 5", "Art. 5", SectionComparison.Status.CHANGED, false,
                        List.of(movedHere, tail)));
    }

    /** An open vote under consensus: two valid votes and one by a non-member. */
    public static Tally openTally() {
        return new Tally(4, 1, 1, 0, 0, 0.5, MajorityRule.CONSENSUS, true, VoteResult.OPEN, List.of(
                new VoteLine(".charta/amendments/x/votes/alice-example-org.json", "Alice Drafter",
                        "alice@example.org", VoteChoice.FOR, "Clearer.", "2026-12-05T10:00:00Z", null),
                new VoteLine(".charta/amendments/x/votes/bob-example-org.json", "Bob Drafter", "bob@example.org",
                        VoteChoice.AGAINST, "", "2026-12-05T11:00:00Z", null),
                new VoteLine(".charta/amendments/x/votes/mallory-example-org.json", "Mallory", "mallory@example.org",
                        VoteChoice.FOR, "", "2026-12-05T12:00:00Z", InvalidVote.NOT_A_MEMBER)));
    }
}
