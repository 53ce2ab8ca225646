package org.charta.testing;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Base of tests on real repositories: a temporary folder, JGit reading an empty global configuration inside it,
 * and repositories and servers closed in reverse order after each test, even when it fails.
 */
public abstract class IsolatedGitTest {

    @TempDir
    protected Path temp;

    private final Deque<AutoCloseable> toClose = new ArrayDeque<>();

    @BeforeEach
    void isolateGit() throws Exception {
        TestGit.isolate(temp.resolve("git-config"));
    }

    @AfterEach
    void closeAll() throws Exception {
        while (!toClose.isEmpty()) {
            toClose.pop().close();
        }
        TestGit.restore();
    }

    /** Registers a repository, daemon or other resource to close after the test, and returns it. */
    protected <T extends AutoCloseable> T closeLater(T closeable) {
        toClose.push(closeable);
        return closeable;
    }
}
