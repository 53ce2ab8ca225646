package org.charta.core.git;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Collects, during one sync, what becomes its {@link SharedRefs}. */
final class SharedRefsReport {

    final Set<String> amendmentsReceived = new TreeSet<>();
    final Set<String> amendmentsUpdated = new TreeSet<>();
    final Set<String> amendmentsSent = new TreeSet<>();
    final Set<String> amendmentsNeedingAttention = new TreeSet<>();
    final Set<String> amendmentsRejected = new TreeSet<>();
    final Set<String> tagsReceived = new TreeSet<>();
    final Set<String> tagsSent = new TreeSet<>();
    final Set<String> tagsRejected = new TreeSet<>();
    boolean mainNeedsAttention;

    /** Notes what a {@link BranchUpdate} did to an amendment branch. */
    void amendment(String id, BranchUpdate.Result result) {
        switch (result) {
            case CREATED -> amendmentsReceived.add(id);
            case FAST_FORWARDED, MERGED -> amendmentsUpdated.add(id);
            case CONFLICT, INVALID -> amendmentsNeedingAttention.add(id);
            case UNCHANGED -> {
                // Nothing arrived for this amendment.
            }
        }
    }

    /** Notes the verdict of the remote on one ref of a push. */
    void pushed(PushPlan.Item item, Pusher.Verdict verdict) {
        boolean accepted = verdict == Pusher.Verdict.ACCEPTED;
        boolean rejected = verdict == Pusher.Verdict.REJECTED;
        switch (item.kind()) {
            case AMENDMENT -> {
                if (accepted) {
                    amendmentsSent.add(item.name());
                } else if (rejected) {
                    amendmentsRejected.add(item.name());
                }
            }
            case TAG -> {
                if (accepted) {
                    tagsSent.add(item.name());
                } else if (rejected) {
                    tagsRejected.add(item.name());
                }
            }
            case MAIN -> {
                // The outcome of main is the sync's own outcome.
            }
        }
    }

    SharedRefs build() {
        return new SharedRefs(List.copyOf(amendmentsReceived), List.copyOf(amendmentsUpdated),
                List.copyOf(amendmentsSent), List.copyOf(amendmentsNeedingAttention), List.copyOf(amendmentsRejected),
                List.copyOf(tagsReceived), List.copyOf(tagsSent), List.copyOf(tagsRejected), mainNeedsAttention);
    }
}
