package org.charta.core.merge;

import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;

/** One version of a path in a tree: its mode and object. */
record FileVersion(FileMode mode, ObjectId id) {

    /** Returns whether two versions, either possibly null for "no file", have the same mode and content. */
    static boolean same(FileVersion a, FileVersion b) {
        if (a == null || b == null) {
            return a == b;
        }
        return a.mode.getBits() == b.mode.getBits() && a.id.equals(b.id);
    }

    boolean isRegularFile() {
        return FileMode.REGULAR_FILE.equals(mode.getBits()) || FileMode.EXECUTABLE_FILE.equals(mode.getBits());
    }
}
