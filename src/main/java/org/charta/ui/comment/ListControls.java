package org.charta.ui.comment;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import org.charta.ui.app.UiText;

/**
 * The controls at the top of the comments panel: two toggles for the scope (this section, the whole charter) and
 * a drop-down list of filters. The toggles stack when their texts do not fit side by side.
 */
final class ListControls {

    private final VBox root = new VBox(6);

    ListControls(CommentsViewModel model, UiText text) {
        ToggleGroup scopes = new ToggleGroup();
        ToggleButton section = scope("comment-scope-section", text.get("ui.comment.scope.section"), scopes);
        ToggleButton charter = scope("comment-scope-charter", text.get("ui.comment.scope.charter"), scopes);
        section.getStyleClass().add("left-pill");
        charter.getStyleClass().add("right-pill");
        (model.scopeProperty().get() == ListScope.CHARTER ? charter : section).setSelected(true);
        scopes.selectedToggleProperty().addListener((observable, previous, selected) -> {
            if (selected == null) {
                // A click on the selected toggle would leave none selected: keep the scope instead.
                previous.setSelected(true);
                return;
            }
            model.scopeProperty().set(selected == charter ? ListScope.CHARTER : ListScope.SECTION);
        });
        ScopeToggles scopeBar = new ScopeToggles(section, charter);

        ComboBox<ListFilter> filter = new ComboBox<>();
        filter.setId("comment-filter");
        filter.getItems().setAll(ListFilter.values());
        // The list's own preferred width is far wider than a narrow panel, so the box prefers little and grows.
        filter.setPrefWidth(120);
        filter.setMaxWidth(Double.MAX_VALUE);
        filter.setCellFactory(list -> new FilterCell(text));
        filter.setButtonCell(new FilterCell(text));
        filter.valueProperty().bindBidirectional(model.filterProperty());

        root.getChildren().addAll(scopeBar, filter);
        root.getStyleClass().add("comment-list-controls");
        root.setId("comment-list-controls");
    }

    Node node() {
        return root;
    }

    private static ToggleButton scope(String id, String label, ToggleGroup group) {
        ToggleButton button = new ToggleButton(label);
        button.setId(id);
        button.setToggleGroup(group);
        button.setMaxWidth(Double.MAX_VALUE);
        return button;
    }

    private static final class FilterCell extends ListCell<ListFilter> {

        private final UiText text;

        FilterCell(UiText text) {
            this.text = text;
        }

        @Override
        protected void updateItem(ListFilter filter, boolean empty) {
            super.updateItem(filter, empty);
            setText(empty || filter == null ? null : text.get(filter.labelKey()));
        }
    }
}
