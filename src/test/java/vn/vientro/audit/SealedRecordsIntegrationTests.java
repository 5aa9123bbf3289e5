package vn.vientro.audit;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.vientro.identity.Staff;
import vn.vientro.testing.Unique;
import vn.vientro.testing.VientroIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one way every module seals a record (DOMAIN.md §10), on a table of its own as a later module would make it: a row
 * whose {@code confidential} column is true, every change made in the same transaction, and every read recorded are
 * shown in the trail to those who read sealed records (a leader) and to no one else (an administrator).
 */
@VientroIntegrationTest
class SealedRecordsIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    SealedReads reads;

    String table;

    @BeforeEach
    void aTableWithConfidentialRows() {
        String schema = "sealed_" + Unique.number();
        table = schema + ".part";
        jdbc.sql("create schema " + schema).update();
        jdbc.sql("create table " + table + " (id bigint primary key, words text, "
                + "confidential boolean not null default false)").update();
        jdbc.sql("select audit.attach_to_business_tables()").query(Integer.class).single();
    }

    @AfterEach
    void dropIt() {
        jdbc.sql("drop schema " + table.substring(0, table.indexOf('.')) + " cascade").update();
    }

    @Test
    void aConfidentialRowAndWhatChangedWithItAreSealedButNotARowMerelyWrittenAgain() {
        transactions.executeWithoutResult(status -> {
            insert(1, "cùng lúc", false);
            insert(2, "điều mật", true);
        });
        transactions.executeWithoutResult(status -> insert(3, "thường ngày", false));
        transactions.executeWithoutResult(status -> {
            // as Spring Data JDBC saves an aggregate: every part deleted and inserted again, one of them changed
            jdbc.sql("delete from " + table + " where id in (2, 3)").update();
            insert(2, "điều mật", true);
            insert(3, "thường ngày, sửa", false);
        });

        String query = "table=" + table;
        assertThat(Trails.asReadBy(Staff.admin(), port, query)).contains("thường ngày", "thường ngày, sửa")
                .doesNotContain("điều mật", "cùng lúc", "\"confidential\": true");
        assertThat(Trails.asReadBy(Staff.leader(), port, query)).contains("điều mật", "cùng lúc", "thường ngày, sửa");
    }

    @Test
    void aReadOfASealedRecordIsRecordedForItsReadersOnly() {
        Staff police = Staff.police();
        police.acting(() -> transactions.execute(status -> {
            reads.record(table, List.of(2L), ReadChannel.API);
            return null;
        }));

        assertThat(Trails.reads(table, 2, police.username())).isEqualTo(1);
        String query = "table=" + table + "&rowId=2";
        assertThat(Trails.asReadBy(Staff.admin(), port, query)).isEqualTo("[]");
        assertThat(Trails.asReadBy(Staff.leader(), port, query)).contains("\"operation\":\"READ\"",
                "\"actor\":\"" + police.username() + "\"", "\"channel\": \"API\"");
    }

    private void insert(long id, String words, boolean confidential) {
        jdbc.sql("insert into " + table + " (id, words, confidential) values (:id, :words, :confidential)")
                .param("id", id).param("words", words).param("confidential", confidential).update();
    }
}
