package vn.vientro.platform;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.vientro.identity.Staff;
import vn.vientro.testing.VientroIntegrationTest;
import vn.vientro.testing.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/** A signed-in person's requests write their session's last access at most once a minute. */
@VientroIntegrationTest
class SessionAccessIntegrationTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void requestsWithinAMinuteLeaveTheSessionRowAsItIsAndTheFirstAfterAMinuteMovesIt() {
        Staff focal = Staff.focalPoint();
        WebClient browser = focal.browser(port);
        assertThat(browser.get("/app").statusCode()).isEqualTo(200);
        Row before = row(focal);

        assertThat(browser.get("/app").statusCode()).isEqualTo(200);
        assertThat(browser.get("/app").statusCode()).isEqualTo(200);
        assertThat(row(focal)).as("nothing written within the minute").isEqualTo(before);

        jdbc.sql("""
                update spring_session set last_access_time = last_access_time - 120000,
                       expiry_time = expiry_time - 120000 where principal_name = :name
                """).param("name", focal.username()).update();
        assertThat(browser.get("/app").statusCode()).isEqualTo(200);
        Row after = row(focal);
        assertThat(after.lastAccess()).as("written after a minute").isGreaterThan(before.lastAccess());
        assertThat(after.expiry() - after.lastAccess()).isEqualTo(before.expiry() - before.lastAccess());
    }

    @Test
    void aNewSessionIdAtSignInIsAlwaysWritten() {
        Staff focal = Staff.focalPoint();
        focal.browser(port).get("/app");
        String first = jdbc.sql("select session_id from spring_session where principal_name = :name")
                .param("name", focal.username()).query(String.class).list().get(0);
        jdbc.sql("update spring_session set session_id = :changed where session_id = :id")
                .param("changed", "00000000-0000-0000-0000-000000000000").param("id", first).update();

        assertThat(jdbc.sql("select count(*) from spring_session where session_id = :changed")
                .param("changed", "00000000-0000-0000-0000-000000000000").query(Integer.class).single())
                .as("a change of anything but the last access is written").isEqualTo(1);
        jdbc.sql("delete from spring_session where session_id = :changed")
                .param("changed", "00000000-0000-0000-0000-000000000000").update();
    }

    private Row row(Staff staff) {
        return jdbc.sql("""
                select xmin::text as version, last_access_time, expiry_time from spring_session
                 where principal_name = :name
                """).param("name", staff.username())
                .query((rs, n) -> new Row(rs.getString("version"), rs.getLong("last_access_time"),
                        rs.getLong("expiry_time"))).single();
    }

    private record Row(String version, long lastAccess, long expiry) {
    }
}
