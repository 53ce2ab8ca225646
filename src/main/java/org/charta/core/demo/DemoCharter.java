package org.charta.core.demo;

import org.charta.core.AppFolders;
import org.charta.core.ChartaException;
import org.charta.core.Identity;
import org.charta.core.charter.Charter;
import org.charta.core.charter.CharterSetup;
import org.charta.core.charter.Manifest;
import org.charta.core.charter.ManifestStore;
import org.charta.core.charter.SectionEntry;
import org.charta.core.git.CharterRepository;
import org.charta.core.git.GitErrors;
import org.charta.core.governance.Governance;
import org.charta.core.governance.Member;
import org.charta.core.governance.Role;
import org.charta.core.io.AtomicFiles;
import org.charta.core.io.Folders;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.transport.PushResult;
import org.eclipse.jgit.transport.RemoteRefUpdate;
import org.eclipse.jgit.transport.URIish;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The sample charter that opens on first run: a bare repository in the user's data folder acts as the
 * shared remote, and a working clone of it is what the window opens. The text ships in the application's
 * resources under {@code org/charta/assets/demo}.
 */
public final class DemoCharter {

    private static final Logger LOG = LoggerFactory.getLogger(DemoCharter.class);

    private static final String RESOURCE_ROOT = "/org/charta/assets/demo/";
    private static final Identity DEMO_AUTHOR = new Identity("Charta demo", "demo@charta.invalid");

    /** One valid vote in three: the sample drafters never vote, so the person's vote alone must reach quorum. */
    private static final double DEMO_QUORUM = 0.3;

    /** The two sample drafters the demo lists next to the person, so that a vote has members to count. */
    private static final List<Member> SAMPLE_DRAFTERS = List.of(
            new Member("Amina Diallo", "amina@demo.charta.invalid", Role.DRAFTER),
            new Member("Tomás Ortega", "tomas@demo.charta.invalid", Role.DRAFTER));

    private DemoCharter() {
    }

    public static Path demoFolder() {
        return AppFolders.dataFolder().resolve("demo");
    }

    /** Returns the working clone of the demo charter, creating it and its shared remote on first use. */
    public static Path ensure() throws ChartaException {
        return ensure(demoFolder(), null);
    }

    /**
     * Returns the working clone of the demo charter, creating it on first use with {@code person} as its
     * coordinator and two sample drafters as the other members, so that the whole amendment cycle, vote included,
     * works out of the box.
     *
     * @param person the identity of the person at the window, or null when it is not known yet: the demo then
     *               lists the two drafters only and has no coordinator, which lets anyone coordinate
     */
    public static Path ensure(Identity person) throws ChartaException {
        return ensure(demoFolder(), person);
    }

    static Path ensure(Path demoFolder) throws ChartaException {
        return ensure(demoFolder, null);
    }

    static Path ensure(Path demoFolder, Identity person) throws ChartaException {
        Path workingCopy = demoFolder.resolve("charter");
        if (Charter.isCharter(workingCopy) && CharterRepository.isRepository(workingCopy)) {
            return workingCopy;
        }
        Path sharedRemote = demoFolder.resolve("shared.git");
        if (Files.exists(workingCopy) || Files.exists(sharedRemote)) {
            // A half-created demo from an interrupted first run: start again rather than open a broken charter.
            try {
                Folders.deleteTree(demoFolder);
            } catch (IOException e) {
                throw new ChartaException(e, "error.file.deleteFailed", demoFolder.toString(), e.getMessage());
            }
        }
        LOG.info("Creating the demo charter in {}", demoFolder);
        createSharedRemote(sharedRemote);
        createWorkingCopy(workingCopy, sharedRemote, person);
        return workingCopy;
    }

    private static void createSharedRemote(Path sharedRemote) throws ChartaException {
        try (Git ignored = Git.init().setBare(true).setInitialBranch(CharterRepository.MAIN_BRANCH)
                .setGitDir(sharedRemote.toFile()).setDirectory(sharedRemote.toFile()).call()) {
            LOG.info("Created the demo's shared remote {}", sharedRemote);
        } catch (GitAPIException e) {
            throw new ChartaException(e, "error.git.initFailed", sharedRemote.toString(), e.getMessage());
        }
    }

    private static void createWorkingCopy(Path workingCopy, Path sharedRemote, Identity person)
            throws ChartaException {
        Manifest manifest = ManifestStore.parseResource(readResource("charter.json"), RESOURCE_ROOT + "charter.json");
        Governance rules = Governance.of(manifest);
        new Governance(members(person), DEMO_QUORUM, rules.majority(), rules.votingDays()).applyTo(manifest);
        try {
            for (SectionEntry entry : manifest.sections()) {
                AtomicFiles.writeString(workingCopy.resolve(entry.path()), readResource(entry.path()));
            }
            ManifestStore.write(workingCopy, manifest);
            AtomicFiles.writeString(workingCopy.resolve(".gitattributes"), CharterSetup.GIT_ATTRIBUTES);
        } catch (IOException e) {
            throw new ChartaException(e, "error.file.writeFailed", workingCopy.toString(), e.getMessage());
        }

        try (CharterRepository repository = CharterRepository.init(workingCopy)) {
            repository.record("Start the demo charter", DEMO_AUTHOR);
            DemoComments.write(workingCopy, readResource(DemoComments.RESOURCE));
            repository.record("Discuss the preamble and membership", DEMO_AUTHOR);
            pushToSharedRemote(repository, sharedRemote);
        }
    }

    private static List<Member> members(Identity person) {
        List<Member> members = new ArrayList<>();
        if (person != null) {
            members.add(new Member(person.name(), person.email(), Role.COORDINATOR));
        }
        SAMPLE_DRAFTERS.stream()
                .filter(drafter -> person == null || !drafter.email().equalsIgnoreCase(person.email()))
                .forEach(members::add);
        return members;
    }

    private static void pushToSharedRemote(CharterRepository repository, Path sharedRemote) throws ChartaException {
        try {
            repository.git().remoteAdd().setName("origin").setUri(new URIish(sharedRemote.toUri().toString())).call();
            StoredConfig config = repository.repository().getConfig();
            config.setString("branch", CharterRepository.MAIN_BRANCH, "remote", "origin");
            config.setString("branch", CharterRepository.MAIN_BRANCH, "merge", "refs/heads/main");
            config.save();
            for (PushResult result : repository.git().push().setRemote("origin").add("main").call()) {
                for (RemoteRefUpdate update : result.getRemoteUpdates()) {
                    if (update.getStatus() != RemoteRefUpdate.Status.OK) {
                        throw new IllegalStateException("Push of the demo charter was " + update.getStatus());
                    }
                }
            }
        } catch (GitAPIException e) {
            throw GitErrors.translate(e, repository.repository());
        } catch (IOException e) {
            throw new ChartaException(e, "error.file.writeFailed", sharedRemote.toString(), e.getMessage());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("A local path did not form a valid Git URI", e);
        }
    }

    static String readResource(String relativePath) {
        String name = RESOURCE_ROOT + relativePath;
        try (InputStream stream = DemoCharter.class.getResourceAsStream(name)) {
            if (stream == null) {
                throw new IllegalStateException("The demo charter resource " + name + " is missing from the build");
            }
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
