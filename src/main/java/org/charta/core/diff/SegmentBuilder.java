package org.charta.core.diff;

import java.util.ArrayList;
import java.util.List;

/** Collects diff segments, dropping empty ones and merging a run into the previous one of the same kind. */
final class SegmentBuilder {

    private final List<DiffSegment> segments = new ArrayList<>();

    void add(DiffSegment.Kind kind, String text) {
        if (text.isEmpty()) {
            return;
        }
        int last = segments.size() - 1;
        if (last >= 0 && segments.get(last).kind() == kind) {
            segments.set(last, new DiffSegment(kind, segments.get(last).text() + text));
        } else {
            segments.add(new DiffSegment(kind, text));
        }
    }

    List<DiffSegment> build() {
        return List.copyOf(segments);
    }
}
