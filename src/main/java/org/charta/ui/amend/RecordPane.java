package org.charta.ui.amend;

import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import org.charta.core.amend.AmendmentRecord;
import org.charta.core.amend.AmendmentSummary;
import org.charta.ui.conflict.TextDirection;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/** The record of an amendment as a form to read: who, when, what for, from where, and the vote's window. */
final class RecordPane {

    private final AmendmentLabels labels;
    private final GridPane grid = new GridPane();
    private final ScrollPane scroll = new ScrollPane(grid);
    private int row;

    RecordPane(AmendmentLabels labels) {
        this.labels = labels;
        grid.setId("amend-record");
        grid.setHgap(12);
        grid.setVgap(6);
        grid.setPadding(new Insets(10));
        ColumnConstraints names = new ColumnConstraints();
        names.setHalignment(HPos.RIGHT);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(names, values);
        scroll.setFitToWidth(true);
    }

    Node node() {
        return scroll;
    }

    void show(AmendmentSummary summary) {
        grid.getChildren().clear();
        row = 0;
        AmendmentRecord record = summary.record();
        add("ui.amend.record.id", record.id());
        add("ui.amend.record.status", labels.status(record.status()));
        add("ui.amend.record.author", record.author() == null ? labels.author(record)
                : labels.text().get("ui.amend.record.person", labels.author(record), record.author().email()));
        add("ui.amend.record.created", time(record.created()));
        add("ui.amend.record.targets", labels.targets(summary));
        add("ui.amend.record.from", record.parent() == null ? labels.text().get("ui.amend.record.fromMain")
                : labels.text().get("ui.amend.record.fromAmendment", record.parent()));
        add("ui.amend.record.base", record.base() == null ? "" : record.base().substring(0,
                Math.min(10, record.base().length())));
        add("ui.amend.record.shared", labels.text().get(summary.shared() ? "ui.amend.record.sharedYes"
                : "ui.amend.record.sharedNo"));
        AmendmentRecord.VoteWindow vote = record.vote();
        if (vote != null) {
            add("ui.amend.record.voteOpened", labels.text().get("ui.amend.record.byAt", person(vote.openedBy()),
                    time(vote.opened())));
            if (vote.closes() != null) {
                add("ui.amend.record.voteCloses", time(vote.closes()));
            }
            if (vote.closed() != null) {
                add("ui.amend.record.voteClosed", labels.text().get("ui.amend.record.byAt",
                        person(vote.closedBy()), time(vote.closed())));
            }
        }
        add("ui.amend.record.rationale", record.rationale());
    }

    private void add(String key, String value) {
        Label name = new Label(labels.text().get(key));
        name.getStyleClass().add("record-name");
        Label shown = new Label(value == null ? "" : value);
        shown.setWrapText(true);
        shown.setNodeOrientation(TextDirection.of(value));
        shown.getStyleClass().add("record-value");
        GridPane.setValignment(name, VPos.TOP);
        grid.add(name, 0, row);
        grid.add(shown, 1, row);
        row++;
    }

    private String person(AmendmentRecord.Person person) {
        if (person == null) {
            return labels.text().get("ui.amend.author.unknown");
        }
        return person.name() == null || person.name().isBlank() ? person.email() : person.name();
    }

    private String time(String instant) {
        if (instant == null || instant.isBlank()) {
            return "";
        }
        try {
            return labels.text().dateTime(Instant.parse(instant));
        } catch (DateTimeParseException e) {
            return instant;
        }
    }
}
