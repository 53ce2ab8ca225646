package org.charta.ui.amend;

import javafx.application.Application;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.stage.Stage;
import org.charta.core.amend.AmendmentStatus;
import org.charta.core.amend.AmendmentSummary;
import org.charta.core.amend.VoteChoice;
import org.charta.ui.app.UiText;
import org.charta.ui.task.BackgroundExecutor;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

/**
 * Shows the amendment list and detail on the sample data, to look at them: {@code java ... AmendmentViewsDemo
 * [language] [tab: changes|vote] [side] [rendered]}.
 */
public final class AmendmentViewsDemo {

    private AmendmentViewsDemo() {
    }

    public static void main(String[] arguments) {
        Application.launch(DemoApplication.class, arguments);
    }

    /** The application, apart from the main class, because JavaFX refuses to start a main class on the class path. */
    public static final class DemoApplication extends Application {

        @Override
        public void start(Stage stage) {
            List<String> parameters = getParameters().getUnnamed();
            String language = parameters.isEmpty() ? "en" : parameters.get(0);
            AmendmentLabels labels = new AmendmentLabels(new UiText(Locale.forLanguageTag(language)),
                    AmendmentSamples.TITLES::get);
            AmendmentListModel model = new AmendmentListModel();
            model.setAmendments(List.of(
                    AmendmentSamples.summary("equal-vote-k3f9", "Equal right to vote", AmendmentStatus.VOTING,
                            "Alice Drafter", "alice@example.org", List.of("art-3"), false),
                    AmendmentSamples.summary("members-propose-a1b2", "Let members propose", AmendmentStatus.PROPOSED,
                            "Bob Drafter", "bob@example.org", List.of("art-3", "art-5"), true),
                    AmendmentSamples.summary("preamble-tone-9z8y", "Warmer preamble", AmendmentStatus.DRAFT,
                            "Alice Drafter", "alice@example.org", List.of("preamble"), false),
                    AmendmentSamples.summary("old-idea-0000", "An old idea", AmendmentStatus.WITHDRAWN,
                            "Carol Coordinator", "carol@example.org", List.of("art-5"), false)));
            ListView<AmendmentSummary> list = new ListView<>(model.shown());
            list.setCellFactory(view -> new AmendmentCell(labels, summary -> { }));
            AmendmentDetail detail = new AmendmentDetail(new BackgroundExecutor(), labels, new AmendmentDetail.Listener() {
                @Override
                public void act(AmendmentActions.Action action) {
                }

                @Override
                public void argue(String text, org.charta.core.comment.Stance stance) {
                }

                @Override
                public void commentParagraph(org.charta.core.diff.SectionComparison section,
                                             org.charta.core.diff.ParagraphChange change) {
                }

                @Override
                public void cast(VoteChoice choice, String reason) {
                }

                @Override
                public void openVote() {
                }

                @Override
                public void closeVote() {
                }
            });
            AmendmentSummary shown = model.shown().get(0);
            detail.show(shown, EnumSet.of(AmendmentActions.Action.CAST, AmendmentActions.Action.CLOSE_VOTE,
                    AmendmentActions.Action.WITHDRAW), new Roles(null, true, true,
                    org.charta.core.governance.MajorityRule.SIMPLE));
            detail.showComparison(AmendmentSamples.comparison());
            detail.showTally(AmendmentSamples.openTally());
            detail.showArguments(List.of());
            list.getSelectionModel().select(0);
            if (parameters.contains("vote")) {
                detail.selectVoteTab();
            }
            if (parameters.contains("side")) {
                detail.comparison().sideBySideButton().setSelected(true);
            }
            if (parameters.contains("rendered")) {
                detail.comparison().renderedButton().setSelected(true);
            }
            SplitPane split = new SplitPane(list, detail.node());
            split.setOrientation(Orientation.HORIZONTAL);
            split.setDividerPositions(0.38);
            Scene scene = new Scene(split, 1260, 780);
            scene.getStylesheets().add(getClass().getResource("/org/charta/ui/charta.css").toExternalForm());
            scene.getStylesheets().add(getClass().getResource(AmendmentsWindow.STYLESHEET).toExternalForm());
            stage.setScene(scene);
            stage.setX(0);
            stage.setY(0);
            stage.show();
        }
    }
}
