package org.charta.ui.comment;

import org.charta.core.Identity;
import org.charta.core.comment.ThreadFilter;
import org.charta.core.governance.Member;

import java.util.List;

/** The choices of the panel's filter: every thread, or those that pass one of core's {@link ThreadFilter}s. */
enum ListFilter {
    ALL(null, "ui.comment.filter.all", "ui.comment.empty.all"),
    OPEN(ThreadFilter.OPEN, "ui.comment.filter.open", "ui.comment.empty.open"),
    RESOLVED(ThreadFilter.RESOLVED, "ui.comment.filter.resolved", "ui.comment.empty.resolved"),
    MINE(ThreadFilter.MINE, "ui.comment.filter.mine", "ui.comment.empty.mine"),
    MENTIONING_ME(ThreadFilter.MENTIONING_ME, "ui.comment.filter.mentioningMe", "ui.comment.empty.mentioningMe"),
    TEXT_CHANGED(ThreadFilter.TEXT_CHANGED, "ui.comment.filter.textChanged", "ui.comment.empty.textChanged"),
    ORPHANED(ThreadFilter.ORPHANED, "ui.comment.filter.orphaned", "ui.comment.empty.orphaned");

    private final ThreadFilter filter;
    private final String labelKey;
    private final String emptyKey;

    ListFilter(ThreadFilter filter, String labelKey, String emptyKey) {
        this.filter = filter;
        this.labelKey = labelKey;
        this.emptyKey = emptyKey;
    }

    boolean test(ThreadItem item, Identity me, List<Member> members) {
        return filter == null || filter.test(item.located(), me, members);
    }

    /** Returns the key of the filter's name in the bundles. */
    String labelKey() {
        return labelKey;
    }

    /** Returns the key of the sentence shown when no thread passes the filter. */
    String emptyKey() {
        return emptyKey;
    }
}
