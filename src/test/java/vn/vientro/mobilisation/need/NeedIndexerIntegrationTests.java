package vn.vientro.mobilisation.need;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.vientro.identity.ProvinceAgencies;
import vn.vientro.identity.Staff;
import vn.vientro.mobilisation.Needs;
import vn.vientro.search.SearchIndex;
import vn.vientro.testing.Events;
import vn.vientro.testing.VientroIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The start-up backfill indexes the needs missing from the search, and leaves the documents already there alone. */
@VientroIntegrationTest
class NeedIndexerIntegrationTests {

    @Autowired
    NeedIndexer indexer;

    @Autowired
    SearchIndex index;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aNeedMissingFromTheIndexIsIndexedAgainAndAnIndexedOneIsNotRewritten() {
        Staff owner = Staff.officerOf(ProvinceAgencies.newCommune().id());
        long missing = Needs.aNeedOf(owner).titled("Kè suối bản Tà Cạ", "Ta Ca stream embankment").submitted();
        long kept = Needs.aNeedOf(owner).titled("Nhà lớp học bản Tà Cạ", "Ta Ca classroom").submitted();
        Events.settle();
        index.remove("need", Long.toString(missing));
        OffsetDateTime keptAt = updatedAt(kept);

        indexer.indexMissing();

        assertThat(jdbc.sql("select title from search.document where doc_type = 'need' and doc_id = :id")
                .param("id", Long.toString(missing)).query(String.class).single()).isEqualTo("Kè suối bản Tà Cạ");
        assertThat(updatedAt(kept)).isEqualTo(keptAt);
    }

    private OffsetDateTime updatedAt(long needId) {
        return jdbc.sql("select updated_at from search.document where doc_type = 'need' and doc_id = :id")
                .param("id", Long.toString(needId)).query(OffsetDateTime.class).single();
    }
}
