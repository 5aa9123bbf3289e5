package vn.vientro.aid;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.vientro.search.SearchDocument;
import vn.vientro.search.SearchIndex;
import vn.vientro.shared.Text;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Loads the national dataset of {@link AidBenchmark} into the database of an application that runs (the load test's
 * target, {@code bench/load.sh}), makes its items findable, and writes what the virtual users pick from: item ids,
 * communes, and the parties of a new draft. Connects as the application does to an external server
 * ({@code -Dload.jdbc-url=...}); the running application sees the rows at once.
 */
@Tag("bench")
@SpringBootTest(properties = {
        "spring.datasource.url=${load.jdbc-url}", "spring.datasource.username=vientro",
        "spring.datasource.password=unused", "vientro.data-dir=target/load/loader",
        "vientro.scheduling.enabled=false"})
class LoadTestDataset {

    private static final Path OUT = Path.of("target/load");

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SearchIndex index;

    @Test
    void loadsTheNationalDatasetIntoTheRunningApplication() throws Exception {
        long start = System.nanoTime();
        new AidBenchmarkData(jdbc).loadNational();
        indexItems();
        officials(200);
        jdbc.sql("analyze search.document").update();
        Files.createDirectories(OUT);
        write("item-ids.csv", "id", jdbc.sql("select id from aid.aid_item order by (id * 7919) % 100003 limit 5000")
                .query(String.class).list());
        write("communes.csv", "commune", jdbc.sql("""
                select commune_code from aid.aid_item_location group by commune_code order by count(*) desc limit 200
                """).query(String.class).list());
        Files.writeString(OUT.resolve("draft.properties"), draftParties());
        long items = jdbc.sql("select count(*) from aid.aid_item").query(Long.class).single();
        System.out.printf("Load test dataset: %d aid items in %.0f s%n", items, (System.nanoTime() - start) / 1e9);
        assertThat(items).isGreaterThanOrEqualTo(100_000);
    }

    /** The items go into the shared search as the aid module's indexer puts them, only without their sectors. */
    private void indexItems() {
        List<Map<String, Object>> rows = jdbc.sql("""
                select i.id, i.code, i.name_vi, i.name_en, i.status, i.kind, o.name_vi donor
                  from aid.aid_item i join registry.organisation o on o.id = i.donor_id
                 where i.code like 'BV-%'
                """).query().listOfRows();
        List<SearchDocument> batch = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            String code = (String) row.get("code");
            String donor = (String) row.get("donor");
            batch.add(new SearchDocument("aid-item", row.get("id").toString(),
                    Text.of("aid.search.title", row.get("name_vi"), row.get("name_en")),
                    SearchDocument.joined(code, Text.of("aid.kind." + row.get("kind")),
                            Text.of("aid.status." + row.get("status")), donor),
                    row.get("name_en") + " · " + donor, "/app/aid/items/" + row.get("id"),
                    Set.of("FOCAL_POINT", "APPRAISER", "LEADER", "SECURITY", "ADMIN"),
                    String.join(" ", code, (String) row.get("name_vi"), donor)));
            if (batch.size() == 2_000) {
                put(batch);
                batch.clear();
            }
        }
        put(batch);
    }

    private void put(List<SearchDocument> batch) {
        List<SearchDocument> documents = List.copyOf(batch);
        if (!documents.isEmpty()) {
            index.reindexAll("aid-item", documents.stream().map(SearchDocument::id).toList(), ids -> documents);
        }
    }

    /**
     * Two hundred officials of the province (focal point, appraisers, leaders by turns) with the demo password, so
     * that each virtual user signs in as a person of their own, as in an office, not 200 times into three accounts.
     */
    private void officials(int count) {
        jdbc.sql("""
                insert into identity.user_account (username, full_name, agency_id, password_hash, roles)
                select 'load' || lpad(g::text, 3, '0'), 'Cán bộ thử tải ' || g, model.agency_id, model.password_hash,
                       model.roles
                  from generate_series(1, :count) g
                  join identity.user_account model
                    on model.username = (array['focal', 'appraiser', 'leader'])[1 + g % 3]
                on conflict do nothing
                """).param("count", count).update();
    }

    /** The drafting officer's agency, a donor and the province's people's committee, for the write requests. */
    private String draftParties() {
        long owner = jdbc.sql("""
                select agency_id from identity.user_account where username = 'officer'
                """).query(Long.class).single();
        long governing = jdbc.sql("select id from identity.agency where code = 'UBND-TINH'").query(Long.class).single();
        long donor = jdbc.sql("select min(id) from registry.organisation where kind = 'FOREIGN_NGO'")
                .query(Long.class).single();
        String commune = jdbc.sql("""
                select code from reference.admin_unit where unit_set = 'current' and level = 'commune' order by code
                limit 1""").query(String.class).single();
        return "owner=%d%ngoverning=%d%ndonor=%d%ncommune=%s%n".formatted(owner, governing, donor, commune);
    }

    private static void write(String file, String header, List<String> values) throws Exception {
        Files.writeString(OUT.resolve(file), header + "\n" + String.join("\n", values) + "\n");
    }
}
