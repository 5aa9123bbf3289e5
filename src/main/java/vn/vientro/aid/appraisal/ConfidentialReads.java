package vn.vientro.aid.appraisal;

import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.vientro.platform.Actor;

/**
 * Records every read of a confidential opinion (DOMAIN.md §10: audit-log every read of secret items) in
 * {@code aid.confidential_read}, which the audit trail copies: who, when, which opinion, through which screen.
 */
@Component
class ConfidentialReads {

    private final JdbcClient jdbc;

    ConfidentialReads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the confidential ones among the opinions just read; the caller's transaction must be writable. */
    void record(Collection<OpinionRequestView> read, ReadChannel channel) {
        List<Long> confidential = read.stream().filter(OpinionRequestView::confidential).map(OpinionRequestView::id)
                .toList();
        if (confidential.isEmpty()) {
            return;
        }
        jdbc.sql("""
                insert into aid.confidential_read (opinion_request, aid_item, reader, channel)
                select o.id, o.aid_item, :reader, :channel from aid.opinion_request o where o.id in (:ids)
                """).param("reader", Actor.current()).param("channel", channel.name()).param("ids", confidential)
                .update();
    }
}
