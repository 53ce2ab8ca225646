package org.charta.ui.comment;

import org.charta.core.ChartaException;
import org.charta.core.charter.Section;
import org.charta.core.comment.CommentThread;
import org.charta.core.comment.LocatedThread;
import org.charta.core.comment.ThreadLocator;
import org.charta.core.translation.LanguageVersion;
import org.charta.ui.app.AppContext;
import org.charta.ui.app.CharterSession;
import org.charta.ui.app.UiText;
import org.charta.ui.translation.LanguageNames;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Loads the threads of every section for the whole-charter list: reads the threads, the outline and the recorded
 * text of each section with threads on the serial lane, then locates the threads on the compute lane. It loads
 * only while the list shows the whole charter, and drops results of a load that a newer one replaced.
 */
final class CharterThreads {

    private static final Logger LOG = LoggerFactory.getLogger(CharterThreads.class);

    private final AppContext context;
    private final CommentsViewModel model;
    private long generation;

    CharterThreads(AppContext context, CommentsViewModel model) {
        this.context = context;
        this.model = model;
    }

    /** Reads and locates every thread again when the list shows the whole charter. */
    void load() {
        CharterSession session = context.session();
        if (session == null || model.scopeProperty().get() != ListScope.CHARTER) {
            return;
        }
        long requested = ++generation;
        UiText text = context.text();
        context.executor().submit("read the comments of the charter", () -> read(session, text), snapshot -> {
            if (requested != generation) {
                return;
            }
            context.executor().compute("locate the comments of the charter", () -> locate(snapshot), items -> {
                if (requested == generation) {
                    model.sectionTitlesProperty().set(snapshot.titles());
                    model.charterThreads().setAll(items);
                }
            }, error -> LOG.warn("Could not locate the comments of the charter", error));
        }, error -> context.showError(context.text().get("ui.comment.readFailed"), error));
    }

    private static Snapshot read(CharterSession session, UiText text) throws ChartaException {
        String language = text.language();
        Map<String, String> titles = new LinkedHashMap<>();
        for (Section section : session.sections()) {
            titles.put(section.id(), section.title(language));
        }
        List<CommentThread> threads = session.comments().threads().stream()
                .filter(thread -> !thread.anchor().isAmendment())
                .toList();
        // Threads on a language version (article-03@fr) are listed under the section's title and the language.
        for (CommentThread thread : threads) {
            LanguageVersion.parse(thread.sectionId())
                    .filter(version -> titles.containsKey(version.sectionId()))
                    .ifPresent(version -> titles.putIfAbsent(thread.sectionId(), text.get("ui.translation.editorTitle",
                            titles.get(version.sectionId()), LanguageNames.asHeading(version.language(), text.locale()))));
        }
        Map<String, Optional<String>> texts = new HashMap<>();
        for (CommentThread thread : threads) {
            texts.computeIfAbsent(thread.sectionId(), id -> text(session, id, titles));
        }
        return new Snapshot(threads, titles, texts);
    }

    /** Returns a section's text, or empty when the section is gone or unreadable, which leaves its threads orphaned. */
    private static Optional<String> text(CharterSession session, String sectionId, Map<String, String> titles) {
        if (!titles.containsKey(sectionId)) {
            return Optional.empty();
        }
        try {
            return Optional.of(session.read(sectionId));
        } catch (ChartaException e) {
            LOG.warn("Could not read section {}; its threads are listed as orphaned", sectionId, e);
            return Optional.empty();
        }
    }

    private static List<ThreadItem> locate(Snapshot snapshot) {
        List<ThreadItem> items = new ArrayList<>();
        for (LocatedThread located : ThreadLocator.locateAll(snapshot.threads(),
                id -> snapshot.texts().getOrDefault(id, Optional.empty()))) {
            items.add(ThreadItem.of(located));
        }
        items.sort(ThreadItem.PARAGRAPH_ORDER);
        return items;
    }

    private record Snapshot(List<CommentThread> threads, Map<String, String> titles,
                            Map<String, Optional<String>> texts) {
    }
}
