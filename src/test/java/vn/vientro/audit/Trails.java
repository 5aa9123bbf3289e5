package vn.vientro.audit;

import java.net.http.HttpResponse;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.vientro.identity.Staff;
import vn.vientro.testing.ApplicationUnderTest;
import vn.vientro.testing.WebClient;

/**
 * The audit trail as tests check it: straight from its table for what was recorded, and through the API as a given
 * person reads it.
 */
public final class Trails {

    private Trails() {
    }

    /** How many reads of a sealed row ({@code schema.table}) the trail recorded. */
    public static long reads(String table, long rowId) {
        return reads(table, rowId, "");
    }

    /** How many reads of a sealed row ({@code schema.table}) by one reader the trail recorded. */
    public static long reads(String table, long rowId, String reader) {
        return jdbc().sql("""
                        select count(*) from audit.event where operation = 'READ' and sealed
                           and schema_name || '.' || table_name = :table and row_id = :row
                           and (:reader = '' or actor = :reader)
                        """).param("table", table).param("row", Long.toString(rowId)).param("reader", reader)
                .query(Long.class).single();
    }

    /** How many recorded changes hold the words anywhere in their before or after. */
    public static long holding(String words) {
        return jdbc().sql("select count(*) from audit.event where coalesce(before::text, '') || coalesce(after::text, '')"
                + " like '%' || :words || '%'").param("words", words).query(Long.class).single();
    }

    /** The events of the API's answer for this reader: {@code query} as {@code /api/v1/audit-events?...} takes it. */
    public static String asReadBy(Staff reader, int port, String query) {
        HttpResponse<String> answer = WebClient.api(port, "GET", "/api/v1/audit-events?limit=500&" + query,
                reader.token(), null);
        if (answer.statusCode() != 200) {
            throw new IllegalStateException(reader.username() + " reads no trail: " + answer.statusCode());
        }
        return answer.body();
    }

    private static JdbcClient jdbc() {
        return ApplicationUnderTest.bean(JdbcClient.class);
    }
}
