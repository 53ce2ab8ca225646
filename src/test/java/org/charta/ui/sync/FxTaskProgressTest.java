package org.charta.ui.sync;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/** The status bar's progress: coalesced updates and the Cancel flag, without a JavaFX toolkit. */
class FxTaskProgressTest {

    private final List<Runnable> posted = new ArrayList<>();
    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
    private final FxTaskProgress progress = new FxTaskProgress(posted::add, nanos::get);

    @Test
    void burstOfUpdatesPostsOnce() {
        progress.start();

        for (int done = 1; done <= 500; done++) {
            progress.update("Receiving objects", done, 1000);
        }

        assertThat(posted).hasSize(1);
    }

    @Test
    void postedUpdateShowsLatestValues() {
        progress.start();
        progress.update("Receiving objects", 1, 1000);
        progress.update("Receiving objects", 250, 1000);

        posted.forEach(Runnable::run);

        assertThat(progress.fractionProperty().get()).isEqualTo(0.25);
        assertThat(progress.phaseProperty().get()).isEqualTo("Receiving objects");
    }

    @Test
    void updatesAfterIntervalPostAgain() {
        progress.start();
        progress.update("Receiving objects", 1, 10);
        posted.forEach(Runnable::run);
        nanos.addAndGet(TimeUnit.MILLISECONDS.toNanos(FxTaskProgress.MIN_INTERVAL_MILLIS));

        progress.update("Resolving deltas", 5, 10);

        assertThat(posted).hasSize(2);
    }

    @Test
    void unknownTotalIsIndeterminate() {
        progress.start();
        progress.update("Counting objects", 12, 0);

        posted.forEach(Runnable::run);

        assertThat(progress.fractionProperty().get()).isEqualTo(FxTaskProgress.INDETERMINATE);
    }

    @Test
    void cancelSetsFlagUntilNextStart() {
        progress.start();

        progress.cancel();
        boolean afterCancel = progress.isCancelled();
        progress.start();

        assertThat(afterCancel).isTrue();
        assertThat(progress.isCancelled()).isFalse();
    }

    @Test
    void cancelVisibleFromWorkerThread() throws Exception {
        progress.start();
        progress.cancel();
        CountDownLatch seen = new CountDownLatch(1);

        Thread worker = new Thread(() -> {
            if (progress.isCancelled()) {
                seen.countDown();
            }
        });
        worker.start();

        assertThat(seen.await(5, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void stopHidesBar() {
        progress.start();

        progress.stop();

        assertThat(progress.activeProperty().get()).isFalse();
    }
}
