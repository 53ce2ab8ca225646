package org.charta.core.git;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.NullProgressMonitor;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.transport.PushResult;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.RemoteRefUpdate;
import org.eclipse.jgit.transport.Transport;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Pushes refs without force and reads the status of every updated ref, because JGit's push does not throw
 * when the remote rejects a ref.
 */
final class Pusher {

    /** The remote's verdict on the pushed refs. */
    enum Verdict {
        /** Every ref was updated or already had the value. */
        ACCEPTED,
        /** The remote ref moved on (non-fast-forward): fetch, merge and push again. */
        BEHIND,
        /** Any other rejection; pushing again does not help. */
        REJECTED
    }

    /**
     * The outcome of a push.
     *
     * @param verdict  the worst verdict over all refs
     * @param statuses one "ref: STATUS (message)" entry per ref, for logs and messages
     */
    record Outcome(Verdict verdict, List<String> statuses) {

        String describe() {
            return String.join(", ", statuses);
        }
    }

    private Pusher() {
    }

    /** Pushes {@code main} to {@code main} on {@code origin}, never forced. */
    static Outcome pushMain(Git git) throws GitAPIException {
        RefSpec spec = new RefSpec(Remotes.MAIN_REF + ":" + Remotes.MAIN_REF).setForceUpdate(false);
        Iterable<PushResult> results = git.push()
                .setRemote(Remotes.ORIGIN)
                .setRefSpecs(spec)
                .setForce(false)
                .setAtomic(false)
                .setTimeout(Remotes.TIMEOUT_SECONDS)
                .call();
        List<RemoteRefUpdate> updates = new ArrayList<>();
        for (PushResult result : results) {
            updates.addAll(result.getRemoteUpdates());
        }
        return judge(updates);
    }

    /**
     * Pushes a tag only if the remote does not have it yet or has it with the same value. The update expects the
     * remote tag to be absent, so a remote tag of that name on another object is rejected instead of moved.
     */
    static Outcome pushNewTag(Git git, String tagRef) throws IOException {
        try (Transport transport = Transport.open(git.getRepository(), Remotes.ORIGIN)) {
            transport.setTimeout(Remotes.TIMEOUT_SECONDS);
            RemoteRefUpdate update = new RemoteRefUpdate(git.getRepository(), tagRef, tagRef, false, null,
                    ObjectId.zeroId());
            PushResult result = transport.push(NullProgressMonitor.INSTANCE, List.of(update));
            return judge(new ArrayList<>(result.getRemoteUpdates()));
        } catch (java.net.URISyntaxException e) {
            throw new IOException(e);
        }
    }

    private static Outcome judge(List<RemoteRefUpdate> updates) {
        Verdict verdict = updates.isEmpty() ? Verdict.REJECTED : Verdict.ACCEPTED;
        List<String> statuses = new ArrayList<>();
        for (RemoteRefUpdate update : updates) {
            RemoteRefUpdate.Status status = update.getStatus();
            statuses.add(update.getRemoteName() + ": " + status
                    + (update.getMessage() == null ? "" : " (" + update.getMessage() + ")"));
            verdict = worse(verdict, verdictOf(status));
        }
        if (updates.isEmpty()) {
            statuses.add("no ref was pushed");
        }
        return new Outcome(verdict, statuses);
    }

    private static Verdict verdictOf(RemoteRefUpdate.Status status) {
        return switch (status) {
            case OK, UP_TO_DATE -> Verdict.ACCEPTED;
            case REJECTED_NONFASTFORWARD, REJECTED_REMOTE_CHANGED -> Verdict.BEHIND;
            default -> Verdict.REJECTED;
        };
    }

    private static Verdict worse(Verdict first, Verdict second) {
        return first.ordinal() >= second.ordinal() ? first : second;
    }
}
