package org.charta.ui.amend;

import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.charta.core.AppFolders;
import org.charta.core.amend.VoteChoice;
import org.charta.core.amend.Votes;
import org.charta.core.git.CharterRepository;
import org.charta.core.git.RemoteSync;
import org.charta.testing.TestGit;
import org.charta.ui.app.AppContext;
import org.charta.ui.app.MainWindow;
import org.charta.ui.app.Settings;
import org.charta.ui.app.UiText;
import org.charta.ui.task.BackgroundExecutor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Opens the coordinator's window on the repositories of {@link AmendmentCycle}, with the amendments window showing
 * one view, to look at it under a real display: {@code java ... AmendmentCycleDemo list|side|rendered|vote
 * [language]}. For {@code vote}, the vote is opened and the two drafters have voted before the window opens.
 */
public final class AmendmentCycleDemo {

    private AmendmentCycleDemo() {
    }

    public static void main(String[] arguments) {
        Application.launch(DemoApplication.class, arguments);
    }

    /** The application, apart from the main class, because JavaFX refuses to start a main class on the class path. */
    public static final class DemoApplication extends Application {

        @Override
        public void start(Stage stage) throws Exception {
            List<String> parameters = getParameters().getUnnamed();
            String view = parameters.isEmpty() ? "list" : parameters.get(0);
            String language = parameters.size() < 2 ? "en" : parameters.get(1);
            Path temp = Files.createTempDirectory("charta-cycle-demo");
            System.setProperty(AppFolders.HOME_PROPERTY, temp.resolve("home").toString());
            TestGit.isolate(temp.resolve("git-config"));
            AmendmentCycle cycle = AmendmentCycle.prepare(temp.resolve("cycle"));
            try (CharterRepository carol = CharterRepository.open(cycle.coordinatorFolder())) {
                RemoteSync.sync(carol, AmendmentCycle.CAROL, "Sync");
                if ("vote".equals(view)) {
                    Votes.open(carol, cycle.amendmentId(), AmendmentCycle.CAROL);
                    RemoteSync.sync(carol, AmendmentCycle.CAROL, "Sync");
                    cycle.membersVote(VoteChoice.FOR, VoteChoice.AGAINST);
                    RemoteSync.sync(carol, AmendmentCycle.CAROL, "Sync");
                }
            }

            Settings settings = Settings.load();
            settings.setLastCharter(cycle.coordinatorFolder());
            MainWindow window = new MainWindow(new AppContext(new BackgroundExecutor(),
                    new UiText(Locale.forLanguageTag(language)), settings, stage));
            window.show();
            stage.setX(0);
            stage.setY(0);
            later(3, () -> {
                AmendmentsWindow amendments = window.amendments().openWindow();
                amendments.stage().setX(0);
                amendments.stage().setY(0);
                amendments.stage().setWidth(1280);
                amendments.stage().setHeight(800);
                later(2, () -> show(amendments, view));
            });
        }

        private static void show(AmendmentsWindow amendments, String view) {
            amendments.list().getSelectionModel().select(0);
            AmendmentDetail detail = amendments.detail();
            later(1, () -> {
                switch (view) {
                    case "side" -> detail.comparison().sideBySideButton().setSelected(true);
                    case "rendered" -> detail.comparison().renderedButton().setSelected(true);
                    case "vote" -> detail.selectVoteTab();
                    default -> {
                        // The list with the inline source diff is what the window shows first.
                    }
                }
            });
        }

        private static void later(double seconds, Runnable action) {
            PauseTransition pause = new PauseTransition(Duration.seconds(seconds));
            pause.setOnFinished(event -> action.run());
            pause.play();
        }
    }
}
