package org.charta.ui.amend;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.charta.core.diff.SectionComparison;
import org.charta.ui.task.BackgroundExecutor;

import java.util.List;

/**
 * A comparison of two versions of the charter with its view switches: inline or side by side, Markdown source or
 * rendered, and whether changes of whitespace or line wrapping only are shown (off at first). The amendment
 * detail and the release comparison both use it. The rendered page is built on the compute lane.
 */
public final class ComparisonView {

    private final BackgroundExecutor executor;
    private final AmendmentLabels labels;
    private final SourceDiffView source;
    private final RenderedDiffView rendered = new RenderedDiffView();
    private final ToggleButton inline = new ToggleButton();
    private final ToggleButton sideBySide = new ToggleButton();
    private final ToggleButton sourceMode = new ToggleButton();
    private final ToggleButton renderedMode = new ToggleButton();
    private final CheckBox layoutOnly = new CheckBox();
    private final Label hiddenNote = new Label();
    private final StackPane content = new StackPane();
    private final VBox root;
    private List<SectionComparison> sections = List.of();
    private DiffRows rows = DiffRows.of(List.of(), false);
    private long generation;

    public ComparisonView(BackgroundExecutor executor, AmendmentLabels labels) {
        this.executor = executor;
        this.labels = labels;
        this.source = new SourceDiffView(labels);
        root = new VBox(6, createSwitches(), content);
        VBox.setVgrow(content, Priority.ALWAYS);
        root.getStyleClass().add("comparison-view");
        content.getChildren().setAll(source.node(), rendered.node());
        showMode();
    }

    public Node node() {
        return root;
    }

    /** Shows a comparison, keeping the switches as the person set them. */
    public void show(List<SectionComparison> comparison) {
        this.sections = List.copyOf(comparison);
        refresh();
    }

    /** Offers a "Comment…" action on each changed paragraph of the source view; see SourceDiffView. */
    void setCommenter(java.util.function.BiConsumer<SectionComparison, org.charta.core.diff.ParagraphChange> commenter) {
        source.setCommenter(commenter);
        refresh();
    }

    /** Replaces the diff with a message, such as "Comparing…" or an error. */
    public void showMessage(String message) {
        generation++;
        sections = List.of();
        rows = DiffRows.of(List.of(), false);
        source.showMessage(message);
        rendered.show(DiffPage.message(message, labels.text().locale()));
    }

    /** Returns the rows shown now, for tests and summaries. */
    public DiffRows rows() {
        return rows;
    }

    /** Returns the nodes of the source view, for tests. */
    public List<Node> sourceRows() {
        return source.rows();
    }

    public String renderedHtml() {
        return rendered.shownHtml();
    }

    public ToggleButton sideBySideButton() {
        return sideBySide;
    }

    public ToggleButton renderedButton() {
        return renderedMode;
    }

    public CheckBox layoutOnlyBox() {
        return layoutOnly;
    }

    private Node createSwitches() {
        ToggleGroup layout = new ToggleGroup();
        toggle(inline, "diff-inline", "ui.amend.diff.inline", layout);
        toggle(sideBySide, "diff-side-by-side", "ui.amend.diff.sideBySide", layout);
        inline.setSelected(true);
        ToggleGroup mode = new ToggleGroup();
        toggle(sourceMode, "diff-mode-source", "ui.amend.diff.source", mode);
        toggle(renderedMode, "diff-mode-rendered", "ui.amend.diff.rendered", mode);
        sourceMode.setSelected(true);
        keepOneSelected(layout);
        keepOneSelected(mode);
        layout.selectedToggleProperty().addListener((observable, previous, selected) -> refresh());
        mode.selectedToggleProperty().addListener((observable, previous, selected) -> {
            showMode();
            refresh();
        });

        layoutOnly.setId("diff-layout-only");
        layoutOnly.setText(labels.text().get("ui.amend.diff.showLayout"));
        layoutOnly.setSelected(false);
        layoutOnly.selectedProperty().addListener((observable, previous, selected) -> refresh());
        layoutOnly.setMinWidth(CheckBox.USE_PREF_SIZE);
        hiddenNote.setMinWidth(0);
        hiddenNote.setId("diff-hidden-note");
        hiddenNote.getStyleClass().add("dialog-note");

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox switches = new HBox(6, inline, sideBySide, new Region(), sourceMode, renderedMode, spacer, hiddenNote,
                layoutOnly);
        switches.setAlignment(Pos.CENTER_LEFT);
        switches.getStyleClass().add("diff-switches");
        return switches;
    }

    private void toggle(ToggleButton button, String id, String key, ToggleGroup group) {
        button.setId(id);
        button.setText(labels.text().get(key));
        button.setToggleGroup(group);
        button.setMinWidth(ToggleButton.USE_PREF_SIZE);
    }

    /** Keeps one button of the pair selected, because a click on the selected one would leave neither. */
    private static void keepOneSelected(ToggleGroup group) {
        group.selectedToggleProperty().addListener((observable, previous, selected) -> {
            if (selected == null && previous != null) {
                group.selectToggle(previous);
            }
        });
    }

    private void showMode() {
        boolean showRendered = renderedMode.isSelected();
        rendered.node().setVisible(showRendered);
        source.node().setVisible(!showRendered);
    }

    private void refresh() {
        long requested = ++generation;
        rows = DiffRows.of(sections, layoutOnly.isSelected());
        boolean twoColumns = sideBySide.isSelected();
        hiddenNote.setText(rows.hiddenLayoutOnly() == 0 ? ""
                : labels.text().get("ui.amend.diff.hiddenLayout", rows.hiddenLayoutOnly()));
        if (!renderedMode.isSelected()) {
            source.show(rows, twoColumns);
            return;
        }
        List<SectionComparison> shown = sections;
        boolean showLayoutOnly = layoutOnly.isSelected();
        java.util.Locale locale = labels.text().locale();
        executor.compute("render diff page", () -> DiffPage.render(shown, twoColumns, showLayoutOnly, locale),
                html -> {
                    if (requested == generation) {
                        rendered.show(html);
                    }
                }, error -> source.showMessage(labels.text().describe(error)));
    }
}
