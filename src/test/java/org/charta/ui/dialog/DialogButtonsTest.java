package org.charta.ui.dialog;

import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.charta.ui.app.UiText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.Locale;
import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The standard dialog buttons read in the interface language, also in the languages for which JavaFX has no
 * texts of its own (Arabic, Catalan, Indonesian).
 */
@ExtendWith(ApplicationExtension.class)
class DialogButtonsTest {

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 320, 200));
        stage.show();
    }

    @Test
    void arabicAlertLabelsEveryButton(FxRobot robot) throws Exception {
        UiText arabic = new UiText(Locale.forLanguageTag("ar"));
        Alert alert = onFx(() -> {
            Alert shown = new Alert(Alert.AlertType.CONFIRMATION);
            Dialogs.prepare(shown, stage, arabic, arabic.get("ui.app.name"));
            shown.show();
            return shown;
        });

        assertThat(buttonText(alert, ButtonType.OK)).isEqualTo("موافق");
        assertThat(buttonText(alert, ButtonType.CANCEL)).isEqualTo("إلغاء");

        onFx(() -> alert.getDialogPane().getButtonTypes().setAll(ButtonType.YES, ButtonType.NO, ButtonType.CLOSE,
                ButtonType.APPLY));
        assertThat(buttonText(alert, ButtonType.YES)).isEqualTo("نعم");
        assertThat(buttonText(alert, ButtonType.NO)).isEqualTo("لا");
        assertThat(buttonText(alert, ButtonType.CLOSE)).isEqualTo("إغلاق");
        assertThat(buttonText(alert, ButtonType.APPLY)).isEqualTo("تطبيق");
        onFx(() -> {
            alert.close();
            return null;
        });
    }

    @Test
    void catalanAndIndonesianLabelCancel() throws Exception {
        for (String tag : new String[]{"ca", "id"}) {
            UiText text = new UiText(Locale.forLanguageTag(tag));
            Alert alert = onFx(() -> {
                Alert prepared = new Alert(Alert.AlertType.CONFIRMATION);
                Dialogs.prepare(prepared, stage, text, text.get("ui.app.name"));
                return prepared;
            });

            assertThat(buttonText(alert, ButtonType.CANCEL)).as(tag).isEqualTo(text.get("ui.dialog.cancel"));
            assertThat(buttonText(alert, ButtonType.CANCEL)).as(tag).isNotEqualTo("Cancel");
        }
    }

    private static String buttonText(Alert alert, ButtonType type) throws Exception {
        return onFx(() -> ((Button) alert.getDialogPane().lookupButton(type)).getText());
    }

    private static <T> T onFx(Callable<T> callable) throws Exception {
        T result = WaitForAsyncUtils.asyncFx(callable).get();
        WaitForAsyncUtils.waitForFxEvents();
        return result;
    }
}
