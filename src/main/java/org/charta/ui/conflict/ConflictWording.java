package org.charta.ui.conflict;

import org.charta.ui.app.UiText;

/**
 * The sentences of the conflict window for one purpose. A sync speaks of "your version" and "their version". An
 * amendment's merge or update names its two sides instead: the amendment and the text it merges with, in the order
 * the merge compares them.
 */
final class ConflictWording {

    private static final String AMENDMENT = "ui.conflict.amendment.";

    private final UiText text;
    private final ConflictDialog.Purpose purpose;

    ConflictWording(UiText text, ConflictDialog.Purpose purpose) {
        this.text = text;
        this.purpose = purpose;
    }

    UiText text() {
        return text;
    }

    /** Returns the sentence of a {@code ui.conflict.*} key, reworded for an amendment when the purpose is one. */
    String get(String key, Object... arguments) {
        if (purpose == ConflictDialog.Purpose.SYNC) {
            return text.get(key, arguments);
        }
        boolean oursIsAmendment = purpose == ConflictDialog.Purpose.AMENDMENT_UPDATE;
        return switch (key) {
            case "ui.conflict.pane.mine" -> name(oursIsAmendment);
            case "ui.conflict.pane.theirs" -> name(!oursIsAmendment);
            case "ui.conflict.pane.mine.removed" -> amendment("pane.removed", name(oursIsAmendment));
            case "ui.conflict.pane.theirs.removed" -> amendment("pane.removed", name(!oursIsAmendment));
            case "ui.conflict.pane.mine.deleted" -> amendment("pane.deleted", name(oursIsAmendment));
            case "ui.conflict.pane.theirs.deleted" -> amendment("pane.deleted", name(!oursIsAmendment));
            case "ui.conflict.explain.removedByYou" -> amendment("explain.removed", name(oursIsAmendment),
                    lower(!oursIsAmendment));
            case "ui.conflict.explain.removedByThem" -> amendment("explain.removed", name(!oursIsAmendment),
                    lower(oursIsAmendment));
            case "ui.conflict.explain.sectionDeletedByYou" -> amendment("explain.sectionDeleted",
                    name(oursIsAmendment), lower(!oursIsAmendment));
            case "ui.conflict.explain.sectionDeletedByThem" -> amendment("explain.sectionDeleted",
                    name(!oursIsAmendment), lower(oursIsAmendment));
            case "ui.conflict.file.sizes" -> amendment("file.sizes", arguments[0], arguments[1], arguments[2],
                    name(oursIsAmendment), name(!oursIsAmendment));
            case "ui.conflict.keepMine" -> amendment(keep(oursIsAmendment));
            case "ui.conflict.keepTheirs" -> amendment(keep(!oursIsAmendment));
            case "ui.conflict.keepMine.tooltip" -> amendment(keep(oursIsAmendment) + ".tooltip");
            case "ui.conflict.keepTheirs.tooltip" -> amendment(keep(!oursIsAmendment) + ".tooltip");
            case "ui.conflict.keepBoth.tooltip" -> amendment("keepBoth.tooltip", lower(oursIsAmendment));
            case "ui.conflict.result.both" -> amendment("result.both", lower(oursIsAmendment));
            case "ui.conflict.result.fileKeptMine" -> amendment("result.fileKept", arguments[0], arguments[1],
                    lower(oursIsAmendment));
            case "ui.conflict.result.fileKeptTheirs" -> amendment("result.fileKept", arguments[0], arguments[1],
                    lower(!oursIsAmendment));
            case "ui.conflict.result.theirsAlsoKept" -> amendment("result.alsoKept", lower(!oursIsAmendment));
            case "ui.conflict.result.mineAlsoKept" -> amendment("result.alsoKept", lower(oursIsAmendment));
            case "ui.conflict.pane.base.none", "ui.conflict.explain.paragraph", "ui.conflict.explain.setting",
                 "ui.conflict.explain.file", "ui.conflict.abort", "ui.conflict.abort.header",
                 "ui.conflict.abort.message", "ui.conflict.abort.confirm" ->
                    text.get(AMENDMENT + key.substring("ui.conflict.".length()), arguments);
            default -> text.get(key, arguments);
        };
    }

    private String amendment(String key, Object... arguments) {
        return text.get(AMENDMENT + key, arguments);
    }

    private String name(boolean amendmentSide) {
        return amendment(amendmentSide ? "side.amendment" : "side.target");
    }

    private String lower(boolean amendmentSide) {
        return amendment(amendmentSide ? "side.amendment.inSentence" : "side.target.inSentence");
    }

    private static String keep(boolean amendmentSide) {
        return amendmentSide ? "keepAmendment" : "keepTarget";
    }
}
