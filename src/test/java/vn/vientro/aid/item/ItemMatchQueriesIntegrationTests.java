package vn.vientro.aid.item;

import java.util.List;
import java.util.Map;
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

/**
 * What the IATI import matches an activity to: the item of its identifier, looked up a page at a time (trimmed and
 * case-blind, by the identifier as given), else the items named most like its title in any language, the original
 * one included.
 */
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
    void findsTheItemsOfAPageOfIdentifiersAndByEveryNameOfTheTitle() {
        int u = Unique.number();
        String name = "Dự án ghép hoạt động số " + u + " quanh hồ Khuê Lạc";
        long id = items.draftProject(port, name);
        String identifier = "XM-MATCH-" + u + "-" + id;
        jdbc.sql("update aid.aid_item set iati_identifier = :identifier, name_original = :original where id = :id")
                .param("identifier", "  " + identifier + " ").param("original", "Projet des puits Ngoc Quynh " + u)
                .param("id", id).update();

        Map<String, ItemMatchQueries.Candidate> found = queries.byIatiIdentifiers(List.of(identifier.toLowerCase(),
                "XM-NONE-" + u, identifier.toLowerCase()));
        assertThat(found).containsOnlyKeys(identifier.toLowerCase());
        assertThat(found.get(identifier.toLowerCase()).id()).isEqualTo(id);
        assertThat(found.get(identifier.toLowerCase()).nameSimilarity()).isEqualTo(1.0);
        assertThat(queries.byIatiIdentifiers(List.of())).isEmpty();

        List<ItemMatchQueries.Candidate> byVietnamese = queries.byName("Du an ghep hoat dong so " + u
                + " quanh ho Khue Lac", 5);
        assertThat(byVietnamese).isNotEmpty();
        assertThat(byVietnamese.get(0).id()).isEqualTo(id);
        assertThat(byVietnamese.get(0).nameSimilarity()).isEqualTo(1.0);
        assertThat(queries.byName("Projet des puits Ngọc Quỳnh " + u, 5)).extracting(ItemMatchQueries.Candidate::id)
                .contains(id);
        assertThat(queries.byName("   ", 5)).isEmpty();
    }
}
