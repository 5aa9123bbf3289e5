package vn.vientro.aid.item;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.vientro.aid.AidFixtures;
import vn.vientro.aid.AidStatus;
import vn.vientro.aid.AidTeam;
import vn.vientro.testing.Events;
import vn.vientro.testing.VientroIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An approved item's footprint is rewritten by several listeners after one commit (its move, its description), which
 * run at the same time: none may fail on the other's row.
 */
@VientroIntegrationTest
class FundedFootprintsIntegrationTests {

    static final AidTeam team = new AidTeam();
    final AidFixtures fixtures = new AidFixtures(team);

    @LocalServerPort
    int port;

    @Autowired
    FundedFootprints footprints;

    @Autowired
    JdbcClient jdbc;

    @Test
    void rewritesOfOneItemAtOnceLeaveItsOneRow() throws Exception {
        long item = fixtures.projectIn(port, "Dự án có dấu vết tài trợ", AidStatus.APPROVED);
        Events.settle();
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> rewrites = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                rewrites.add(threads.submit(() -> footprints.rewrite(item)));
            }
            for (Future<?> rewrite : rewrites) {
                rewrite.get();
            }
        } finally {
            threads.shutdown();
        }
        assertThat(jdbc.sql("select count(*) from aid.funded_footprint where aid_item = :item").param("item", item)
                .query(Long.class).single()).isEqualTo(1);
    }
}
