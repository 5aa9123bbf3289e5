package vn.vientro.platform;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.vientro.identity.Staff;
import vn.vientro.testing.VientroIntegrationTest;
import vn.vientro.testing.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one mechanism of long work: a queue runs the work after the caller's commit, as the user who asked; a full
 * queue fails the job in words; a job's page shows its stored progress on every visit, and a job silent for ten
 * minutes as interrupted. The pages here are the official report files', one of the jobs built on it.
 */
@VientroIntegrationTest
class BackgroundJobsIntegrationTests {

    private static final String FILES = "/app/reporting/reports/files/";

    @LocalServerPort
    int port;
    @Autowired
    BackgroundJobs background;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    MessageSource messages;
    @Autowired
    JdbcClient jdbc;

    private final Map<Long, String> failures = new ConcurrentHashMap<>();

    @AfterEach
    void forgetTestAuthentication() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void runsTheWorkAsTheUserWhoAskedOnItsKindsOwnThreads() throws InterruptedException {
        JobQueue queue = background.queue("test-as-user", 5, failures::put);
        signIn("jobs-tester");
        AtomicReference<String> actor = new AtomicReference<>();
        AtomicReference<String> thread = new AtomicReference<>();
        CountDownLatch ran = new CountDownLatch(1);

        queue.start(1, () -> {
            actor.set(Actor.current());
            thread.set(Thread.currentThread().getName());
            ran.countDown();
        });

        assertThat(ran.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(actor.get()).isEqualTo("jobs-tester");
        assertThat(thread.get()).startsWith("test-as-user-");
        assertThat(failures).isEmpty();
    }

    @Test
    void startsOnlyOnceTheCallersTransactionCommitsAndNeverAfterARollback() throws InterruptedException {
        JobQueue queue = background.queue("test-after-commit", 5, failures::put);
        CountDownLatch committed = new CountDownLatch(1);
        CountDownLatch rolledBack = new CountDownLatch(1);
        TransactionTemplate transaction = new TransactionTemplate(transactions);

        transaction.executeWithoutResult(status -> {
            queue.start(1, committed::countDown);
            assertThat(awaitBriefly(committed)).as("not before the commit").isFalse();
        });
        transaction.executeWithoutResult(status -> {
            queue.start(2, rolledBack::countDown);
            status.setRollbackOnly();
        });
        CountDownLatch marker = new CountDownLatch(1);
        queue.start(3, marker::countDown);

        assertThat(committed.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(marker.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(rolledBack.getCount()).as("the rolled back job's work never started").isEqualTo(1);
    }

    @Test
    void aFullQueueFailsTheJobInWords() throws InterruptedException {
        JobQueue queue = background.queue("test-full", 1, failures::put);
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch started = new CountDownLatch(BackgroundJobs.THREADS);
        Runnable blocking = () -> {
            started.countDown();
            awaitQuietly(release);
        };
        try {
            queue.start(1, blocking);
            queue.start(2, blocking);
            assertThat(started.await(10, TimeUnit.SECONDS)).as("both threads busy").isTrue();
            queue.start(3, blocking);
            queue.start(4, blocking);
        } finally {
            release.countDown();
        }

        assertThat(failures).containsOnlyKeys(4L).containsEntry(4L, JobQueue.BUSY);
        assertThat(messages.getMessage(JobQueue.BUSY, null, Locale.forLanguageTag("vi")))
                .startsWith("Hệ thống đang bận");
        assertThat(messages.getMessage(JobQueue.BUSY, null, Locale.ENGLISH)).startsWith("The system is busy");
    }

    @Test
    void aRunningJobSilentForTenMinutesReadsAsInterruptedAndOnlyThen() {
        String sql = "select " + JobStatus.column("RUNNING") + " from (values ('RUNNING', now() - interval '11 minutes'),"
                + " ('RUNNING', now() - interval '9 minutes'), ('DONE', now() - interval '1 day')) as job(status, updated_at)";

        assertThat(jdbc.sql(sql).query(String.class).list()).containsExactly("INTERRUPTED", "RUNNING", "DONE");
    }

    @Test
    void aJobsPageShowsItsStoredProgressOnEveryVisitAndPollsOnlyWhileItRuns() {
        Staff focal = Staff.focalPoint();
        WebClient web = focal.browser(port);
        long running = job(focal, "RUNNING", "DOCUMENT", 40, "now()");

        for (int visit = 0; visit < 2; visit++) {
            Element page = Jsoup.parse(web.get(FILES + running).body()).getElementById("report-file");
            Element part = Jsoup.parse(web.get(FILES + running, Map.of("HX-Request", "true")).body())
                    .getElementById("report-file");
            for (Element job : List.of(page, part)) {
                assertThat(job.attr("data-status")).isEqualTo("RUNNING");
                assertThat(job.attr("hx-get")).isEqualTo(FILES + running);
                assertThat(job.attr("hx-trigger")).isEqualTo("every 1s");
                Element bar = job.selectFirst("[role=progressbar]");
                assertThat(bar.attr("aria-valuenow")).isEqualTo("40");
                assertThat(bar.attr("aria-valuemax")).isEqualTo("100");
                assertThat(bar.attr("aria-labelledby")).isEqualTo("report-file-phase");
                assertThat(bar.text()).isEqualTo("40 %");
                assertThat(job.getElementById("report-file-phase").text()).isNotBlank();
            }
        }

        long silent = job(focal, "RUNNING", "WRITING", 70, "now() - interval '11 minutes'");
        Element interrupted = Jsoup.parse(web.get(FILES + silent).body()).getElementById("report-file");
        assertThat(interrupted.attr("data-status")).isEqualTo("INTERRUPTED");
        assertThat(interrupted.hasAttr("hx-trigger")).as("an interrupted job is no longer polled").isFalse();
        assertThat(interrupted.select("[role=progressbar]")).isEmpty();
        assertThat(interrupted.getElementById("report-file-failure").text()).startsWith("Việc lập tệp bị gián đoạn");
    }

    private long job(Staff owner, String status, String phase, int percent, String updatedAt) {
        return jdbc.sql("""
                insert into reporting.report_file_job (report, period_code, format, status, phase, percent, created_by,
                                                       updated_at)
                values ('APPROVALS', '2025', 'PDF', :status, :phase, :percent, :by, """ + updatedAt + """
                ) returning id
                """).param("status", status).param("phase", phase).param("percent", percent)
                .param("by", owner.username()).query(Long.class).single();
    }

    private static void signIn(String username) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                username, null, List.of(new SimpleGrantedAuthority("ROLE_FOCAL_POINT"))));
    }

    private static boolean awaitBriefly(CountDownLatch latch) {
        try {
            return latch.await(300, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
