package org.charta.ui.amend;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.charta.core.amend.AmendmentStatus;
import org.charta.core.amend.AmendmentSummary;
import org.charta.ui.app.UiText;
import org.charta.ui.dialog.Dialogs;
import org.charta.ui.task.BackgroundExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.charta.ui.ChartaWindowFixture.onFx;
import static org.charta.ui.ChartaWindowFixture.runFx;

/** The amendment views on hand-built comparisons, tallies and list rows. */
@ExtendWith(ApplicationExtension.class)
class AmendmentViewsTest {

    private final BackgroundExecutor executor = new BackgroundExecutor();
    private final AmendmentLabels labels = new AmendmentLabels(new UiText(Locale.ENGLISH),
            AmendmentSamples.TITLES::get);
    private final StackPane root = new StackPane();

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(root, 1000, 700));
        stage.show();
    }

    @AfterEach
    void stop() {
        executor.shutdown(Duration.ofSeconds(5));
    }

    @Test
    void inlineDiffLabelsParagraphs() throws Exception {
        ComparisonView view = comparisonView();

        List<String> labelTexts = onFx(() -> labelsOf(view, SourceDiffView.LABEL_STYLE));

        assertThat(labelTexts).containsExactly("Art. 3 ¶2, new", "Art. 3 ¶3 (was ¶2)",
                "Art. 3 ¶4, moved to Art. 5 ¶1", "Art. 5 ¶1, moved here from Art. 3 ¶4");
    }

    @Test
    void layoutToggleShowsWhitespaceChange() throws Exception {
        ComparisonView view = comparisonView();

        runFx(() -> view.layoutOnlyBox().setSelected(true));

        assertThat(onFx(() -> labelsOf(view, SourceDiffView.LABEL_STYLE)))
                .contains("Art. 3 ¶4 (was ¶3) (layout only)");
    }

    @Test
    void sideBySideShowsTwoColumns() throws Exception {
        ComparisonView view = comparisonView();

        runFx(() -> view.sideBySideButton().setSelected(true));

        List<Node> grids = onFx(() -> view.sourceRows().stream().filter(GridPane.class::isInstance).toList());
        assertThat(grids).hasSize(4);
        assertThat(onFx(() -> labelsOf(view, SourceDiffView.LABEL_STYLE))).contains("Art. 3 ¶2", "Art. 3 ¶3");
    }

    @Test
    void renderedDiffMarksWords() throws Exception {
        ComparisonView view = comparisonView();

        runFx(() -> view.renderedButton().setSelected(true));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> view.renderedHtml().contains("<ins>")));

        String html = onFx(view::renderedHtml);
        assertThat(html).contains("<del>the</del>", "<ins>an equal</ins>", "Content-Security-Policy");
    }

    @Test
    void votePanelMarksInvalidVote() throws Exception {
        VotePanel panel = onFx(() -> {
            VotePanel created = new VotePanel(labels, new NoVoteActions());
            created.show(AmendmentSamples.openTally(), EnumSet.of(AmendmentActions.Action.CAST));
            root.getChildren().setAll(created.node());
            return created;
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(onFx(() -> panel.table().getItems().size())).isEqualTo(3);
        assertThat(onFx(() -> ((Label) panel.node().lookup("#vote-counts")).getText()))
                .isEqualTo("1 for · 1 against · 0 abstaining · 0 blocking");
        assertThat(onFx(() -> panel.node().lookup("#vote-choice-block").isVisible())).isTrue();
        assertThat(onFx(() -> panel.node().lookup("#vote-open").isVisible())).isFalse();
    }

    @Test
    void outdatedRowOffersUpdate() throws Exception {
        AmendmentSummary outdated = AmendmentSamples.summary("o-1", "Outdated", AmendmentStatus.PROPOSED, "Alice",
                "alice@x.org", List.of("art-3"), true);
        List<AmendmentSummary> updated = new ArrayList<>();
        ListView<AmendmentSummary> list = onFx(() -> {
            ListView<AmendmentSummary> created = new ListView<>();
            created.setCellFactory(view -> new AmendmentCell(labels, updated::add));
            created.getItems().setAll(outdated);
            root.getChildren().setAll(created);
            return created;
        });
        WaitForAsyncUtils.waitForFxEvents();

        Node button = onFx(() -> list.lookup(".amend-update"));
        assertThat(onFx(button::isVisible)).isTrue();
        runFx(() -> ((javafx.scene.control.Button) button).fire());
        assertThat(updated).extracting(AmendmentSummary::id).containsExactly("o-1");
    }

    @Test
    void longTitleKeepsButtonsWhole() throws Exception {
        String title = "Working languages and translation " + "and translation ".repeat(24) + "end";
        AmendmentSummary summary = AmendmentSamples.summary("long-1", title, AmendmentStatus.PROPOSED, "Alice",
                "alice@x.org", List.of("art-3"), false);
        AmendmentDetail detail = onFx(() -> {
            AmendmentDetail created = new AmendmentDetail(executor, labels, new NoDetailActions());
            created.show(summary, EnumSet.of(AmendmentActions.Action.PROPOSE, AmendmentActions.Action.WITHDRAW),
                    new Roles(null, false, true, org.charta.core.governance.MajorityRule.SIMPLE));
            root.getChildren().setAll(created.node());
            return created;
        });
        WaitForAsyncUtils.waitForFxEvents();
        runFx(() -> Shots.save(root, "detail-long-title"));

        Label status = detail.statusLabel();
        assertThat(onFx(() -> status.getWidth())).isGreaterThanOrEqualTo(onFx(() -> status.prefWidth(-1)) - 0.5);
        for (AmendmentActions.Action action : List.of(AmendmentActions.Action.PROPOSE,
                AmendmentActions.Action.WITHDRAW)) {
            javafx.scene.control.Button button = detail.button(action);
            assertThat(onFx(() -> button.getWidth())).as(action.name())
                    .isGreaterThanOrEqualTo(onFx(() -> button.prefWidth(-1)) - 0.5);
        }
        Label titleLabel = detail.titleLabel();
        assertThat(onFx(() -> titleLabel.getHeight())).isLessThan(onFx(() -> titleLabel.getFont().getSize() * 5));
    }

    @Test
    void closeConfirmationWrapsMessage() throws Exception {
        UiText text = labels.text();
        String title = AmendmentLabels.shortTitle("Working languages and translation " + "and translation ".repeat(24));
        javafx.application.Platform.runLater(() -> Dialogs.confirm(root.getScene().getWindow(), text,
                text.get("ui.amend.confirm.close.header", title), text.get("ui.amend.confirm.close.message", title),
                text.get("ui.amend.vote.closeButton")));
        WaitForAsyncUtils.waitForFxEvents();
        Label message = onFx(() -> javafx.stage.Window.getWindows().stream()
                .map(window -> window.getScene().getRoot().lookup("#" + Dialogs.MESSAGE_ID))
                .filter(java.util.Objects::nonNull).map(Label.class::cast).findFirst().orElseThrow());
        runFx(() -> Shots.save(message.getScene(), "confirm-close-long-title"));

        double width = onFx(message::getWidth);
        double height = onFx(message::getHeight);
        double neededHeight = onFx(() -> message.prefHeight(width));
        runFx(() -> ((javafx.stage.Stage) message.getScene().getWindow()).close());

        assertThat(height).isGreaterThanOrEqualTo(neededHeight - 0.5);
    }

    @Test
    void bannerWrapsTitleKeepsButton() throws Exception {
        String title = "Say if ever the General Meeting elects a coordinating council";
        AmendmentBanner banner = onFx(() -> {
            AmendmentBanner created = new AmendmentBanner(new javafx.beans.property.SimpleStringProperty("s-1"),
                    new javafx.beans.property.SimpleStringProperty(title),
                    new javafx.beans.property.SimpleBooleanProperty(false), labels.text(), () -> { });
            javafx.scene.layout.VBox column = new javafx.scene.layout.VBox(created.node());
            column.setMaxWidth(420);
            root.getChildren().setAll(column);
            return created;
        });
        WaitForAsyncUtils.waitForFxEvents();
        runFx(() -> Shots.save(root, "banner-narrow"));

        javafx.scene.control.Button back = (javafx.scene.control.Button) onFx(() ->
                banner.node().lookup("#amend-banner-back"));
        javafx.scene.text.Text shown = (javafx.scene.text.Text) onFx(() ->
                banner.node().lookup("#amend-banner-text .text"));
        assertThat(onFx(() -> back.getWidth())).isGreaterThanOrEqualTo(onFx(() -> back.prefWidth(-1)) - 0.5);
        assertThat(onFx(shown::getText)).contains(title).doesNotContain("…");
    }

    @Test
    void shortTitleCutsLongTitles() {
        String title = "é".repeat(200);

        String shown = AmendmentLabels.shortTitle(title);

        assertThat(shown).hasSize(AmendmentLabels.SHORT_TITLE_LENGTH);
        assertThat(shown).endsWith("é…");
        assertThat(AmendmentLabels.shortTitle("word ".repeat(40))).endsWith("word…");
    }

    private ComparisonView comparisonView() throws Exception {
        ComparisonView view = onFx(() -> {
            ComparisonView created = new ComparisonView(executor, labels);
            root.getChildren().setAll(created.node());
            created.show(AmendmentSamples.comparison());
            return created;
        });
        WaitForAsyncUtils.waitForFxEvents();
        return view;
    }

    private static List<String> labelsOf(ComparisonView view, String styleClass) {
        List<String> texts = new ArrayList<>();
        for (Node row : view.sourceRows()) {
            collect(row, styleClass, texts);
        }
        return texts;
    }

    private static void collect(Node node, String styleClass, List<String> texts) {
        if (node instanceof Label label && label.getStyleClass().contains(styleClass)) {
            texts.add(label.getText());
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, styleClass, texts);
            }
        }
    }

    private static final class NoDetailActions implements AmendmentDetail.Listener {

        @Override
        public void act(AmendmentActions.Action action) {
        }

        @Override
        public void argue(String text, org.charta.core.comment.Stance stance) {
        }

        @Override
        public void cast(org.charta.core.amend.VoteChoice choice, String reason) {
        }

        @Override
        public void openVote() {
        }

        @Override
        public void closeVote() {
        }

        @Override
        public void commentParagraph(org.charta.core.diff.SectionComparison section,
                                     org.charta.core.diff.ParagraphChange change) {
        }
    }

    private static final class NoVoteActions implements VotePanel.Listener {

        @Override
        public void cast(org.charta.core.amend.VoteChoice choice, String reason) {
        }

        @Override
        public void openVote() {
        }

        @Override
        public void closeVote() {
        }
    }
}
