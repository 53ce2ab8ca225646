package org.charta.ui.amend;

import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.FlowPane;
import javafx.util.Callback;
import javafx.scene.control.ListView;
import org.charta.core.amend.AmendmentStatus;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/** The three filters of the amendments list: status, section and author. Writes the model's filter. */
final class FilterBar {

    private final AmendmentLabels labels;
    private final AmendmentListModel model;
    private final ComboBox<StatusFilter> status = new ComboBox<>();
    private final ComboBox<String> section = new ComboBox<>();
    private final ComboBox<AmendmentListModel.Author> author = new ComboBox<>();
    private final FlowPane root;

    FilterBar(AmendmentLabels labels, AmendmentListModel model) {
        this.labels = labels;
        this.model = model;
        List<StatusFilter> statuses = new ArrayList<>(List.of(StatusFilter.ALL, StatusFilter.OPEN));
        for (AmendmentStatus value : AmendmentStatus.values()) {
            statuses.add(StatusFilter.of(value));
        }
        status.getItems().setAll(statuses);
        status.setId("amend-filter-status");
        cells(status, this::statusText);
        status.getSelectionModel().select(StatusFilter.ALL);

        section.setId("amend-filter-section");
        cells(section, id -> id == null ? labels.text().get("ui.amend.filter.allSections") : labels.section(id));
        author.setId("amend-filter-author");
        cells(author, value -> value == null ? labels.text().get("ui.amend.filter.allAuthors")
                : value.name() == null || value.name().isBlank() ? value.email() : value.name());
        // The button shows the prompt while the value is null, which stands for "every section" and "every author".
        section.setPromptText(labels.text().get("ui.amend.filter.allSections"));
        author.setPromptText(labels.text().get("ui.amend.filter.allAuthors"));
        model.authors().addListener((ListChangeListener<AmendmentListModel.Author>) change -> fillAuthors());
        fillAuthors();
        setSections(Map.of());

        status.valueProperty().addListener((observable, previous, value) -> apply());
        section.valueProperty().addListener((observable, previous, value) -> apply());
        author.valueProperty().addListener((observable, previous, value) -> apply());

        Label caption = new Label(labels.text().get("ui.amend.filter.caption"));
        root = new FlowPane(6, 6, caption, status, section, author);
        root.setAlignment(Pos.CENTER_LEFT);
        root.getStyleClass().add("amend-filters");
    }

    Node node() {
        return root;
    }

    ComboBox<StatusFilter> status() {
        return status;
    }

    ComboBox<String> section() {
        return section;
    }

    ComboBox<AmendmentListModel.Author> author() {
        return author;
    }

    /** Offers the sections of the main text, keeping the chosen one when it still exists. */
    void setSections(Map<String, String> sectionTitles) {
        String chosen = section.getValue();
        List<String> ids = new ArrayList<>();
        ids.add(null);
        ids.addAll(sectionTitles.keySet());
        section.getItems().setAll(ids);
        section.setValue(ids.contains(chosen) ? chosen : null);
    }

    private void fillAuthors() {
        AmendmentListModel.Author chosen = author.getValue();
        List<AmendmentListModel.Author> authors = new ArrayList<>();
        authors.add(null);
        authors.addAll(model.authors());
        author.getItems().setAll(authors);
        author.setValue(authors.contains(chosen) ? chosen : null);
    }

    private void apply() {
        StatusFilter statusFilter = Objects.requireNonNullElse(status.getValue(), StatusFilter.ALL);
        AmendmentListModel.Author chosen = author.getValue();
        model.filterProperty().set(new AmendmentFilter(statusFilter, section.getValue(),
                chosen == null ? null : chosen.email()));
    }

    private String statusText(StatusFilter filter) {
        if (filter == null) {
            return "";
        }
        return switch (filter.kind()) {
            case ALL -> labels.text().get("ui.amend.filter.allStatuses");
            case OPEN -> labels.text().get("ui.amend.filter.open");
            case ONE -> labels.status(filter.status());
        };
    }

    /** Shows each value through {@code label}, in the list and on the button; null is a value, "all". */
    private static <T> void cells(ComboBox<T> box, Function<T, String> label) {
        Callback<ListView<T>, ListCell<T>> factory = view -> new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : label.apply(item));
            }
        };
        box.setCellFactory(factory);
        box.setButtonCell(factory.call(null));
    }
}
