package vn.vientro.interchange.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import vn.vientro.interchange.InterchangePolicy;
import vn.vientro.interchange.InterchangeProblem;
import vn.vientro.platform.Actor;
import vn.vientro.platform.BackgroundJobs;
import vn.vientro.platform.JobQueue;
import vn.vientro.registry.Registry;
import vn.vientro.shared.BusinessRuleException;
import vn.vientro.shared.InvalidInputException;
import vn.vientro.shared.NotFoundException;
import vn.vientro.shared.TextLength;

/**
 * Imports another publisher's IATI activity file: the upload is spooled to disk and read in the background (progress
 * on the job), each activity checked and matched; the user then reviews the merge and orders it written.
 */
@Service
public class IatiImports {

    /**
     * The largest activity file, uploaded or fetched: a national publisher's file of 50 MB with room to spare. Read as a
     * stream, it costs disk, not memory; the servlet's limit (application.yml) is this, {@link IatiUploads} holds its
     * paths to it, and every other upload to the smaller default.
     */
    public static final long MAX_BYTES = 100L * 1024 * 1024;

    private final IatiImportJobs jobs;
    private final IatiImportRunner runner;
    private final ActivityMerge merge;
    private final Registry registry;
    private final CrossCheck crossCheck;
    private final RemoteFiles remote;
    /** The work runs as the signed-in user, so the aid module's own role checks apply to what it writes. */
    private final JobQueue queue;

    IatiImports(IatiImportJobs jobs, IatiImportRunner runner, ActivityMerge merge, Registry registry,
                CrossCheck crossCheck, RemoteFiles remote, BackgroundJobs background) {
        this.crossCheck = crossCheck;
        this.remote = remote;
        this.jobs = jobs;
        this.runner = runner;
        this.merge = merge;
        this.registry = registry;
        this.queue = background.queue("iati-import", 20, jobs::fail);
    }

    /**
     * Keeps the file and starts reading it in the background (after the caller's transaction commits, if any).
     *
     * @return the job to follow
     * @throws BusinessRuleException when the file is too large, or the same file is being imported now
     */
    @PreAuthorize(InterchangePolicy.IMPORT)
    public long upload(String fileName, InputStream content) throws IOException {
        TextLength.require("file", fileName, TextLength.NAME);
        Path spool = Files.createTempFile("iati-import-", ".xml");
        try {
            String hash = spool(content, spool);
            long size = Files.size(spool);
            if (size == 0) {
                throw new ImportFileRefused("interchange.import.file.empty");
            }
            long id = jobs.create(fileName, hash, size, Actor.current()).orElseThrow(() -> new BusinessRuleException(
                    InterchangeProblem.IATI_IMPORT_BUSY, "interchange.import.busy", "file"));
            queue.start(id, () -> runner.read(id, spool));
            return id;
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(spool);
            throw e;
        }
    }

    /**
     * Fetches the file at the address (public web only, within the size and time limits) and imports it as an upload.
     *
     * @return the job to follow
     * @throws BusinessRuleException at the field {@code url} when the address is refused or the fetch fails
     */
    @PreAuthorize(InterchangePolicy.IMPORT_FROM_ADDRESS)
    public long fetch(String address) throws IOException {
        TextLength.require("url", address, MAX_ADDRESS);
        if (address.isBlank()) {
            throw new InvalidInputException("url", "interchange.import.url.required");
        }
        return remote.fetch(address, this::upload);
    }

    /** The longest address accepted (browsers and servers commonly take about 2,000 characters). */
    public static final int MAX_ADDRESS = 2000;

    @PreAuthorize(InterchangePolicy.IMPORT)
    public ImportJobView job(long id) {
        return jobs.find(id).orElseThrow(() -> new NotFoundException("IATI import", id));
    }

    /** The job's activities in file order from {@code offset}; only those the schema refused when asked. */
    @PreAuthorize(InterchangePolicy.IMPORT)
    public List<ActivityRow> activities(long id, boolean refusedOnly, int offset, int limit) {
        job(id);
        return jobs.activities(id, refusedOnly, Math.max(0, offset), Math.max(1, Math.min(limit, 1000)));
    }

    /**
     * The merge preview of a page of the job's valid activities, in file order: what applying would do with each, field
     * by field, with the choices recorded so far.
     */
    @PreAuthorize(InterchangePolicy.IMPORT)
    public List<ActivityMerge.Preview> previews(long id, int offset, int limit) {
        job(id);
        KnownOrganisations organisations = new KnownOrganisations(registry.choices());
        List<ActivityMerge.Preview> previews = new ArrayList<>();
        for (ActivityRow row : jobs.activities(id, false, Math.max(0, offset), Math.max(1, Math.min(limit, 200)))) {
            if (row.valid()) {
                jobs.stored(id, row.id()).map(stored -> merge.preview(stored, organisations)).ifPresent(previews::add);
            }
        }
        return previews;
    }

    /**
     * The compliance cross-check of a read file: activities concerning the province with no approved item here, and
     * those whose reported disbursements differ from ours beyond the threshold.
     */
    @PreAuthorize(InterchangePolicy.IMPORT)
    public CrossCheck.Result crossCheck(long id) {
        ImportJobView job = job(id);
        return job.awaitingDecisions() || job.done() ? crossCheck.check(id)
                : new CrossCheck.Result(List.of(), false, java.math.BigDecimal.ZERO, CrossCheck.CHECKED);
    }

    /**
     * Records the user's choices, by activity and field ({@code KEEP}, {@code TAKE}, or {@code BOTH} for lists), and
     * on request starts writing in the background.
     *
     * @throws BusinessRuleException when the job is not waiting for choices (still reading, writing, or done)
     */
    @PreAuthorize(InterchangePolicy.IMPORT)
    public ImportJobView decide(long id, Map<Long, Map<String, String>> decisions, boolean apply) {
        ImportJobView job = job(id);
        if (!job.awaitingDecisions()) {
            throw new BusinessRuleException(InterchangeProblem.IATI_IMPORT_BUSY, "interchange.import.notAwaiting",
                    null);
        }
        decisions.forEach((activityId, choices) -> {
            IatiImportJobs.Stored stored = jobs.stored(id, activityId).orElseThrow(() -> new InvalidInputException(
                    "decisions", "interchange.import.decision.activity", activityId));
            Map<String, String> kept = new LinkedHashMap<>(stored.decisions());
            choices.forEach((field, choice) -> {
                if (!ActivityMerge.FIELDS_AND_LISTS.contains(field) || !ActivityMerge.CHOICES.contains(choice)) {
                    throw new InvalidInputException("decisions", "interchange.import.decision.choice", field, choice);
                }
                kept.put(field, choice);
            });
            jobs.decide(activityId, kept);
        });
        if (apply) {
            String hash = jobs.hash(id).orElseThrow();
            String username = Actor.current();
            if (!jobs.claim(id, hash, username)) {
                throw new BusinessRuleException(InterchangeProblem.IATI_IMPORT_BUSY, "interchange.import.busy", null);
            }
            queue.start(id, () -> runner.apply(id, username, job.fileName()));
        }
        return job(id);
    }

    /** Copies the upload to the spool file, refusing it past the limit, and answers its SHA-256. */
    private static String spool(InputStream content, Path spool) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        try (OutputStream out = new DigestOutputStream(Files.newOutputStream(spool), digest)) {
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            for (int n; (n = content.read(buffer)) >= 0; ) {
                total += n;
                if (total > MAX_BYTES) {
                    throw new ImportFileRefused("interchange.import.file.tooLarge", MAX_BYTES / (1024 * 1024));
                }
                out.write(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
