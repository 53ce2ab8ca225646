package org.charta.cli;

import org.charta.core.charter.Charter;
import org.charta.core.translation.FolderImport;
import org.charta.core.translation.ImportMatch;
import org.charta.core.translation.Translations;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;

/**
 * {@code charta translate import LANGUAGE FOLDER|FILE}: imports each Markdown file of a folder as the translation
 * of the section it matches by name (or, when no name matches and the counts agree, by order), or splits one whole
 * translated document into sections and pairs them with the charter's sections in order.
 */
@Command(name = "import")
final class TranslateImportCommand extends CliCommand {

    @Parameters(index = "0", paramLabel = "LANGUAGE", converter = Languages.TagConverter.class,
            descriptionKey = "param.translate.language")
    private String language;

    @Parameters(index = "1", paramLabel = "FOLDER|FILE", descriptionKey = "param.translate.folder")
    private Path folder;

    @Override
    int run() throws Exception {
        Charter charter = openCharter();
        FolderImport result = Translations.importFolder(charter, language, folder, identityFor(charter.folder()));

        cli().say("translate.folderImported", result.imported().size(), result.language(), folder);
        if (result.plan().isDocument()) {
            cli().say("translate.documentSplit", result.plan().matches().size());
        } else if (result.plan().byOrder()) {
            cli().say("translate.matchedByOrder", result.plan().matches().size());
        }
        for (int i = 0; i < result.imported().size(); i++) {
            cli().say("translate.folderMatched", result.written().get(i).origin(), result.imported().get(i).id());
        }
        for (ImportMatch match : result.plan().matches()) {
            if (match.existing()) {
                cli().say("translate.folderSkipped", match.sectionId(), result.language());
            }
        }
        for (Path file : result.plan().wholeDocuments()) {
            cli().say("translate.folderWholeDocument", file.getFileName());
        }
        for (Path file : result.unmatched()) {
            cli().say("translate.folderUnmatched", file.getFileName());
        }
        return ExitCodes.OK;
    }
}
