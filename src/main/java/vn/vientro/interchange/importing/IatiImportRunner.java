package vn.vientro.interchange.importing;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.vientro.aid.ImportedItems;
import vn.vientro.aid.ImportedMoney;
import vn.vientro.platform.Actor;
import vn.vientro.registry.Registry;
import vn.vientro.shared.BusinessRuleException;

/**
 * The background read of a file: the stream cut into activities, each checked by the schema and read for its facts,
 * kept a hundred at a time with the progress, so memory holds a hundred activities whatever the file's size.
 */
@Component
class IatiImportRunner {

    private static final Logger log = LoggerFactory.getLogger(IatiImportRunner.class);
    private static final int BATCH = 100;
    /** A progress write costs a commit: at most a few a second however small the activities. */
    private static final long PROGRESS_EVERY_NANOS = 500_000_000L;

    private final IatiImportJobs jobs;
    private final ActivityMatching matching;
    private final ActivityMerge merge;
    private final ImportedItems items;
    private final ImportedMoney money;
    private final Registry registry;
    private final TransactionTemplate transaction;

    IatiImportRunner(IatiImportJobs jobs, ActivityMatching matching, ActivityMerge merge, ImportedItems items,
                     ImportedMoney money, Registry registry, PlatformTransactionManager transactions) {
        this.money = money;
        this.jobs = jobs;
        this.matching = matching;
        this.merge = merge;
        this.items = items;
        this.registry = registry;
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * Writes each valid activity as its preview says, each in a transaction of its own: an activity the aid module's
     * rules refuse (an approved item cannot be redescribed, a draft lacks what the form requires) is listed with the
     * reason and the others are written. The actor is bound when a transaction takes its connection, so
     * {@code runAs} wraps the transactions: the audit trail names the user who ordered the import.
     */
    void apply(long jobId, String username, String fileName) {
        try {
            Actor.runAs(username, () -> {
                KnownOrganisations organisations = new KnownOrganisations(registry.choices());
                int[] counts = new int[3];
                List<IatiImportJobs.Stored> page;
                long after = 0;
                do {
                    page = jobs.stored(jobId, after, BATCH, true);
                    for (IatiImportJobs.Stored activity : page) {
                        applyOne(activity, organisations, counts, fileName);
                        after = activity.id();
                    }
                } while (page.size() == BATCH);
                jobs.finishApplying(jobId, counts[0], counts[1], counts[2]);
            });
        } catch (RuntimeException e) { // the boundary of a background job: what was written stays, listed
            log.error("Applying IATI import job {} failed", jobId, e);
            jobs.release(jobId, "interchange.import.failed");
        }
    }

    private void applyOne(IatiImportJobs.Stored activity, KnownOrganisations organisations, int[] counts,
                          String fileName) {
        try {
            ActivityMerge.Preview preview = merge.preview(activity, organisations);
            switch (preview.plan()) {
                case "CREATE" -> {
                    Long id = transaction.execute(status -> {
                        long drafted = items.draft(withDonor(preview),
                                preview.sectors() == null ? List.of() : preview.sectors(),
                                preview.locations() == null ? List.of() : preview.locations());
                        if (!preview.recordMoney().isEmpty()) {
                            money.record(drafted, preview.recordMoney(), "IATI: " + fileName);
                        }
                        return drafted;
                    });
                    jobs.outcome(activity.id(), "CREATED", id);
                    counts[0]++;
                }
                case "UPDATE" -> {
                    long item = java.util.Objects.requireNonNull(preview.itemId());
                    transaction.executeWithoutResult(status -> {
                        java.util.Map<String, Object> write = withDonor(preview);
                        if (!write.isEmpty() || preview.sectors() != null || preview.locations() != null) {
                            items.update(item, java.util.Objects.requireNonNull(preview.itemVersion()), write,
                                    preview.sectors(), preview.locations(), "IATI: " + fileName);
                        }
                        if (!preview.recordMoney().isEmpty()) {
                            money.record(item, preview.recordMoney(), "IATI: " + fileName);
                        }
                    });
                    jobs.outcome(activity.id(), "UPDATED", item);
                    counts[1]++;
                }
                case "UNCHANGED" -> {
                    jobs.outcome(activity.id(), "UNCHANGED", preview.itemId());
                    counts[2]++;
                }
                default -> jobs.refuse(activity.id(), preview.notes().isEmpty() ? "interchange.import.note.cannotDraft"
                        : preview.notes().get(preview.notes().size() - 1).key(),
                        preview.notes().isEmpty() ? new Object[0]
                                : preview.notes().get(preview.notes().size() - 1).arguments().toArray());
            }
        } catch (RuntimeException e) { // an import row's boundary: this activity is refused, the others go on
            if (e instanceof BusinessRuleException refused) {
                jobs.refuse(activity.id(), refused.messageKey(), refused.arguments());
            } else if (e instanceof org.springframework.security.access.AccessDeniedException) {
                jobs.refuse(activity.id(), "interchange.import.apply.denied");
            } else {
                log.error("Applying activity {} failed", activity.id(), e);
                jobs.refuse(activity.id(), "interchange.import.apply.failed");
            }
        }
    }

    /**
     * The values to write, with the donor the registry registers now when the user chose so: in the caller's
     * transaction, so a refused write leaves no organisation behind.
     */
    private java.util.Map<String, Object> withDonor(ActivityMerge.Preview preview) {
        if (preview.registerDonor() == null) {
            return preview.write();
        }
        long donor = registry.registerReported(preview.registerDonor());
        java.util.Map<String, Object> write = new java.util.LinkedHashMap<>(preview.write());
        if (preview.fillsDonor()) {
            write.put("donorId", donor);
        }
        return write;
    }

    /** Reads the spooled file into the job, then matches its valid activities; the spool is deleted either way. */
    void read(long jobId, Path spool) {
        try (Counting in = new Counting(Files.newInputStream(spool))) {
            List<IatiImportJobs.ReadActivity> batch = new ArrayList<>(BATCH);
            long[] reported = {System.nanoTime()};
            ActivityStream.Result result = ActivityPipeline.read(in, activity -> {
                batch.add(activity);
                if (batch.size() >= BATCH || System.nanoTime() - reported[0] > PROGRESS_EVERY_NANOS) {
                    jobs.read(jobId, batch, in.count());
                    batch.clear();
                    reported[0] = System.nanoTime();
                }
            });
            jobs.read(jobId, batch, in.count());
            matching.matchAll(jobId);
            jobs.finishReading(jobId, result.header(), result.stop());
        } catch (IOException | RuntimeException e) { // the boundary of a background job: record it, log once
            if (e instanceof BusinessRuleException refused) { // the file as a whole is not an IATI 2.0x activity file
                jobs.fail(jobId, refused.messageKey(), refused.arguments());
            } else {
                log.error("Reading IATI import job {} failed", jobId, e);
                jobs.fail(jobId, "interchange.import.failed");
            }
        } finally {
            try {
                Files.deleteIfExists(spool);
            } catch (IOException e) {
                log.warn("Could not delete the spool file of IATI import job {}", jobId, e);
            }
        }
    }

    /** Counts the bytes read, for the progress bar. */
    private static final class Counting extends FilterInputStream {

        private long count;

        Counting(InputStream in) {
            super(in);
        }

        long count() {
            return count;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
