package vn.vientro.aid.appraisal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.vientro.aid.AidProblem;
import vn.vientro.aid.AidTeam;
import vn.vientro.identity.Staff;
import vn.vientro.shared.BusinessRuleException;
import vn.vientro.testing.VientroIntegrationTest;

/**
 * Two answers or withdrawals of one request at the same moment: the one that commits first wins, the other is told the
 * request is closed and leaves nothing behind. The first is held open in its transaction until the second waits on
 * the request's row, so the race is run every time, not by luck.
 */
@VientroIntegrationTest
class OpinionRaceIntegrationTests {

    @LocalServerPort
    int port;

    static final AidTeam team = new AidTeam();

    @Autowired
    Appraisals appraisals;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    AppraisalItems items;
    ExecutorService threads;

    @BeforeEach
    void setUp() {
        items = new AppraisalItems(port, team);
        threads = Executors.newFixedThreadPool(2);
    }

    @AfterEach
    void tearDown() {
        threads.shutdownNow();
    }

    @Test
    void ofTwoAnswersGivenAtOnceOnlyTheFirstToCommitCounts() throws Exception {
        AppraisalItems.Item item = items.underAppraisal();
        long finance = items.ask(item.id(), "2026-11-02", new String[] {"STC", "FINANCE"}).get(0);

        Throwable lost = race(team.appraiser(),
                () -> appraisals.answer(item.id(), finance, new OpinionReply(OpinionAnswer.AGREE, null, null)),
                () -> appraisals.answer(item.id(), finance, new OpinionReply(OpinionAnswer.DISAGREE,
                        "Không đủ vốn đối ứng", null)));

        assertThat(lost).isInstanceOf(BusinessRuleException.class);
        assertThat(((BusinessRuleException) lost).problem()).isEqualTo(AidProblem.OPINION_CLOSED);
        assertThat(jdbc.sql("select answer from aid.opinion_request where id = :id").param("id", finance)
                .query(String.class).single()).isEqualTo("AGREE");
    }

    @Test
    void anAnswerRacingAWithdrawalOfASecurityRequestLeavesOnlyTheWithdrawal() throws Exception {
        AppraisalItems.Item item = items.underAppraisal();
        long security = items.ask(item.id(), "2026-11-02", new String[] {"CA-TINH", "SECURITY", "Câu hỏi"}).get(0);

        Throwable lost = race(team.appraiser(), () -> {
            appraisals.withdraw(item.id(), security);
            return null;
        }, () -> appraisals.answer(item.id(), security, new OpinionReply(OpinionAnswer.DISAGREE, "Trả lời mật", null)));

        assertThat(((BusinessRuleException) lost).problem()).isEqualTo(AidProblem.OPINION_CLOSED);
        assertThat(jdbc.sql("select answered_on is null and withdrawn_on is not null from aid.opinion_request "
                + "where id = :id").param("id", security).query(Boolean.class).single()).isTrue();
        assertThat(jdbc.sql("select count(*) from aid.sealed_opinion where opinion_request = :id and answer is not null")
                .param("id", security).query(Long.class).single()).isZero();
    }

    /**
     * Runs {@code first} in a transaction kept open until {@code second} waits for the row it changed, then commits it.
     *
     * @return what {@code second} failed with
     */
    private Throwable race(Staff who, Supplier<?> first, Supplier<?> second) throws Exception {
        CountDownLatch firstDone = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        Future<?> winner = threads.submit(() -> who.acting(() -> transactions.execute(status -> {
            first.get();
            firstDone.countDown();
            awaitQuietly(commit);
            return null;
        })));
        assertThat(firstDone.await(30, TimeUnit.SECONDS)).isTrue();
        Future<?> loser = threads.submit(() -> who.acting(second));
        awaitRowLockWait();
        commit.countDown();
        winner.get(30, TimeUnit.SECONDS);
        try {
            loser.get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            return e.getCause();
        }
        throw new AssertionError("the second change was taken as well");
    }

    private void awaitRowLockWait() throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(30));
        while (jdbc.sql("select count(*) from pg_stat_activity where wait_event_type = 'Lock' "
                + "and query ilike '%opinion_request%'").query(Long.class).single() == 0) {
            assertThat(Instant.now()).as("the second change waits for the first").isBefore(until);
            Thread.sleep(20);
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
