package org.charta.ui.dialog;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.charta.ui.app.UiText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The Preferences dialog: the fetch interval and its validation. */
@ExtendWith(ApplicationExtension.class)
class PreferencesDialogTest {

    private final UiText text = new UiText(Locale.ENGLISH);
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 320, 200));
        stage.show();
    }

    @Test
    void parseAcceptsZeroToMax() {
        assertThat(PreferencesDialog.parseMinutes("0", 1440)).contains(0);
        assertThat(PreferencesDialog.parseMinutes(" 1440 ", 1440)).contains(1440);
    }

    @Test
    void parseAcceptsArabicIndicDigits() {
        assertThat(PreferencesDialog.parseMinutes("١٢", 1440)).contains(12);
        assertThat(PreferencesDialog.parseMinutes("۱۵", 1440)).contains(15);
    }

    @Test
    void arabicDialogShowsAndReadsArabicDigits(FxRobot robot) throws Exception {
        CompletableFuture<Optional<PreferencesDialog.Values>> result = open(new UiText(Locale.forLanguageTag("ar")));

        Spinner<?> spinner = robot.lookup("#preferences-fetch-interval").query();
        assertThat(spinner.getEditor().getText()).isEqualTo("٥");
        typeInterval(robot, "٣٠");
        robot.clickOn("#" + Dialogs.OK_BUTTON_ID);

        assertThat(result.get(10, TimeUnit.SECONDS)).contains(new PreferencesDialog.Values(30));
    }

    @Test
    void parseRejectsOutOfRange() {
        assertThat(PreferencesDialog.parseMinutes("1441", 1440)).isEmpty();
        assertThat(PreferencesDialog.parseMinutes("-1", 1440)).isEmpty();
    }

    @Test
    void parseRejectsNonNumbers() {
        assertThat(PreferencesDialog.parseMinutes("five", 1440)).isEmpty();
        assertThat(PreferencesDialog.parseMinutes("2.5", 1440)).isEmpty();
        assertThat(PreferencesDialog.parseMinutes("", 1440)).isEmpty();
    }

    @Test
    void invalidValueKeepsDialogOpen(FxRobot robot) throws Exception {
        CompletableFuture<Optional<PreferencesDialog.Values>> result = open();

        typeInterval(robot, "90000");
        robot.clickOn("#" + Dialogs.OK_BUTTON_ID);

        Label error = robot.lookup("#preferences-error").query();
        assertThat(error.getText()).isEqualTo("The fetch interval \"90000\" is not valid: enter a whole number "
                + "of minutes from 0 to 1,440. Nothing was saved.");
        assertThat(error.isVisible()).isTrue();
        assertThat(result).isNotDone();
        robot.clickOn("#" + Dialogs.CANCEL_BUTTON_ID);
        assertThat(result.get(10, TimeUnit.SECONDS)).isEmpty();
    }

    @Test
    void nonNumberShowsMessageWithoutThrowing(FxRobot robot) throws Exception {
        List<Throwable> thrown = catchFxErrors(robot);
        CompletableFuture<Optional<PreferencesDialog.Values>> result = open();

        typeInterval(robot, "abc");
        robot.clickOn("#" + Dialogs.OK_BUTTON_ID);
        robot.clickOn("#" + Dialogs.OK_BUTTON_ID);

        assertThat(thrown).as("errors thrown on the JavaFX thread").isEmpty();
        assertThat(robot.lookup("#preferences-error").queryLabeled().getText())
                .startsWith("The fetch interval \"abc\" is not valid");
        assertThat(result).isNotDone();
        robot.clickOn("#" + Dialogs.CANCEL_BUTTON_ID);
        assertThat(result.get(10, TimeUnit.SECONDS)).isEmpty();
    }

    @Test
    void negativeValueWithEnterNotClamped(FxRobot robot) throws Exception {
        List<Throwable> thrown = catchFxErrors(robot);
        CompletableFuture<Optional<PreferencesDialog.Values>> result = open();

        robot.doubleClickOn("#preferences-fetch-interval .text-field").write("-3").type(KeyCode.ENTER);

        assertThat(thrown).as("errors thrown on the JavaFX thread").isEmpty();
        assertThat(result).as("dialog still open").isNotDone();
        assertThat(robot.lookup("#preferences-error").queryLabeled().getText())
                .startsWith("The fetch interval \"-3\" is not valid");
        assertThat(result).isNotDone();
        robot.clickOn("#" + Dialogs.CANCEL_BUTTON_ID);
        assertThat(result.get(10, TimeUnit.SECONDS)).isEmpty();
    }

    @Test
    void valueAboveMaximumNotClamped(FxRobot robot) throws Exception {
        CompletableFuture<Optional<PreferencesDialog.Values>> result = open();

        robot.doubleClickOn("#preferences-fetch-interval .text-field").write("5000").type(KeyCode.TAB);
        robot.clickOn("#" + Dialogs.OK_BUTTON_ID);

        assertThat(robot.lookup("#preferences-error").queryLabeled().getText())
                .startsWith("The fetch interval \"5000\" is not valid");
        Spinner<?> spinner = robot.lookup("#preferences-fetch-interval").query();
        assertThat(spinner.getEditor().getText()).as("typed text kept").isEqualTo("5000");
        assertThat(result).isNotDone();
        robot.clickOn("#" + Dialogs.CANCEL_BUTTON_ID);
        assertThat(result.get(10, TimeUnit.SECONDS)).isEmpty();
    }

    @Test
    void validValueIsReturned(FxRobot robot) throws Exception {
        CompletableFuture<Optional<PreferencesDialog.Values>> result = open();

        typeInterval(robot, "0");
        robot.clickOn("#" + Dialogs.OK_BUTTON_ID);

        assertThat(result.get(10, TimeUnit.SECONDS)).contains(new PreferencesDialog.Values(0));
    }

    private CompletableFuture<Optional<PreferencesDialog.Values>> open() {
        return open(text);
    }

    private CompletableFuture<Optional<PreferencesDialog.Values>> open(UiText language) {
        CompletableFuture<Optional<PreferencesDialog.Values>> result = new CompletableFuture<>();
        Platform.runLater(() -> result.complete(
                PreferencesDialog.show(stage, language, new PreferencesDialog.Values(5), 1440)));
        WaitForAsyncUtils.waitForFxEvents();
        return result;
    }

    /** Collects what the JavaFX thread throws from event handlers, which would otherwise only be logged. */
    private static List<Throwable> catchFxErrors(FxRobot robot) {
        List<Throwable> thrown = new CopyOnWriteArrayList<>();
        robot.interact(() -> Thread.currentThread().setUncaughtExceptionHandler((thread, error) -> thrown.add(error)));
        return thrown;
    }

    private static void typeInterval(FxRobot robot, String value) {
        Spinner<?> spinner = robot.lookup("#preferences-fetch-interval").query();
        robot.interact(() -> spinner.getEditor().setText(value));
    }
}
