package org.charta.ui.amend;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.charta.core.amend.AmendmentRecord;
import org.charta.core.amend.AmendmentStatus;
import org.charta.core.amend.AmendmentSummary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The state of the amendments list: every amendment known here, the filter, the rows it keeps, and the authors
 * the author filter offers. Lives on the JavaFX thread and never touches a control.
 */
public final class AmendmentListModel {

    /** Open amendments first (voting, proposed, draft), then decided ones, then merged, then closed ones. */
    static final Comparator<AmendmentSummary> ORDER = Comparator
            .comparingInt((AmendmentSummary summary) -> rank(summary.status()))
            .thenComparing(summary -> created(summary.record()), Comparator.reverseOrder())
            .thenComparing(AmendmentSummary::id);

    private final ObservableList<AmendmentSummary> all = FXCollections.observableArrayList();
    private final FilteredList<AmendmentSummary> shown = new FilteredList<>(all);
    private final ObjectProperty<AmendmentFilter> filter = new SimpleObjectProperty<>(AmendmentFilter.NONE);
    private final ObservableList<Author> authors = FXCollections.observableArrayList();

    /** An author the filter offers: the e-mail address identifies them, the name is shown. */
    public record Author(String name, String email) {
    }

    public AmendmentListModel() {
        filter.addListener((observable, previous, value) -> shown.setPredicate(value::matches));
        shown.setPredicate(filter.get()::matches);
    }

    /** Replaces the amendments, sorted for the list, and the authors the filter offers. */
    public void setAmendments(List<AmendmentSummary> amendments) {
        List<AmendmentSummary> sorted = new ArrayList<>(amendments);
        sorted.sort(ORDER);
        all.setAll(sorted);
        authors.setAll(authorsOf(sorted));
    }

    /** Replaces one amendment's row, or adds it, after an action changed it. */
    public void replace(AmendmentSummary summary) {
        List<AmendmentSummary> updated = new ArrayList<>(all);
        updated.removeIf(existing -> existing.id().equals(summary.id()));
        updated.add(summary);
        setAmendments(updated);
    }

    public Optional<AmendmentSummary> find(String id) {
        return all.stream().filter(summary -> summary.id().equals(id)).findFirst();
    }

    public ObservableList<AmendmentSummary> all() {
        return all;
    }

    /** The rows the filter keeps, in list order. */
    public ObservableList<AmendmentSummary> shown() {
        return shown;
    }

    public ObjectProperty<AmendmentFilter> filterProperty() {
        return filter;
    }

    public ObservableList<Author> authors() {
        return authors;
    }

    private static List<Author> authorsOf(List<AmendmentSummary> amendments) {
        Map<String, Author> byEmail = new LinkedHashMap<>();
        for (AmendmentSummary summary : amendments) {
            AmendmentRecord.Person author = summary.record().author();
            if (author != null && author.email() != null) {
                byEmail.putIfAbsent(author.email().toLowerCase(Locale.ROOT), new Author(author.name(), author.email()));
            }
        }
        List<Author> sorted = new ArrayList<>(byEmail.values());
        sorted.sort(Comparator.comparing((Author author) -> author.name() == null ? "" : author.name(),
                String.CASE_INSENSITIVE_ORDER).thenComparing(Author::email));
        return sorted;
    }

    private static int rank(AmendmentStatus status) {
        if (status == null) {
            return 9;
        }
        return switch (status) {
            case VOTING -> 0;
            case PROPOSED -> 1;
            case DRAFT -> 2;
            case ADOPTED -> 3;
            case MERGED -> 4;
            case REJECTED -> 5;
            case WITHDRAWN -> 6;
        };
    }

    private static String created(AmendmentRecord record) {
        return record.created() == null ? "" : record.created();
    }
}
