package vn.vientro.mobilisation;

import org.springframework.jdbc.core.simple.JdbcClient;
import vn.vientro.aid.AidBenchmarkData;

/**
 * The matching benchmark's national dataset, written with set-based SQL (seeded, so every run measures the same rows):
 * the aid benchmark's 5,000 organisations and 100,000 aid items with their sector and commune splits, each
 * organisation's declared fields, sectors and communes, registration papers (nine in ten valid, one in 37 suspended),
 * and 2,000 published needs.
 */
final class MatchingBenchmarkData {

    private static final String SECTORS = "array['12220','12250','12262','13040','11220','11120','14030','15170',"
            + "'43060','16010']";
    private static final String COMMUNES = """
            (select array_agg(code order by code) codes from reference.admin_unit
              where unit_set = 'current' and level = 'commune')""";

    private final JdbcClient jdbc;

    MatchingBenchmarkData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void loadNational() {
        AidBenchmarkData aid = new AidBenchmarkData(jdbc);
        aid.organisations(5_000);
        aid.start();
        aid.items(100_000);
        aid.finish();
        jdbc.sql("select aid.funded_footprint_rebuild()").query(Object.class).list(); // the loader bypassed its keeper
        audit("disable");
        interests();
        papers();
        needs(2_000);
        audit("enable");
        aid.analyze();
        for (String table : new String[] {"registry.permit", "mobilisation.need", "aid.funded_footprint"}) {
            jdbc.sql("analyze " + table).update();
        }
    }

    /** Bulk loads skip the audit trail, as the aid benchmark's do. */
    private void audit(String action) {
        for (String table : new String[] {"registry.organisation", "registry.permit", "mobilisation.need"}) {
            jdbc.sql("alter table " + table + " " + action + " trigger audit_change").update();
        }
    }

    /** A field, a sector and a DAC category each; one organisation in three also names a commune. */
    private void interests() {
        jdbc.sql("""
                update registry.organisation o
                   set priority_fields = array['2.' || (1 + o.id % 8)],
                       sector_codes = array[({sectors})[1 + o.id % 10],
                                            (array['122','130','112','111','140','151','430','160'])[1 + (o.id / 10) % 8]],
                       commune_codes = case when o.id % 3 = 0
                                            then array[c.codes[1 + (o.id * 17) % array_length(c.codes, 1)]]
                                            else '{}' end
                  from {communes} c
                 where o.name_original like 'Bench Foundation %'
                """.replace("{sectors}", SECTORS).replace("{communes}", COMMUNES)).update();
    }

    private void papers() {
        jdbc.sql("""
                insert into registry.permit (organisation, kind, number, issuing_body, issued_on, valid_from,
                                             valid_until, status)
                select o.id, 'OPERATION_REGISTRATION', 'B' || o.id || '/GĐK-BNG', 'Bộ Ngoại giao',
                       current_date - 400, current_date - 400, current_date + (300 + o.id % 700)::int, 'VALID'
                  from registry.organisation o
                 where o.name_original like 'Bench Foundation %' and o.id % 10 <> 0
                """).update();
        jdbc.sql("""
                update registry.organisation set status = 'SUSPENDED'
                 where name_original like 'Bench Foundation %' and id % 37 = 0
                """).update();
    }

    /** Published needs of every field, one or two sectors, two communes each. */
    private void needs(int count) {
        jdbc.sql("""
                insert into mobilisation.need (agency_id, status, title_vi, title_en, summary_vi, summary_en,
                                               objectives_vi, objectives_en, priority_field, sectors, communes,
                                               estimated_cost_amount, duration_months, contact_name, proposed_by)
                select a.ids[1 + g % array_length(a.ids, 1)], 'PUBLISHED', 'Đề xuất thử nghiệm ' || g,
                       'Bench need ' || g, 'Tóm tắt ' || g, 'Summary ' || g, 'Mục tiêu ' || g, 'Objectives ' || g,
                       '2.' || (1 + g % 8),
                       array[({sectors})[1 + g % 10]]
                         || case when g % 5 = 0 then '{}'::text[] else array[({sectors})[1 + (g * 7) % 10]] end,
                       array[c.codes[1 + (g * 31) % array_length(c.codes, 1)],
                             c.codes[1 + (g * 977 + 1) % array_length(c.codes, 1)]],
                       1000000000 + g, 24, 'Người liên hệ ' || g, 'bench'
                  from generate_series(1, :count) g,
                       (select array_agg(id order by id) ids from identity.agency) a, {communes} c
                """.replace("{sectors}", SECTORS).replace("{communes}", COMMUNES)).param("count", count).update();
    }
}
