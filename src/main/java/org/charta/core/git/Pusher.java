package org.charta.core.git;

import org.charta.core.transport.RemoteAccess;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.transport.PushResult;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.RemoteRefUpdate;
import org.eclipse.jgit.transport.Transport;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Pushes refs without force and reads the status of every updated ref, because JGit's push does not throw
 * when the remote rejects a ref.
 */
final class Pusher {

    /** The remote's verdict on the pushed refs. */
    enum Verdict {
        /** Every ref was updated or already had the value. */
        ACCEPTED,
        /**
         * The remote ref moved on, before the push (non-fast-forward) or while the remote was updating it (lock
         * failure): fetch, merge and push again.
         */
        BEHIND,
        /** Any other rejection; pushing again does not help. */
        REJECTED
    }

    /**
     * The outcome of a push.
     *
     * @param verdict  the worst verdict over all refs
     * @param statuses one "ref: STATUS (message)" entry per ref, for logs and messages
     * @param serverReason the lines the server sent about the push (a hook's output) and its reasons for refusing
     *                     refs, or null when it sent none
     * @param verdicts     the verdict on each remote ref, by name
     */
    record Outcome(Verdict verdict, List<String> statuses, String serverReason, Map<String, Verdict> verdicts) {

        String describe() {
            return String.join(", ", statuses);
        }

        /** Returns the verdict on one remote ref; a ref the result does not name counts as rejected. */
        Verdict verdictOf(String remoteRef) {
            return verdicts.getOrDefault(remoteRef, Verdict.REJECTED);
        }
    }

    private Pusher() {
    }

    /** Pushes {@code main} to {@code main} on {@code origin} without credentials, never forced. */
    static Outcome pushMain(Git git) throws GitAPIException {
        return pushMain(git, RemoteAccess.anonymous());
    }

    /** Pushes {@code main} to {@code main} on {@code origin}, never forced. */
    static Outcome pushMain(Git git, RemoteAccess access) throws GitAPIException {
        return pushToMain(git, Remotes.MAIN_REF, access);
    }

    /** Pushes a local branch to {@code main} on {@code origin}, never forced. */
    static Outcome pushToMain(Git git, String localRef, RemoteAccess access) throws GitAPIException {
        RefSpec spec = new RefSpec(localRef + ":" + Remotes.MAIN_REF).setForceUpdate(false);
        Iterable<PushResult> results = access.configure(git.push())
                .setRemote(Remotes.ORIGIN)
                .setRefSpecs(spec)
                .setForce(false)
                .setAtomic(false)
                .setProgressMonitor(access.monitor())
                .call();
        List<RemoteRefUpdate> updates = new ArrayList<>();
        StringBuilder serverText = new StringBuilder();
        for (PushResult result : results) {
            updates.addAll(result.getRemoteUpdates());
            serverText.append(result.getMessages() == null ? "" : result.getMessages());
        }
        return judge(updates, serverText.toString());
    }

    /**
     * Pushes several refs in one exchange, never forced. Each update names the remote value it expects (zero for a
     * ref the remote must not have yet), so a ref that moved since the last fetch is rejected and reported as
     * {@link Verdict#BEHIND}. The remote applies or rejects each ref on its own: one rejected ref does not stop the
     * others.
     */
    static Outcome push(Git git, List<RemoteRefUpdate> updates, RemoteAccess access) throws IOException {
        try (Transport transport = access.configure(Transport.open(git.getRepository(), Remotes.ORIGIN))) {
            PushResult result = transport.push(access.monitor(), updates);
            return judge(new ArrayList<>(result.getRemoteUpdates()), result.getMessages());
        } catch (java.net.URISyntaxException e) {
            throw new IOException(e);
        }
    }

    /**
     * Pushes a tag only if the remote does not have it yet or has it with the same value. The update expects the
     * remote tag to be absent, so a remote tag of that name on another object is rejected instead of moved.
     */
    static Outcome pushNewTag(Git git, String tagRef, RemoteAccess access) throws IOException {
        try (Transport transport = access.configure(Transport.open(git.getRepository(), Remotes.ORIGIN))) {
            RemoteRefUpdate update = new RemoteRefUpdate(git.getRepository(), tagRef, tagRef, false, null,
                    ObjectId.zeroId());
            PushResult result = transport.push(access.monitor(), List.of(update));
            return judge(new ArrayList<>(result.getRemoteUpdates()), result.getMessages());
        } catch (java.net.URISyntaxException e) {
            throw new IOException(e);
        }
    }

    private static Outcome judge(List<RemoteRefUpdate> updates, String serverText) {
        Verdict verdict = updates.isEmpty() ? Verdict.REJECTED : Verdict.ACCEPTED;
        List<String> statuses = new ArrayList<>();
        Map<String, Verdict> verdicts = new LinkedHashMap<>();
        for (RemoteRefUpdate update : updates) {
            RemoteRefUpdate.Status status = update.getStatus();
            statuses.add(update.getRemoteName() + ": " + status
                    + (update.getMessage() == null ? "" : " (" + update.getMessage() + ")"));
            Verdict refVerdict = verdictOf(status, update.getMessage());
            verdicts.put(update.getRemoteName(), refVerdict);
            verdict = worse(verdict, refVerdict);
        }
        if (updates.isEmpty()) {
            statuses.add("no ref was pushed");
        }
        return new Outcome(verdict, statuses, serverReason(updates, serverText), Map.copyOf(verdicts));
    }

    /** Joins what the server sent on the side channel with its per-ref reasons, without blank lines. */
    private static String serverReason(List<RemoteRefUpdate> updates, String serverText) {
        List<String> lines = new ArrayList<>();
        if (serverText != null) {
            serverText.lines().map(String::strip).filter(line -> !line.isEmpty()).forEach(lines::add);
        }
        for (RemoteRefUpdate update : updates) {
            String message = update.getMessage();
            if (update.getStatus() != RemoteRefUpdate.Status.OK && message != null && !lines.contains(message)) {
                lines.add(message);
            }
        }
        return lines.isEmpty() ? null : String.join("\n", lines);
    }

    private static Verdict verdictOf(RemoteRefUpdate.Status status, String message) {
        return switch (status) {
            case OK, UP_TO_DATE -> Verdict.ACCEPTED;
            case REJECTED_NONFASTFORWARD, REJECTED_REMOTE_CHANGED -> Verdict.BEHIND;
            case REJECTED_OTHER_REASON -> isConcurrentUpdate(message) ? Verdict.BEHIND : Verdict.REJECTED;
            default -> Verdict.REJECTED;
        };
    }

    /**
     * Returns whether the remote's reason for rejecting a ref means that another push changed the ref while this
     * one was being applied. Git's receive-pack reports "failed to update ref" and "cannot lock ref ... is at X but
     * expected Y"; JGit's reports "lock error"; "stale info" is Git's reply to an outdated expected value.
     */
    static boolean isConcurrentUpdate(String message) {
        if (message == null) {
            return false;
        }
        String lower = message.toLowerCase(Locale.ROOT);
        return lower.contains("failed to update ref")
                || lower.contains("cannot lock ref")
                || lower.contains("lock error")
                || lower.contains("failed to lock")
                || lower.contains("stale info");
    }

    private static Verdict worse(Verdict first, Verdict second) {
        return first.ordinal() >= second.ordinal() ? first : second;
    }
}
