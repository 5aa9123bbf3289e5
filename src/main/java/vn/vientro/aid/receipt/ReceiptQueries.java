package vn.vientro.aid.receipt;

import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads which submitted dossiers have no receipt yet, for the backfill. */
@Component
class ReceiptQueries {

    private final JdbcClient jdbc;

    ReceiptQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Each item whose dossier was submitted and has no receipt, with the day it was first submitted. */
    Map<Long, LocalDate> submittedWithoutReceipt() {
        return jdbc.sql("""
                select t.aid_item, min(t.occurred_at at time zone 'Asia/Ho_Chi_Minh')::date as submitted_on
                  from aid.transition t
                 where t.action = 'SUBMIT'
                   and not exists (select 1 from aid.receipt r where r.aid_item = t.aid_item)
                 group by t.aid_item
                """).query((rs, n) -> Map.entry(rs.getLong("aid_item"), rs.getObject("submitted_on", LocalDate.class)))
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
