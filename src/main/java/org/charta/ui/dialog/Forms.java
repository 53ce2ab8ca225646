package org.charta.ui.dialog;

import javafx.geometry.HPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;

/** Building blocks of the window's forms: a two-column grid, and path fields with a Browse button. */
final class Forms {

    private Forms() {
    }

    static GridPane grid() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("form-grid");
        grid.setHgap(10);
        grid.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setHalignment(HPos.RIGHT);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setMinWidth(320);
        grid.getColumnConstraints().setAll(labels, fields);
        return grid;
    }

    static void addRow(GridPane grid, int row, Label label, Node field) {
        label.setLabelFor(field);
        grid.add(label, 0, row);
        grid.add(field, 1, row);
    }

    /** Builds a folder field: the text field and a Browse button that opens a folder chooser. */
    static HBox folderField(TextField field, String browseLabel, String chooserTitle) {
        Button browse = new Button(browseLabel);
        browse.setOnAction(event -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle(chooserTitle);
            File start = existingFolder(field.getText());
            if (start != null) {
                chooser.setInitialDirectory(start);
            }
            File chosen = chooser.showDialog(window(field));
            if (chosen != null) {
                field.setText(chosen.getAbsolutePath());
            }
        });
        HBox.setHgrow(field, Priority.ALWAYS);
        return new HBox(6, field, browse);
    }

    /** Builds a Markdown file field: the text field and a Browse button that opens a file chooser. */
    static HBox markdownFileField(TextField field, String browseLabel, String chooserTitle, String filterName) {
        Button browse = new Button(browseLabel);
        browse.setOnAction(event -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(chooserTitle);
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(filterName, "*.md", "*.markdown",
                    "*.txt"));
            File chosen = chooser.showOpenDialog(window(field));
            if (chosen != null) {
                field.setText(chosen.getAbsolutePath());
            }
        });
        HBox.setHgrow(field, Priority.ALWAYS);
        return new HBox(6, field, browse);
    }

    private static File existingFolder(String path) {
        if (path == null || path.isBlank()) {
            return null;
        }
        File file = new File(path.strip());
        while (file != null && !file.isDirectory()) {
            file = file.getParentFile();
        }
        return file;
    }

    private static Window window(Node node) {
        return node.getScene() == null ? null : node.getScene().getWindow();
    }
}
