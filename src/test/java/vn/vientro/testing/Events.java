package vn.vientro.testing;

import java.time.Duration;
import org.awaitility.Awaitility;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Listeners of application events run after the writing transaction commits, on another thread: a test that checks
 * what they did (the search index, a notice) first waits until every event published so far has been handled.
 */
public final class Events {

    private Events() {
    }

    /**
     * Waits until the event publication registry holds no publication still to be handled (a failed one aside). The
     * whole suite shares one database, so a settle may wait for other tests' events too: on a loaded machine a daily
     * job's burst took more than 20 s to drain, and at a load of 35 on two cores two settles passed a minute.
     */
    public static void settle() {
        JdbcClient jdbc = ApplicationUnderTest.bean(JdbcClient.class);
        // first asked at once (Awaitility's first poll waits one interval by default): mostly nothing is left
        Awaitility.await("events handled").atMost(Duration.ofSeconds(180)).pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(25))
                .until(() -> jdbc.sql("""
                        select count(*) from event_publication
                         where completion_date is null and status is distinct from 'FAILED'
                        """).query(Long.class).single() == 0);
    }
}
