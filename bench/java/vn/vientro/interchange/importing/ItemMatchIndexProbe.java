package vn.vientro.interchange.importing;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * What the matching's title query would cost with trigram GiST indexes on the unaccented names and nearest-neighbour
 * candidates (a proposal that needs a migration): the indexes are made on the benchmark's own database, the plans
 * printed, and the indexes dropped again. Run on a copy of the national database only:
 * {@code ./mvnw -Pbench test -Dtest=ItemMatchIndexProbe -Dbench.data-dir=/work/bench-data/national-e2e}.
 */
@Tag("bench")
@SpringBootTest(properties = {"vientro.data-dir=${bench.data-dir:target/bench-data/${random.uuid}}",
        "vientro.scheduling.enabled=false"})
@ActiveProfiles("demo")
class ItemMatchIndexProbe {

    @Autowired
    JdbcClient jdbc;

    @Test
    void nearestNamesThroughGistIndexes() {
        long start = System.nanoTime();
        jdbc.sql("create index if not exists probe_name_vi_gist on aid.aid_item using gist "
                + "(lower(f_unaccent(name_vi)) public.gist_trgm_ops)").update();
        jdbc.sql("create index if not exists probe_name_en_gist on aid.aid_item using gist "
                + "(lower(f_unaccent(coalesce(name_en, ''))) public.gist_trgm_ops)").update();
        jdbc.sql("analyze aid.aid_item").update();
        System.out.printf("GiST indexes built in %.1f s%n", (System.nanoTime() - start) / 1e9);
        try {
            String matching = jdbc.sql("select name_vi from aid.aid_item where code like 'BV-%' order by id offset 12345 "
                    + "limit 1").query(String.class).single();
            for (String title : List.of(matching, "N\u01b0\u1edbc s\u1ea1ch cho tr\u01b0\u1eddng h\u1ecdc 7",
                    "Clean water and sanitation for schools, batch 7")) {
                String t = "lower(f_unaccent('" + title.replace("'", "''") + "'))";
                String sql = """
                        select id, greatest(similarity(lower(f_unaccent(name_vi)), %1$s),
                                            similarity(lower(f_unaccent(coalesce(name_en, ''))), %1$s)) as s
                          from aid.aid_item
                         where id in ((select id from aid.aid_item order by lower(f_unaccent(name_vi)) <-> %1$s limit 5)
                                      union
                                      (select id from aid.aid_item
                                        order by lower(f_unaccent(coalesce(name_en, ''))) <-> %1$s limit 5))
                         order by s desc, id limit 5
                        """.formatted(t);
                System.out.println("EXPLAIN (ANALYZE, BUFFERS) nearest names, " + title + ":");
                jdbc.sql("explain (analyze, buffers) " + sql).query(String.class).list()
                        .forEach(row -> System.out.println("    " + row));
            }
        } finally {
            jdbc.sql("drop index if exists aid.probe_name_vi_gist").update();
            jdbc.sql("drop index if exists aid.probe_name_en_gist").update();
        }
    }
}
