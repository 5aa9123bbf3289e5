package vn.vientro.aid.item;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.vientro.aid.AidFixtures;
import vn.vientro.aid.AidTeam;
import vn.vientro.aid.ItemMatchQueries;
import vn.vientro.testing.Unique;
import vn.vientro.testing.VientroIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** What the IATI import matches activities against: every item, drafts too, in id order, with its names and facts. */
@VientroIntegrationTest
class ItemMatchQueriesIntegrationTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ItemMatchQueries queries;

    static final AidTeam team = new AidTeam();
    static final AidFixtures items = new AidFixtures(team);

    @Test
    void handsOverEveryItemInIdOrderWithItsIdentifierNamesAndFacts() {
        int u = Unique.number();
        long id = items.draftProject(port, "Dự án ghép hoạt động số " + u + " quanh hồ Khuê Lạc");
        jdbc.sql("update aid.aid_item set iati_identifier = :identifier, name_original = :original where id = :id")
                .param("identifier", " XM-MATCH-" + u + " ").param("original", "Projet des puits Ngọc Quỳnh " + u)
                .param("id", id).update();
        long count = jdbc.sql("select count(*) from aid.aid_item").query(Long.class).single();

        List<ItemMatchQueries.MatchableItem> all = new ArrayList<>();
        queries.forEach(all::add);

        assertThat(all).hasSizeGreaterThanOrEqualTo((int) count); // other tests may add items meanwhile
        assertThat(all).extracting(ItemMatchQueries.MatchableItem::id).isSorted();
        ItemMatchQueries.MatchableItem item = all.stream().filter(each -> each.id() == id).findFirst().orElseThrow();
        assertThat(item.iatiIdentifier()).isEqualTo(" XM-MATCH-" + u + " ");
        assertThat(item.nameVi()).isEqualTo("Dự án ghép hoạt động số " + u + " quanh hồ Khuê Lạc");
        assertThat(item.nameOriginal()).isEqualTo("Projet des puits Ngọc Quỳnh " + u);
        assertThat(item.donorId()).isPositive();
        assertThat(item.totalCurrency()).isEqualTo("USD");
        assertThat(item.totalAmount()).isEqualByComparingTo("250000");
    }
}
