package org.charta.ui.conflict;

import org.charta.core.merge.Conflict;
import org.charta.core.merge.ConflictKind;
import org.charta.ui.app.UiText;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;

/** The words that name a conflict in the list and above its versions, in the UI language. */
final class ConflictLabels {

    private final UiText text;
    private final Function<String, String> sectionTitle;

    /** @param sectionTitle returns the title of a section by its id, or null when it does not know the id */
    ConflictLabels(UiText text, Function<String, String> sectionTitle) {
        this.text = text;
        this.sectionTitle = sectionTitle;
    }

    UiText text() {
        return text;
    }

    /** Returns the heading that a conflict is listed under: its section's title, or its file. */
    String group(Conflict conflict) {
        if (conflict.sectionId() != null) {
            String title = sectionTitle.apply(conflict.sectionId());
            return title == null || title.isBlank() ? conflict.sectionId() : title;
        }
        if (conflict.kind() == ConflictKind.MANIFEST) {
            return text.get("ui.conflict.group.settings");
        }
        return conflict.path();
    }

    /** Returns the name of a conflict inside its group. */
    String item(Conflict conflict) {
        return switch (conflict.kind()) {
            case PARAGRAPH -> conflict.paragraph() > 0
                    ? text.get("ui.conflict.item.paragraph", conflict.paragraph())
                    : text.get("ui.conflict.item.text");
            case SECTION_DELETED -> text.get("ui.conflict.item.section");
            case MANIFEST -> field(conflict.field());
            case FILE -> text.get("ui.conflict.item.file");
        };
    }

    /**
     * Returns the size of one version of a file in bytes, or a word for a missing file.
     *
     * <p>NOTE: the contract gives every version as a Java string, so this counts the UTF-8 bytes of that string;
     * for a file that is not UTF-8 the figure can differ from the size on disk.
     */
    String size(String version) {
        if (version == null) {
            return text.get("ui.conflict.file.absent");
        }
        return text.get("ui.conflict.file.size", version.getBytes(StandardCharsets.UTF_8).length);
    }

    /** Names a manifest field the way the window shows it: the charter title, the order of sections, a title. */
    private String field(String field) {
        if (field == null) {
            return text.get("ui.conflict.item.setting");
        }
        List<String> names = List.of(field.split("/"));
        return switch (names.get(0)) {
            case "title" -> text.get("ui.conflict.field.title");
            case "languages" -> text.get("ui.conflict.field.languages");
            case "sections" -> sectionField(names);
            case "governance" -> text.get("ui.conflict.field.governance", String.join(" › ", names.subList(1,
                    names.size())));
            default -> text.get("ui.conflict.field.other", String.join(" › ", names));
        };
    }

    private String sectionField(List<String> names) {
        if (names.size() == 1) {
            return text.get("ui.conflict.field.order");
        }
        if (names.size() == 4 && names.get(2).equals("titles")) {
            return text.get("ui.conflict.field.sectionTitle", names.get(3));
        }
        return text.get("ui.conflict.field.other", String.join(" › ", names.subList(2, names.size())));
    }
}
