package org.charta.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.charta.core.AppFolders;
import org.charta.core.amend.AmendmentRecord;
import org.charta.core.amend.AmendmentRefs;
import org.charta.core.amend.AmendmentStatus;
import org.charta.core.amend.Amendments;
import org.charta.core.git.BranchCommits;
import org.charta.core.git.CharterRepository;
import org.charta.ui.amend.AmendmentsWindow;
import org.charta.ui.app.AppContext;
import org.charta.ui.app.MainWindow;
import org.charta.ui.app.Settings;
import org.charta.ui.app.UiText;
import org.charta.ui.task.BackgroundExecutor;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Times the amendments window of a charter with many open amendments: from the request for the list (the menu's
 * Amendments… action) to the first layout pulse after the list contains every row, in a real main window. The JavaFX
 * toolkit runs headless (Monocle) unless the system property {@code bench.headless} is {@code false}.
 *
 * <p>Each amendment is a branch with its record (status proposed) and one reworded sentence, written with
 * {@link BranchCommits} as Charta writes status changes. The core part, {@link Amendments#list}, is timed apart
 * on its own repository object.
 *
 * <p>System properties: {@code bench.amendments} (500), {@code bench.sections} (20), {@code bench.repetitions} (7).
 * The last line printed is the median time until the list is shown.
 */
public final class AmendmentListBenchmark {

    private static final long TIMEOUT_SECONDS = 300;

    private AmendmentListBenchmark() {
    }

    public static void main(String[] arguments) throws Exception {
        int amendments = Integer.getInteger("bench.amendments", 500);
        int sections = Integer.getInteger("bench.sections", 20);
        int repetitions = Integer.getInteger("bench.repetitions", 7);
        Path work = Path.of("target/bench/amendment-list").toAbsolutePath();
        Fixtures.deleteTree(work);
        Files.createDirectories(work);
        Isolation.isolateJGit(work.resolve("git-config"));
        System.setProperty(AppFolders.HOME_PROPERTY, work.resolve("home").toString());

        Path charter = work.resolve("charter");
        long setupStart = System.nanoTime();
        List<String> paths = Fixtures.createCharter(charter, sections, 6);
        writeAmendments(charter, paths, amendments);
        System.out.printf(Locale.ROOT, "charter: %d sections, %d open amendments (setup %.1f s)%n", sections,
                amendments, (System.nanoTime() - setupStart) / 1e9);

        Timings core = timeCoreList(charter, repetitions, amendments);
        Timings shown = timeWindow(charter, repetitions, amendments);
        System.out.println(core.summary());
        System.out.println(shown.summary());
        System.out.printf(Locale.ROOT, "amendments list with %d open amendments shown in %s ms (median, goal < 1000)%n",
                amendments, Timings.format(shown.median()));
        Platform.exit();
        System.exit(0);
    }

    /** Writes each amendment as a branch from main with its record and one reworded sentence of one section. */
    private static void writeAmendments(Path folder, List<String> paths, int count) throws Exception {
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        try (CharterRepository repository = CharterRepository.open(folder)) {
            ObjectId main = repository.repository().resolve(Constants.R_HEADS + CharterRepository.MAIN_BRANCH);
            for (int index = 0; index < count; index++) {
                int section = index % paths.size();
                int paragraph = (index / paths.size()) % 6;
                String id = String.format(Locale.ROOT, "bench-amendment-%04d", index);
                String path = paths.get(section);
                String text = Files.readString(folder.resolve(path), StandardCharsets.UTF_8);
                String changed = text.replace(Fixtures.sentence(section, paragraph, 1),
                        Fixtures.revised(section, paragraph, 1, "amendment " + index));

                AmendmentRecord record = new AmendmentRecord();
                record.setId(id);
                record.setTitle("Reword article " + (section + 1) + ", paragraph " + (paragraph + 1) + " (" + index
                        + ")");
                record.setRationale("Benchmark amendment.");
                record.setAuthor(new AmendmentRecord.Person(Fixtures.AUTHOR.name(), Fixtures.AUTHOR.email()));
                record.setCreated(Instant.parse("2026-12-01T00:00:00Z").plusSeconds(index).toString());
                record.setTargets(List.of(sectionId(path)));
                record.setBase(main.name());
                record.setStatus(AmendmentStatus.PROPOSED);

                String branch = AmendmentRefs.localBranch(id);
                BranchCommits.createBranch(repository, branch, main);
                BranchCommits.commit(repository, branch, Map.of(
                        AmendmentRefs.recordPath(id), json.writeValueAsBytes(record),
                        path, changed.getBytes(StandardCharsets.UTF_8)), "Amendment " + id, Fixtures.AUTHOR);
            }
        }
    }

    private static String sectionId(String path) {
        String name = Path.of(path).getFileName().toString();
        return name.endsWith(".md") ? name.substring(0, name.length() - 3) : name;
    }

    private static Timings timeCoreList(Path folder, int repetitions, int expected) throws Exception {
        Timings timings = new Timings("core Amendments.list");
        try (CharterRepository repository = CharterRepository.open(folder)) {
            int listed = Amendments.list(repository).size();
            if (listed != expected) {
                throw new IllegalStateException("Amendments.list returned " + listed + " amendments, not " + expected);
            }
            for (int run = 0; run < repetitions; run++) {
                long start = System.nanoTime();
                Amendments.list(repository);
                timings.add(System.nanoTime() - start);
            }
        }
        return timings;
    }

    /** Opens the window on the charter, then opens and closes the amendments window once per repetition. */
    private static Timings timeWindow(Path folder, int repetitions, int expected) throws Exception {
        if (!"false".equals(System.getProperty("bench.headless"))) {
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
        }
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        Platform.setImplicitExit(false);

        AtomicReference<MainWindow> window = new AtomicReference<>();
        BackgroundExecutor executor = new BackgroundExecutor();
        onFx(() -> {
            Stage stage = new Stage();
            MainWindow main = new MainWindow(new AppContext(executor, new UiText(Locale.ENGLISH), Settings.load(),
                    stage));
            main.setOnExit(() -> { });
            main.show();
            // Monocle's headless screen is 1280 by 800; a window reaching past it makes the painter throw.
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(1280);
            stage.setHeight(800);
            window.set(main);
            return null;
        });
        awaitCharter(window.get(), executor, null);
        onFx(() -> {
            window.get().charters().openCharter(folder);
            return null;
        });
        awaitCharter(window.get(), executor, folder);

        Timings timings = new Timings("request to list shown (window)");
        for (int run = 0; run <= repetitions; run++) {
            long nanos = timeOneOpening(window.get(), expected);
            if (run > 0) {
                timings.add(nanos);
            } else {
                System.out.printf(Locale.ROOT, "first opening (uncounted): %s ms%n", Timings.format(nanos / 1e6));
            }
        }
        executor.shutdown(Duration.ofSeconds(10));
        return timings;
    }

    /**
     * Asks for the list on the JavaFX thread, as the menu does, and returns the time until the first layout pulse
     * after the list contains {@code expected} rows.
     */
    private static long timeOneOpening(MainWindow main, int expected) throws Exception {
        CompletableFuture<Long> shown = new CompletableFuture<>();
        onFx(() -> {
            long start = System.nanoTime();
            AmendmentsWindow amendments = main.amendments().openWindow();
            amendments.stage().setX(0);
            amendments.stage().setY(0);
            Scene scene = amendments.stage().getScene();
            javafx.collections.ListChangeListener<Object> onRows = new javafx.collections.ListChangeListener<>() {
                @Override
                public void onChanged(Change<?> change) {
                    if (amendments.list().getItems().size() == expected) {
                        amendments.list().getItems().removeListener(this);
                        afterNextLayout(scene, () -> shown.complete(System.nanoTime() - start));
                    }
                }
            };
            amendments.list().getItems().addListener(onRows);
            return null;
        });
        long nanos = shown.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        onFx(() -> {
            main.amendments().window().ifPresent(open -> open.stage().hide());
            return null;
        });
        return nanos;
    }

    private static void afterNextLayout(Scene scene, Runnable action) {
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            scene.removePostLayoutPulseListener(listener[0]);
            action.run();
        };
        scene.addPostLayoutPulseListener(listener[0]);
        Platform.requestNextPulse();
    }

    private static void awaitCharter(MainWindow main, BackgroundExecutor executor, Path folder) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
        while (System.nanoTime() < deadline) {
            executor.awaitSerialIdle(Duration.ofSeconds(TIMEOUT_SECONDS));
            boolean open = onFx(() -> main.context().session() != null
                    && (folder == null || main.context().session().folder().equals(folder.toRealPath()))
                    && main.editorModel().sectionIdProperty().get() != null);
            if (open) {
                executor.awaitSerialIdle(Duration.ofSeconds(TIMEOUT_SECONDS));
                return;
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("The charter " + folder + " did not open within " + TIMEOUT_SECONDS + " s");
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> task) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(task.call());
            } catch (Exception | Error e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }
}
