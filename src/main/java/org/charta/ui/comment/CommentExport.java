package org.charta.ui.comment;

import javafx.stage.FileChooser;
import org.charta.core.ChartaException;
import org.charta.core.charter.Section;
import org.charta.core.comment.CommentThread;
import org.charta.core.comment.LocatedThread;
import org.charta.core.comment.ThreadExport;
import org.charta.core.comment.ThreadLocator;
import org.charta.core.io.AtomicFiles;
import org.charta.ui.app.AppContext;
import org.charta.ui.app.CharterSession;
import org.charta.ui.app.UiText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;

/**
 * Exports comment threads for a meeting. It prompts for the scope and format, then for the file, and writes a
 * Markdown report or CSV with core's {@link ThreadExport} on the serial lane. The open section's threads are located in
 * the editor's text, so the export matches the panel even before the text is saved.
 */
final class CommentExport {

    private static final Logger LOG = LoggerFactory.getLogger(CommentExport.class);

    private final AppContext context;
    private final Consumer<String> statusMessage;
    private BiFunction<ExportDialog.Format, String, Optional<Path>> fileChooser = this::chooseFile;

    CommentExport(AppContext context, Consumer<String> statusMessage) {
        this.context = context;
        this.statusMessage = statusMessage;
    }

    /** Replaces the file chooser, which receives the format and a proposed file name, for tests. */
    void setFileChooser(BiFunction<ExportDialog.Format, String, Optional<Path>> fileChooser) {
        this.fileChooser = fileChooser;
    }

    /** Prompts for what to export and where, then writes the file. */
    void ask(String sectionId, String sectionText, ListScope preferred) {
        if (context.session() == null) {
            return;
        }
        ExportDialog.ask(context.owner(), context.text(), sectionId != null, preferred).ifPresent(choice -> {
            String fileName = context.text().get("ui.comment.export.fileName") + "." + choice.format().extension();
            fileChooser.apply(choice.format(), fileName)
                    .ifPresent(file -> write(choice, file, sectionId, sectionText));
        });
    }

    /** Writes the export off the JavaFX thread and reports the outcome in the status bar or an error dialog. */
    void write(ExportDialog.Choice choice, Path file, String sectionId, String sectionText) {
        CharterSession session = context.session();
        UiText text = context.text();
        context.executor().submit("export comments to " + file, () -> {
            List<LocatedThread> threads = locate(session, choice.scope(), sectionId, sectionText);
            Map<String, String> titles = titles(session, text.language());
            String content = choice.format() == ExportDialog.Format.CSV
                    ? ThreadExport.csv(threads, id -> titles.getOrDefault(id, id))
                    : ThreadExport.markdown(threads, id -> titles.getOrDefault(id, id), text.locale());
            writeFile(file, content);
            LOG.info("Exported {} comment threads to {}", threads.size(), file);
            return threads.size();
        }, count -> statusMessage.accept(text.get("ui.comment.export.done", count, file.getFileName().toString())),
                error -> context.showError(text.get("ui.comment.export.failed"), error));
    }

    private static List<LocatedThread> locate(CharterSession session, ListScope scope, String sectionId,
                                              String sectionText) throws ChartaException {
        List<CommentThread> threads = scope == ListScope.SECTION
                ? session.comments().threads(sectionId)
                : session.comments().threads().stream().filter(thread -> !thread.anchor().isAmendment()).toList();
        Map<String, Optional<String>> texts = new HashMap<>();
        if (sectionId != null) {
            texts.put(sectionId, Optional.of(sectionText));
        }
        for (CommentThread thread : threads) {
            texts.computeIfAbsent(thread.sectionId(), id -> read(session, id));
        }
        return ThreadLocator.locateAll(threads, id -> texts.getOrDefault(id, Optional.empty()));
    }

    /** Returns a section's text, or empty when the section is gone or unreadable, which lists its threads orphaned. */
    private static Optional<String> read(CharterSession session, String sectionId) {
        try {
            return Optional.of(session.read(sectionId));
        } catch (ChartaException e) {
            LOG.info("Section {} cannot be read; its threads are exported as orphaned", sectionId, e);
            return Optional.empty();
        }
    }

    private static Map<String, String> titles(CharterSession session, String language) throws ChartaException {
        Map<String, String> titles = new HashMap<>();
        for (Section section : session.sections()) {
            titles.put(section.id(), section.title(language));
        }
        return titles;
    }

    private static void writeFile(Path file, String content) throws ChartaException {
        try {
            AtomicFiles.writeString(file, content);
        } catch (IOException e) {
            throw new ChartaException(e, "error.file.writeFailed", file.toString(), e.getMessage());
        }
    }

    private Optional<Path> chooseFile(ExportDialog.Format format, String fileName) {
        UiText text = context.text();
        FileChooser chooser = new FileChooser();
        chooser.setTitle(text.get("ui.comment.export.title"));
        chooser.setInitialFileName(fileName);
        String filterName = format == ExportDialog.Format.CSV ? text.get("ui.comment.export.filter.csv")
                : text.get("ui.comment.export.filter.markdown");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(filterName, "*." + format.extension()));
        CharterSession session = context.session();
        if (session != null && session.folder().getParent() != null) {
            chooser.setInitialDirectory(session.folder().getParent().toFile());
        }
        File chosen = chooser.showSaveDialog(context.owner());
        return Optional.ofNullable(chosen).map(File::toPath);
    }
}
