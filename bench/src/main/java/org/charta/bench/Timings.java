package org.charta.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** Wall-clock times of repeated runs of one step, in milliseconds. */
final class Timings {

    private final String name;
    private final List<Double> millis = new ArrayList<>();

    Timings(String name) {
        this.name = name;
    }

    void add(long nanos) {
        millis.add(nanos / 1_000_000.0);
    }

    double median() {
        List<Double> sorted = sorted();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    /** Formats the median, the minimum and maximum, and every run in order. */
    String summary() {
        List<Double> sorted = sorted();
        StringBuilder runs = new StringBuilder();
        for (double value : millis) {
            runs.append(runs.length() == 0 ? "" : " ").append(format(value));
        }
        return String.format(Locale.ROOT, "%-34s median %8s ms  min %8s  max %8s  (n=%d: %s)", name,
                format(median()), format(sorted.get(0)), format(sorted.get(sorted.size() - 1)), millis.size(), runs);
    }

    private List<Double> sorted() {
        if (millis.isEmpty()) {
            throw new IllegalStateException("No runs of " + name);
        }
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        return sorted;
    }

    static String format(double millis) {
        return String.format(Locale.ROOT, "%.1f", millis);
    }
}
