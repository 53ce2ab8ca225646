package org.charta.cli;

import org.charta.core.Identity;
import org.charta.core.charter.CharterInit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@code charta init}: creates a charter in an empty folder, or adopts a folder of Markdown files in place. */
@Command(name = "init")
final class InitCommand extends CliCommand {

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", descriptionKey = "param.init.dir")
    private Path folder;

    @Option(names = "--title", paramLabel = "TITLE", descriptionKey = "option.title")
    private String title;

    @Option(names = "--language", paramLabel = "TAG", converter = Languages.TagConverter.class,
            descriptionKey = "option.language")
    private List<String> languages = new ArrayList<>();

    @Override
    int run() throws Exception {
        Path target = folder == null ? root().charterFolder() : folder.toAbsolutePath().normalize();
        Identity author = identityFor(target);
        CharterInit.Result result = CharterInit.initialize(target, title, Languages.orDefault(languages), author);

        int sections = result.charter().manifest().sections().size();
        String key = result.kind() == CharterInit.Kind.CREATED ? "init.created" : "init.adopted";
        cli().say(key, result.charter().title(), result.charter().folder(), sections);
        return ExitCodes.OK;
    }
}
