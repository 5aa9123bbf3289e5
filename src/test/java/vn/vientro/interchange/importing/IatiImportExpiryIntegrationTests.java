package vn.vientro.interchange.importing;

import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.vientro.identity.Staff;
import vn.vientro.testing.VientroIntegrationTest;
import vn.vientro.testing.WebClient;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vientro.interchange.importing.IatiImportIntegrationTests.IMPORTS;
import static vn.vientro.interchange.importing.IatiImportIntegrationTests.awaitJob;
import static vn.vientro.interchange.importing.IatiImportIntegrationTests.upload;

/** A file read and never applied does not keep its staged activities for ever. */
@VientroIntegrationTest
class IatiImportExpiryIntegrationTests {

    @LocalServerPort
    int port;
    @Autowired
    IatiImportExpiry expiry;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aFileNobodyAppliesLosesItsStagedActivitiesAfterItsTimeAndCanNoLongerBeApplied() {
        WebClient focal = Staff.focalPoint().browser(port);
        String token = Long.toString(ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L));
        long old = upload(focal, "old.xml", ActivityStreamTests.activities(2).replace("XM-", "XM-" + token + "-o-"));
        long fresh = upload(focal, "fresh.xml", ActivityStreamTests.activities(2).replace("XM-", "XM-" + token + "-f-"));
        assertThat(awaitJob(focal, old).attr("data-status")).isEqualTo("READ");
        assertThat(awaitJob(focal, fresh).attr("data-status")).isEqualTo("READ");
        jdbc.sql("update interchange.import_job set updated_at = now() - interval '8 days' where id = :id")
                .param("id", old).update();

        assertThat(expiry.expireUnapplied()).isGreaterThanOrEqualTo(1);

        Element job = awaitJob(focal, old);
        assertThat(job.attr("data-status")).isEqualTo("FAILED");
        assertThat(job.text()).contains("không ai ra lệnh ghi trong thời hạn giữ");
        assertThat(activities(old)).isZero();
        focal.get(IMPORTS + "/" + old);
        focal.post(IMPORTS + "/" + old + "/decisions", Map.of("apply", "true"));
        assertThat(awaitJob(focal, old).attr("data-status")).isEqualTo("FAILED");
        assertThat(awaitJob(focal, fresh).attr("data-status")).as("a file read today waits").isEqualTo("READ");
        assertThat(activities(fresh)).isEqualTo(2);
    }

    private int activities(long job) {
        return jdbc.sql("select count(*) from interchange.import_activity where job = :job").param("job", job)
                .query(Integer.class).single();
    }
}
