package vn.vientro.notification.mail;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.vientro.notification.OutboxMail;

/** The outbox as administrators read it: newest mails first, counts by status. */
@Component
public class MailQueries {

    private final JdbcClient jdbc;

    MailQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<OutboxMail> latest(@Nullable String status, int limit) {
        return jdbc.sql("select id, recipient_address, recipient_username, subject, body, status, attempts, last_error, "
                        + "created_at, sent_at from notification.mail"
                        + (status == null ? "" : " where status = :status")
                        + " order by created_at desc, id desc limit :limit")
                .params(status == null ? Map.of("limit", limit) : Map.of("limit", limit, "status", status))
                .query(OutboxMail.class).list();
    }

    public Map<String, Long> countsByStatus() {
        Map<String, Long> counts = new TreeMap<>();
        jdbc.sql("select status, count(*) from notification.mail group by status")
                .query(rs -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                });
        return counts;
    }
}
