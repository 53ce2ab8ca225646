package org.charta.core.git;

import org.charta.core.ChartaException;
import org.eclipse.jgit.api.ResetCommand.ResetType;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.ObjectId;

/** Temporary stand-in, replaced by the journaled update on merge. */
final class WorkTreeUpdate {

    private WorkTreeUpdate() {
    }

    static void move(CharterRepository charter, ObjectId from, ObjectId to) throws ChartaException {
        try {
            charter.git().reset().setMode(ResetType.HARD).setRef(to.name()).call();
        } catch (GitAPIException e) {
            throw GitErrors.translate(e, charter.repository());
        }
    }
}
