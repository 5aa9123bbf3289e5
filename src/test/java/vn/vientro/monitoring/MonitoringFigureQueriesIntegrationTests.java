package vn.vientro.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.vientro.aid.AidFixtures;
import vn.vientro.aid.AidStatus;
import vn.vientro.aid.AidTeam;
import vn.vientro.testing.Events;
import vn.vientro.testing.VientroIntegrationTest;

/**
 * The dashboard's count of overdue reports, read from the open duties kept on write, equals counting the duties past
 * due one by one, for everyone and for an agency, on any day, after duties are generated, submitted, moved to another
 * agency and removed.
 */
@VientroIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MonitoringFigureQueriesIntegrationTests {

    static final AidTeam team = new AidTeam();
    final AidFixtures fixtures = new AidFixtures(team);

    @LocalServerPort
    int port;
    @Autowired
    Clock clock;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MonitoringFigureQueries figures;

    long item;
    long owner;

    @BeforeAll
    void anApprovedItemWithItsDuties() {
        item = fixtures.projectIn(port, "Figures of overdue reports", AidStatus.APPROVED);
        Events.settle();
        owner = jdbc.sql("select owner_agency_id from monitoring.report_duty where aid_item_id = :item limit 1")
                .param("item", item).query(Long.class).single();
    }

    @Test
    void overdueReportsCountAsTheDutiesPastDueOneByOne() {
        assertSameCounts();

        List<Long> duties = jdbc.sql("select id from monitoring.report_duty where aid_item_id = :item order by due_on")
                .param("item", item).query(Long.class).list();
        assertThat(duties).hasSizeGreaterThanOrEqualTo(3);
        jdbc.sql("update monitoring.report_duty set submitted_on = due_on where id = :id")
                .param("id", duties.get(0)).update();
        assertSameCounts();
        long other = jdbc.sql("select max(id) + 1000 from identity.agency").query(Long.class).single();
        jdbc.sql("update monitoring.report_duty set owner_agency_id = :other where id in (:ids)")
                .param("other", other).param("ids", duties.subList(0, 2)).update();
        assertSameCounts();
        assertThat(figures.overdueReports(other, LocalDate.now(clock).plusYears(30))).isEqualTo(1);
        jdbc.sql("update monitoring.report_duty set submitted_on = null, owner_agency_id = :owner where id in (:ids)")
                .param("owner", owner).param("ids", duties.subList(0, 2)).update();
        assertSameCounts();
        assertThat(figures.overdueReports(other, LocalDate.now(clock).plusYears(30))).isZero();
    }

    private void assertSameCounts() {
        Events.settle(); // no other test's duties generated between the two counts
        LocalDate today = LocalDate.now(clock);
        for (LocalDate day : List.of(today, today.minusYears(1), today.plusYears(1), today.plusYears(30))) {
            for (Long agency : new Long[] {null, owner}) {
                assertThat(figures.overdueReports(agency, day)).as("agency %s on %s", agency, day)
                        .isEqualTo(countedOneByOne(agency, day));
            }
        }
    }

    private long countedOneByOne(@Nullable Long agency, LocalDate day) {
        return jdbc.sql("""
                select count(*) from monitoring.report_duty d
                 where d.submitted_on is null and d.due_on < :today
                   and (cast(:agency as bigint) is null or :agency in (d.owner_agency_id, d.managing_agency_id))
                """).param("today", day).param("agency", agency).query(Long.class).single();
    }
}
