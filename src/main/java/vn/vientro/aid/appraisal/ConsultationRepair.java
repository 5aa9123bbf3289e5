package vn.vientro.aid.appraisal;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.vientro.aid.item.AidItemIndexer;

/**
 * Brings the agencies' access from consultations in line with the requests at start-up: an agency keeps reading an item
 * only while an ordinary (not security) request to it stands. Requests withdrawn before withdrawals ended the access
 * left it behind; the search index of the items concerned follows.
 */
@Component
class ConsultationRepair implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ConsultationRepair.class);

    private final JdbcClient jdbc;
    private final AidItemIndexer indexer;

    ConsultationRepair(JdbcClient jdbc, AidItemIndexer indexer) {
        this.jdbc = jdbc;
        this.indexer = indexer;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        List<Long> items = jdbc.sql("""
                delete from aid.item_agency a
                 where a.reason = 'CONSULTED'
                   and not exists (select 1 from aid.opinion_request o
                                    where o.aid_item = a.aid_item and o.agency_id = a.agency_id
                                      and o.withdrawn_on is null and not o.confidential)
                returning a.aid_item
                """).query(Long.class).list();
        items.stream().distinct().forEach(indexer::reindex);
        if (!items.isEmpty()) {
            log.info("Access from withdrawn consultations ended on {} aid items", items.stream().distinct().count());
        }
    }
}
