package org.charta.cli;

import org.charta.core.Identity;
import org.charta.core.charter.Charter;
import org.charta.core.charter.CharterSetup;
import org.charta.core.charter.Slugs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@code charta import}: a new charter from one Markdown document, one section per top-level heading. */
@Command(name = "import")
final class ImportCommand extends CliCommand {

    /** Folder name used when the document's file name has no Latin letter or digit to make a slug from. */
    private static final String FALLBACK_FOLDER = "charter";

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "param.import.file")
    private Path document;

    @Parameters(index = "1", arity = "0..1", paramLabel = "DIR", descriptionKey = "param.import.dir")
    private Path folder;

    @Option(names = "--title", paramLabel = "TITLE", descriptionKey = "option.title")
    private String title;

    @Option(names = "--language", paramLabel = "TAG", converter = Languages.TagConverter.class,
            descriptionKey = "option.language")
    private List<String> languages = new ArrayList<>();

    @Override
    int run() throws Exception {
        Path target = (folder == null ? defaultFolder(document) : folder).toAbsolutePath().normalize();
        Identity author = identityFor(target);
        Charter charter = CharterSetup.importDocument(document.toAbsolutePath(), target, title,
                Languages.orDefault(languages), author);

        cli().say("import.done", document, charter.title(), charter.folder(), charter.manifest().sections().size());
        return ExitCodes.OK;
    }

    /** Returns a folder in the current folder named after the document: {@code Draft 2.md} gives {@code draft-2}. */
    static Path defaultFolder(Path document) {
        String fileName = document.getFileName().toString();
        int dot = fileName.lastIndexOf('.');
        String slug = Slugs.slug(dot > 0 ? fileName.substring(0, dot) : fileName);
        return Path.of(slug.isEmpty() ? FALLBACK_FOLDER : slug);
    }
}
