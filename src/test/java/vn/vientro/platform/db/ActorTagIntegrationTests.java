package vn.vientro.platform.db;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.vientro.identity.Staff;
import vn.vientro.testing.Events;
import vn.vientro.testing.VientroIntegrationTest;
import vn.vientro.testing.WebClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The audit's tag on the connection (ActorAwareDataSource) costs a read-only request no round trip, and every write
 * is still attributed to whoever made it, also on connections last tagged for someone else.
 */
@VientroIntegrationTest
class ActorTagIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void aReadOnlyRequestIssuesNoTaggingStatement() {
        Staff reader = Staff.officer();
        // the first call looks the token up and stamps its use (a write, tagged); later ones find it in memory
        assertThat(search(reader).statusCode()).isEqualTo(200);
        Events.settle();
        long before = ActorAwareDataSource.taggings();
        for (int i = 0; i < 5; i++) {
            assertThat(search(reader).statusCode()).isEqualTo(200);
        }
        assertThat(ActorAwareDataSource.taggings() - before)
                .as("searches by a user none of the pool's connections was last tagged for").isZero();
    }

    @Test
    void aWriteAfterUntaggedReadsIsAttributedToItsAuthor() {
        Staff reader = Staff.officer();
        Staff administrator = Staff.admin();
        WebClient admin = administrator.browser(port);
        admin.get("/app/admin/agencies/new");
        search(reader); // the connections now read for the reader, without a tag
        assertThat(search(reader).statusCode()).isEqualTo(200);
        Map<String, String> form = new HashMap<>(Map.of("code", "TAG-" + administrator.id(),
                "nameVi", "Ban Tôn giáo tỉnh", "kind", "LINE_DEPARTMENT", "active", "true"));
        String location = WebClient.location(admin.post("/app/admin/agencies/new", form));
        String id = location.substring(location.lastIndexOf('/') + 1);

        assertThat(jdbc.sql("""
                select actor from audit.event
                 where schema_name = 'identity' and table_name = 'agency' and row_id = :id and operation = 'INSERT'""")
                .param("id", id).query(String.class).list()).containsExactly(administrator.username());
    }

    /** Why a read-only transaction needs no tag: the application's pool runs it as BEGIN READ ONLY. */
    @Test
    void theApplicationsReadOnlyTransactionsCannotWrite() {
        TransactionTemplate readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        assertThatThrownBy(() -> readOnly.executeWithoutResult(status -> jdbc
                .sql("update identity.agency set code = code where id = -1").update()))
                .hasStackTraceContaining("read-only transaction");
    }

    private HttpResponse<String> search(Staff staff) {
        return WebClient.api(port, "GET", "/api/v1/search?q=ha+noi", staff.token(), null);
    }
}
