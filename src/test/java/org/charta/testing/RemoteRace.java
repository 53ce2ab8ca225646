package org.charta.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Makes a push into a bare repository lose a race, the way a busy shared remote does: a {@code pre-receive} hook
 * delays the push until another push has landed, so {@code git receive-pack} then fails to update the ref
 * ("failed to update ref", "cannot lock ref"). The hook runs only for pushes through {@code git daemon} or the
 * {@code git} program, not for JGit's in-process pushes to a local path.
 *
 * <pre>{@code
 * RemoteRace race = RemoteRace.install(bareRepository);
 * race.start(1, () -> otherClonePushes());   // the next push through git daemon waits for otherClonePushes
 * ... push through git daemon ...
 * race.finish();
 * }</pre>
 */
public final class RemoteRace {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private final Path waitMarker;
    private final Path goMarker;
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private Thread thread;

    private RemoteRace(Path bareRepository) {
        this.waitMarker = bareRepository.resolve("charta-race-wait");
        this.goMarker = bareRepository.resolve("charta-race-go");
    }

    /** Writes the hook into the bare repository; it does nothing until {@link #start} arms it. */
    public static RemoteRace install(Path bareRepository) throws IOException {
        RemoteRace race = new RemoteRace(bareRepository.toAbsolutePath());
        Path hook = Files.createDirectories(bareRepository.resolve("hooks")).resolve("pre-receive");
        Files.writeString(hook, """
                #!/bin/sh
                cat >/dev/null
                if [ -f '%1$s' ]; then
                  rm -f '%1$s'
                  i=0
                  while [ ! -f '%2$s' ] && [ $i -lt 400 ]; do sleep 0.05; i=$((i+1)); done
                  rm -f '%2$s'
                fi
                exit 0
                """.formatted(race.waitMarker, race.goMarker));
        Files.setPosixFilePermissions(hook, PosixFilePermissions.fromString("rwxr-xr-x"));
        return race;
    }

    /**
     * Arms the hook for the next {@code rounds} pushes. In each round a background thread waits until a push is
     * held in the hook, runs {@code competitor} (which must push to the same repository), then lets the held push
     * continue, which then fails because the ref moved.
     */
    public void start(int rounds, Runnable competitor) throws IOException {
        Files.createFile(waitMarker);
        thread = new Thread(() -> {
            try {
                for (int round = 1; round <= rounds; round++) {
                    awaitDeleted(waitMarker);
                    competitor.run();
                    if (round < rounds) {
                        Files.createFile(waitMarker);
                    }
                    Files.createFile(goMarker);
                }
            } catch (Throwable e) {
                failure.set(e);
            }
        }, "remote-race");
        thread.setDaemon(true);
        thread.start();
    }

    /** Waits for the rounds to end and rethrows a failure of the competing pushes. */
    public void finish() throws InterruptedException {
        thread.join(TIMEOUT.toMillis());
        if (thread.isAlive()) {
            throw new AssertionError("the competing pushes did not end within " + TIMEOUT.toSeconds() + " s");
        }
        if (failure.get() != null) {
            throw new AssertionError("a competing push failed", failure.get());
        }
    }

    private static void awaitDeleted(Path marker) throws InterruptedException, IOException {
        Instant deadline = Instant.now().plus(TIMEOUT);
        while (Files.exists(marker)) {
            if (Instant.now().isAfter(deadline)) {
                throw new IOException("no push reached the pre-receive hook within " + TIMEOUT.toSeconds() + " s");
            }
            Thread.sleep(20);
        }
    }
}
