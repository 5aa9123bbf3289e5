package vn.vientro.aid;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A national 20-year dataset written straight into the tables with set-based SQL (seeded, so every run measures the
 * same rows): organisations, 100,000 aid items in every state with sector and commune splits, 1,000,000
 * transactions in three currencies.
 */
public final class AidBenchmarkData {

    private final JdbcClient jdbc;

    public AidBenchmarkData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static final String[] AUDITED = {"aid_item", "aid_item_sector", "aid_item_location", "money_transaction"};
    private static final String[] SHARES = {"aid_item_sector", "aid_item_location"};

    /** The national dataset both benchmarks measure: 5,000 organisations, 100,000 items, 1,000,000 transactions. */
    public void loadNational() {
        organisations(5_000);
        start();
        items(100_000);
        transactions(1_000_000);
        finish();
        analyze();
    }

    /** Bulk loads skip the audit and the money-split triggers; {@link #finish()} rebuilds what the triggers keep. */
    public void start() {
        triggers("disable");
    }

    public void finish() {
        jdbc.sql("alter table aid.money_transaction enable trigger money_transaction_total_trg").update();
        jdbc.sql("alter table aid.money_transaction enable trigger money_transaction_month_trg").update();
        jdbc.sql("alter table aid.money_transaction enable trigger money_transaction_rate_trg").update();
        jdbc.sql("select aid.money_rebuild()").query(Object.class).list();
        // rebuilds the month sums, then the rollups from them and the splits (aid.money_rollup_rebuild(), set-based)
        // and the rates by month (aid.money_rate_rebuild())
        jdbc.sql("select aid.money_month_rebuild()").query(Object.class).list();
        jdbc.sql("alter table aid.money_month enable trigger money_month_rollup_trg").update();
        triggers("enable");
    }

    private void triggers(String action) {
        for (String table : AUDITED) {
            jdbc.sql("alter table aid." + table + " " + action + " trigger audit_change").update();
        }
        if ("disable".equals(action)) {
            jdbc.sql("alter table aid.money_transaction disable trigger money_transaction_total_trg").update();
            jdbc.sql("alter table aid.money_transaction disable trigger money_transaction_month_trg").update();
            jdbc.sql("alter table aid.money_transaction disable trigger money_transaction_rate_trg").update();
            jdbc.sql("alter table aid.money_month disable trigger money_month_rollup_trg").update();
        }
        for (String table : SHARES) {
            for (String event : new String[] {"insert", "delete", "update"}) {
                jdbc.sql("alter table aid." + table + " " + action + " trigger " + table + "_" + event + "_money_trg")
                        .update();
                jdbc.sql("alter table aid." + table + " " + action + " trigger " + table + "_" + event + "_rollup_trg")
                        .update();
            }
        }
    }

    public void organisations(int count) {
        jdbc.sql("""
                insert into registry.organisation (kind, name_original, name_vi, country_code, normalized_name)
                select 'FOREIGN_NGO', 'Bench Foundation ' || g, 'Quỹ thử nghiệm ' || g,
                       (array['US','GB','DE','JP','KR','FR','AU','NL'])[1 + g % 8], 'quy thu nghiem ' || g
                  from generate_series(1, :count) g
                """).param("count", count).update();
    }

    public void items(int count) {
        jdbc.sql("""
                with orgs as (select array_agg(id order by id) ids from registry.organisation),
                     agencies as (select array_agg(id order by id) ids from identity.agency)
                insert into aid.aid_item (code, kind, delivery_form, status, legal_basis, name_vi, name_en, donor_id,
                                          owner_agency_id, governing_agency_id, planned_start, planned_end,
                                          approved_on, total_amount, total_currency, total_vnd, total_usd,
                                          priority_field, objectives_vi, stage_due_on, created_by, public_groups)
                select 'BV-' || (2006 + g % 20) || '-' || lpad(g::text, 6, '0'),
                       (array['PROGRAMME','INVESTMENT_PROJECT','TECHNICAL_ASSISTANCE','NON_PROJECT','EMERGENCY_RELIEF'])[1 + g % 5],
                       'CASH',
                       (array['DOSSIER_DRAFT','SUBMITTED','UNDER_APPRAISAL','PENDING_DECISION','APPROVED','IMPLEMENTING',
                              'IMPLEMENTING','IMPLEMENTING','COMPLETED','SETTLED','CLOSED','CLOSED','REFUSED'])[1 + g % 13],
                       case when g % 20 >= 19 then 'D313' else 'D80' end,
                       (array['Dự án ','Chương trình ','Hỗ trợ ','Viện trợ '])[1 + g % 4]
                         || (array['y tế cơ sở','nước sạch nông thôn','giáo dục mầm non','phòng chống sốt rét',
                                   'người khuyết tật','sinh kế cho phụ nữ','rà phá bom mìn','ứng phó thiên tai',
                                   'chăm sóc người cao tuổi','trường học hy vọng'])[1 + (g / 7) % 10] || ' số ' || g,
                       'Project ' || g,
                       o.ids[1 + g % array_length(o.ids, 1)],
                       a.ids[1 + g % array_length(a.ids, 1)], a.ids[1],
                       make_date(2006 + g % 20, 1 + g % 12, 1), make_date(2008 + g % 20, 1 + g % 12, 1),
                       case when g % 13 between 4 and 11 then make_date(2006 + g % 20, 1 + g % 12, 1 + g % 27) end,
                       (10000 + (g::bigint * 7919) % 2000000)::numeric,
                       (array['USD','EUR','VND'])[1 + g % 3],
                       case (1 + g % 3) when 3 then (10000 + (g::bigint * 7919) % 2000000)::numeric
                            else (10000 + (g::bigint * 7919) % 2000000) * 25000 end,
                       (10000 + (g::bigint * 7919) % 2000000)::numeric,
                       '2.' || (1 + g % 8),
                       'Mục tiêu của khoản viện trợ ' || g,
                       case when g % 13 in (1, 2, 3) then current_date - 30 + g % 60 end,
                       'bench', '{SUMMARY,VALUE}'
                  from generate_series(1, :count) g, orgs o, agencies a
                """).param("count", count).update();
        jdbc.sql("""
                insert into aid.aid_item_sector (aid_item, aid_item_key, sector_code, percent)
                select i.id, s.k, (array['12220','12250','12262','13040','11220','11120','14030','15170','43060','16010'])
                                  [1 + (i.id + s.k * 3) % 10],
                       case when i.id % 3 = 0 then 100 when s.k = 0 then 60 else 40 end
                  from aid.aid_item i cross join generate_series(0, 1) s(k)
                 where i.code like 'BV-%' and (s.k = 0 or i.id % 3 <> 0)
                """).update();
        jdbc.sql("""
                with communes as (select array_agg(code order by code) codes, array_agg(province_code order by code) provinces
                                    from reference.admin_unit where unit_set = 'current' and level = 'commune')
                insert into aid.aid_item_location (aid_item, aid_item_key, commune_code, province_code, percent)
                select i.id, l.k, c.codes[1 + (i.id * 31 + l.k * 977) % array_length(c.codes, 1)],
                       c.provinces[1 + (i.id * 31 + l.k * 977) % array_length(c.codes, 1)],
                       case when i.id % 2 = 0 then 100 else 50 end
                  from aid.aid_item i cross join generate_series(0, 1) l(k), communes c
                 where i.code like 'BV-%' and (l.k = 0 or i.id % 2 = 1)
                """).update();
        jdbc.sql("""
                insert into aid.item_agency (aid_item, agency_id, reason)
                select id, owner_agency_id, 'OWNER' from aid.aid_item
                union select id, governing_agency_id, 'GOVERNING' from aid.aid_item
                on conflict do nothing
                """).update();
    }

    /** Commitments, disbursements and expenditures of the approved items, in their own currency with equivalents. */
    void transactions(int count) {
        jdbc.sql("""
                with approved as (select array_agg(id order by id) ids from aid.aid_item
                                   where status in ('APPROVED','IMPLEMENTING','COMPLETED','SETTLED','CLOSED'))
                insert into aid.money_transaction (aid_item, kind, funding, value_date, amount, currency, rate_to_vnd,
                                                   rate_to_usd, rate_date, rate_source, rate_stated, demo_rate,
                                                   amount_vnd, amount_usd, recorded_by)
                select a.ids[1 + (g * 7) % array_length(a.ids, 1)],
                       (array['COMMITMENT','DISBURSEMENT','DISBURSEMENT','EXPENDITURE','EXPENDITURE'])[1 + g % 5],
                       case when g % 17 = 0 then 'COUNTERPART' else 'AID' end,
                       date '2006-01-01' + (g % 7300), (100 + (g::bigint * 31) % 50000)::numeric,
                       (array['USD','EUR','VND'])[1 + g % 3],
                       (array[25000, 27000, 1])[1 + g % 3], (array[1, 1.08, 0.00004])[1 + g % 3],
                       date '2006-01-01' + (g % 7300), 'bench', false, true,
                       (100 + (g::bigint * 31) % 50000) * (array[25000, 27000, 1])[1 + g % 3],
                       round((100 + (g::bigint * 31) % 50000) * (array[1, 1.08, 0.00004])[1 + g % 3], 2), 'bench'
                  from generate_series(1, :count) g, approved a
                """).param("count", count).update();
    }

    public void analyze() {
        for (String table : new String[] {"aid.aid_item", "aid.aid_item_sector", "aid.aid_item_location",
                "aid.item_agency", "aid.money_transaction", "aid.money_total", "aid.money_month", "aid.money_share",
                "registry.organisation"}) {
            jdbc.sql("analyze " + table).update();
        }
    }
}
