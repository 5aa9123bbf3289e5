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

    IatiImportRunner(IatiImportJobs jobs, ActivityMatching matching) {
        this.jobs = jobs;
        this.matching = matching;
    }

    /** Reads the spooled file into the job, then matches its valid activities; the spool is deleted either way. */
    void read(long jobId, Path spool) {
        try (Counting in = new Counting(Files.newInputStream(spool))) {
            ActivitySchema schema = new ActivitySchema();
            List<IatiImportJobs.ReadActivity> batch = new ArrayList<>(BATCH);
            long[] reported = {System.nanoTime()};
            ActivityStream.Result result = ActivityStream.read(in, (header, raw) -> {
                List<SchemaError> errors = schema.check(header, raw);
                ActivityFacts facts = ActivityFacts.read(header.rootTag() + raw.text() + "</" + ActivityStream.ROOT
                        + ">");
                batch.add(new IatiImportJobs.ReadActivity(raw.position(), raw.line(), errors, facts));
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
