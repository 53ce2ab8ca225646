package org.charta.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the {@code git} command line as a child process with its own {@code HOME} (containing
 * {@link Isolation#USER_CONFIG}) and without the system configuration, so the git side of a benchmark behaves the
 * same on every machine. Author and committer come from the environment.
 */
final class GitCli {

    private final Path home;

    GitCli(Path home) throws IOException {
        this.home = Files.createDirectories(home);
        Files.writeString(home.resolve(".gitconfig"), Isolation.USER_CONFIG);
    }

    /** Runs {@code git args} in {@code folder} and returns its output. Throws on a non-zero exit code. */
    String run(Path folder, String... args) throws IOException, InterruptedException {
        Result result = runAllowingFailure(folder, args);
        if (result.exitCode() != 0) {
            throw new IOException("git " + String.join(" ", args) + " in " + folder + " exited with "
                    + result.exitCode() + ": " + result.output());
        }
        return result.output();
    }

    /** Runs {@code git args} in {@code folder} and returns the exit code with the output, whatever the code. */
    Result runAllowingFailure(Path folder, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add("git");
        command.addAll(List.of(args));
        ProcessBuilder builder = environment(new ProcessBuilder(command)).directory(folder.toFile());
        builder.redirectErrorStream(true);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(process.waitFor(), output);
    }

    /** Gives {@code builder} the isolated environment of this runner. */
    ProcessBuilder environment(ProcessBuilder builder) {
        builder.environment().put("HOME", home.toString());
        builder.environment().put("XDG_CONFIG_HOME", home.resolve(".config").toString());
        builder.environment().put("GIT_CONFIG_NOSYSTEM", "1");
        builder.environment().put("GIT_TERMINAL_PROMPT", "0");
        builder.environment().put("GIT_AUTHOR_NAME", Fixtures.AUTHOR.name());
        builder.environment().put("GIT_AUTHOR_EMAIL", Fixtures.AUTHOR.email());
        builder.environment().put("GIT_COMMITTER_NAME", Fixtures.AUTHOR.name());
        builder.environment().put("GIT_COMMITTER_EMAIL", Fixtures.AUTHOR.email());
        return builder;
    }

    /** The exit code and the merged standard output and error of one {@code git} process. */
    record Result(int exitCode, String output) {
    }
}
