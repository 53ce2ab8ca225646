package org.charta.core.transport;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** Stack traces printed by JGit's upload-pack thread go to the log, and other threads' output is unchanged. */
class UploadPackTracesTest {

    @Test
    void uploadPackTraceLeavesStandardError() throws Exception {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        UploadPackTraces stream = new UploadPackTraces(new PrintStream(printed, true, StandardCharsets.UTF_8));
        IOException error = new IOException("Pipe closed");
        error.addSuppressed(new IOException("Pipe closed"));

        Thread thread = new Thread(() -> error.printStackTrace(stream), UploadPackTraces.THREAD_NAME);
        thread.start();
        thread.join();

        assertThat(printed.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void otherThreadsPrintUnchanged() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        UploadPackTraces stream = new UploadPackTraces(new PrintStream(printed, true, StandardCharsets.UTF_8));

        new IOException("Disk full").printStackTrace(stream);

        assertThat(printed.toString(StandardCharsets.UTF_8))
                .startsWith("java.io.IOException: Disk full")
                .contains("\tat org.charta.core.transport.UploadPackTracesTest");
    }
}
