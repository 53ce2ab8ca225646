package org.charta.ui.amend;

import org.charta.core.amend.AmendmentRecord;
import org.charta.core.amend.AmendmentStatus;
import org.charta.core.amend.AmendmentSummary;
import org.charta.core.amend.InvalidVote;
import org.charta.core.amend.Tally;
import org.charta.core.amend.VoteChoice;
import org.charta.core.amend.VoteResult;
import org.charta.core.diff.ParagraphChange;
import org.charta.core.diff.SectionComparison;
import org.charta.core.governance.MajorityRule;
import org.charta.ui.app.UiText;

import java.text.BreakIterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The words the amendment views show for statuses, votes, targets and paragraph positions, in the UI language.
 * Paragraph positions read like "Art. 3 ¶2": the section's title and the paragraph's number, headings not counted.
 */
public final class AmendmentLabels {

    static final int SHORT_TITLE_LENGTH = 120;

    private final UiText text;
    private final Function<String, String> sectionTitle;

    /**
     * @param sectionTitle returns a section's title by its id, or null when the main text has no such section
     */
    public AmendmentLabels(UiText text, Function<String, String> sectionTitle) {
        this.text = text;
        this.sectionTitle = sectionTitle;
    }

    public UiText text() {
        return text;
    }

    /**
     * Returns a title cut to about {@value #SHORT_TITLE_LENGTH} characters with "…" at the end, for messages that
     * quote it. The cut falls after a word when one ends in the last quarter, else between graphemes, so a letter
     * and its accents stay together.
     */
    static String shortTitle(String title) {
        if (title == null || title.length() <= SHORT_TITLE_LENGTH) {
            return title;
        }
        BreakIterator graphemes = BreakIterator.getCharacterInstance();
        graphemes.setText(title);
        int end = graphemes.preceding(SHORT_TITLE_LENGTH);
        int space = title.lastIndexOf(' ', end);
        if (space > SHORT_TITLE_LENGTH * 3 / 4) {
            end = space;
        }
        return title.substring(0, end).stripTrailing() + "…";
    }

    /** Returns the section's title, or its id when the main text does not know it. */
    public String section(String sectionId) {
        if (sectionId == null) {
            return "";
        }
        String title = sectionTitle.apply(sectionId);
        return title == null || title.isBlank() ? sectionId : title;
    }

    public String status(AmendmentStatus status) {
        if (status == null) {
            return text.get("ui.amend.status.unknown");
        }
        return switch (status) {
            case DRAFT -> text.get("ui.amend.status.draft");
            case PROPOSED -> text.get("ui.amend.status.proposed");
            case VOTING -> text.get("ui.amend.status.voting");
            case ADOPTED -> text.get("ui.amend.status.adopted");
            case REJECTED -> text.get("ui.amend.status.rejected");
            case WITHDRAWN -> text.get("ui.amend.status.withdrawn");
            case MERGED -> text.get("ui.amend.status.merged");
        };
    }

    /** Returns the titles of the sections the amendment names as targets, else of those it changes. */
    public String targets(AmendmentSummary summary) {
        List<String> ids = summary.record().targets().isEmpty() && summary.changedSections() != null
                ? summary.changedSections() : summary.record().targets();
        if (ids.isEmpty()) {
            return text.get("ui.amend.targets.none");
        }
        return ids.stream().map(this::section).collect(Collectors.joining(", "));
    }

    public String author(AmendmentRecord record) {
        AmendmentRecord.Person author = record.author();
        if (author == null) {
            return text.get("ui.amend.author.unknown");
        }
        return author.name() == null || author.name().isBlank() ? author.email() : author.name();
    }

    /** Describes where the vote stands for the list row: not open yet, open with a count, or its result. */
    public String voteState(AmendmentSummary summary) {
        AmendmentStatus status = summary.status();
        if (status == AmendmentStatus.VOTING) {
            return text.get("ui.amend.vote.open", summary.votes());
        }
        Optional<Tally> tally = Tally.fromRecord(summary.record().tally());
        if (tally.isPresent()) {
            return text.get("ui.amend.vote.closed", result(tally.get().result()), tally.get().forVotes(),
                    tally.get().against(), tally.get().abstain());
        }
        if (status == AmendmentStatus.DRAFT || status == AmendmentStatus.PROPOSED) {
            return text.get("ui.amend.vote.notOpen");
        }
        return text.get("ui.amend.vote.none");
    }

    public String result(VoteResult result) {
        if (result == null) {
            return text.get("ui.amend.result.open");
        }
        return switch (result) {
            case OPEN -> text.get("ui.amend.result.open");
            case ADOPTED -> text.get("ui.amend.result.adopted");
            case REJECTED -> text.get("ui.amend.result.rejected");
            case NO_QUORUM -> text.get("ui.amend.result.noQuorum");
        };
    }

    public String choice(VoteChoice choice) {
        if (choice == null) {
            return text.get("ui.amend.choice.unreadable");
        }
        return switch (choice) {
            case FOR -> text.get("ui.amend.choice.for");
            case AGAINST -> text.get("ui.amend.choice.against");
            case ABSTAIN -> text.get("ui.amend.choice.abstain");
            case BLOCK -> text.get("ui.amend.choice.block");
        };
    }

    public String invalid(InvalidVote reason) {
        return switch (reason) {
            case NOT_A_MEMBER -> text.get("ui.amend.invalid.notAMember");
            case DUPLICATE -> text.get("ui.amend.invalid.duplicate");
            case AFTER_CLOSING -> text.get("ui.amend.invalid.afterClosing");
            case AFTER_PERIOD -> text.get("ui.amend.invalid.afterPeriod");
            case AUTHOR_MISMATCH -> text.get("ui.amend.invalid.authorMismatch");
            case BLOCK_NOT_ALLOWED -> text.get("ui.amend.invalid.blockNotAllowed");
            case UNREADABLE -> text.get("ui.amend.invalid.unreadable");
        };
    }

    public String majority(MajorityRule rule) {
        if (rule == null) {
            return text.get("ui.amend.majority.simple");
        }
        return switch (rule) {
            case SIMPLE -> text.get("ui.amend.majority.simple");
            case TWO_THIRDS -> text.get("ui.amend.majority.twoThirds");
            case CONSENSUS -> text.get("ui.amend.majority.consensus");
        };
    }

    /** Returns the title of the section as the comparison names it: the new title, else the old one. */
    public String title(SectionComparison section) {
        if (section.newTitle() != null && !section.newTitle().isBlank()) {
            return section.newTitle();
        }
        if (section.oldTitle() != null && !section.oldTitle().isBlank()) {
            return section.oldTitle();
        }
        return section(section.sectionId());
    }

    /**
     * Returns the position of a paragraph in one version, such as "Art. 3 ¶2", or "Art. 3 heading" for number 0.
     * The words are core's diff labels, so the source view and the rendered view name paragraphs alike.
     */
    public String position(String sectionTitle, Integer number) {
        return number == null ? sectionTitle : text.get("diff.label.paragraph", sectionTitle, place(number));
    }

    /**
     * Returns the position of a changed paragraph in both versions: "Art. 3 ¶2" when the numbers agree,
     * "Art. 3 ¶3 (was ¶2)" when it was renumbered, and where a moved paragraph went or came from.
     */
    public String position(SectionComparison section, ParagraphChange change) {
        String title = title(section);
        return switch (change.kind()) {
            case UNCHANGED, CHANGED -> renumbered(title, change.oldNumber(), change.newNumber());
            case INSERTED -> text.get("diff.label.inserted", title, place(change.newNumber()));
            case DELETED -> text.get("diff.label.deleted", title, place(change.oldNumber()));
            case MOVED_AWAY -> text.get("diff.label.movedAway", title, place(change.oldNumber()),
                    section(change.otherSection()), place(change.otherNumber()));
            case MOVED_HERE -> text.get("diff.label.movedHere", title, place(change.newNumber()),
                    section(change.otherSection()), place(change.otherNumber()));
        };
    }

    /** Returns the note added to the position of a change of whitespace or line wrapping only. */
    public String layoutOnly(String position) {
        return position + " " + text.get("diff.label.layoutOnly");
    }

    private String renumbered(String title, Integer oldNumber, Integer newNumber) {
        if (oldNumber == null || newNumber == null || oldNumber.equals(newNumber)) {
            return position(title, newNumber != null ? newNumber : oldNumber);
        }
        return text.get("diff.label.renumbered", title, place(newNumber), place(oldNumber));
    }

    /** Returns "¶2", or "heading" for number 0; a string, so that MessageFormat never groups the digits. */
    private String place(Integer number) {
        if (number == null || number == 0) {
            return text.get("diff.place.heading");
        }
        return text.get("diff.place.paragraph", text.plainNumber(number));
    }
}
