package org.charta.cli;

import org.charta.core.charter.Charter;
import org.charta.core.translation.FolderImport;
import org.charta.core.translation.Translations;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;

/**
 * {@code charta translate import LANGUAGE FOLDER}: imports each Markdown file of a folder as the translation of
 * the section whose source file has its name (or whose id is its name without {@code .md}).
 */
@Command(name = "import")
final class TranslateImportCommand extends CliCommand {

    @Parameters(index = "0", paramLabel = "LANGUAGE", descriptionKey = "param.translate.language")
    private String language;

    @Parameters(index = "1", paramLabel = "FOLDER", descriptionKey = "param.translate.folder")
    private Path folder;

    @Override
    int run() throws Exception {
        Charter charter = openCharter();
        FolderImport result = Translations.importFolder(charter, language, folder, identityFor(charter.folder()));

        cli().say("translate.folderImported", result.imported().size(), result.language(), folder);
        for (int i = 0; i < result.imported().size(); i++) {
            cli().say("translate.folderMatched", result.files().get(i).getFileName(), result.imported().get(i).id());
        }
        for (String sectionId : result.skipped()) {
            cli().say("translate.folderSkipped", sectionId, result.language());
        }
        for (Path file : result.unmatched()) {
            cli().say("translate.folderUnmatched", file.getFileName());
        }
        return ExitCodes.OK;
    }
}
