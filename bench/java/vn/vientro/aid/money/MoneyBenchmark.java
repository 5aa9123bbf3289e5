package vn.vientro.aid.money;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.function.IntConsumer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Aid money at national scale (100,000 items, 1,000,000 transactions over 20 years): the per-item read over HTTP and
 * in SQL, a write through the API, and the sector and commune splits over every item. Not part of the build; run
 * {@code ./mvnw -B -o test -Dtest=MoneyBenchmark -Dsurefire.excludedGroups=none}; figures in
 * {@code target/money-benchmark.txt}.
 */
@Tag("bench")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"vientro.data-dir=target/bench-data/${random.uuid}", "logging.level.vientro.request=warn"})
@ActiveProfiles("demo")
class MoneyBenchmark {

    private static final int ITEMS = 100_000;
    private static final int TRANSACTIONS_PER_ITEM = 10;

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MoneyQueries queries;

    private final HttpClient http = HttpClient.newHttpClient();
    private final Random random = new Random(20261123);
    private double rebuildSeconds;

    @Test
    void measuresReadsWritesAndSplitsAtNationalScale() throws Exception {
        long loadStart = System.nanoTime();
        load();
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
        long first = jdbc.sql("select min(id) from aid.aid_item").query(Long.class).single();
        long transactions = jdbc.sql("select count(*) from aid.money_transaction").query(Long.class).single();

        long[] httpRead = time(500, i -> get("/api/v1/aid-items/" + (first + random.nextInt(ITEMS)) + "/transactions"));
        long[] sqlRead = time(500, i -> {
            long id = first + random.nextInt(ITEMS);
            queries.transactions(id);
            queries.totals(id);
        });
        long[] httpWrite = time(200, i -> post(first + random.nextInt(ITEMS)));
        long[] sector = time(10, i -> queries.bySector(MoneyFilter.of(MoneyKind.DISBURSEMENT)));
        long[] commune = time(10, i -> queries.byCommune(MoneyFilter.of(MoneyKind.DISBURSEMENT)));
        long[] sectorYear = time(10, i -> queries.bySector(new MoneyFilter(MoneyKind.DISBURSEMENT, null, 2020, 2020,
                null, null)));
        long[] itemSplit = time(200, i -> queries.bySector(MoneyFilter.of(MoneyKind.DISBURSEMENT)
                .forItem(first + random.nextInt(ITEMS))));
        long agency = jdbc.sql("select id from identity.agency where code = 'SGDDT'").query(Long.class).single();
        jdbc.sql("insert into aid.item_agency (aid_item, agency_id, reason) select id, :a, 'OWNER' from aid.aid_item "
                + "where code like 'BM-%' and id % 50 = 0").param("a", agency).update();
        jdbc.sql("analyze aid.item_agency").update();
        long agencyItems = ITEMS / 50;
        long[] agencySplit = time(10, i -> queries.bySector(MoneyFilter.of(MoneyKind.DISBURSEMENT).forAgency(agency)));

        String report = String.format("""
                Aid money benchmark (%d items, %d transactions loaded in %.1f s, of which set-based rebuild of the
                derived tables %.1f s)
                  item money, HTTP GET /api/v1/aid-items/{id}/transactions  p50 %7.2f ms  p95 %7.2f ms
                  item money, SQL (transactions + totals)                   p50 %7.2f ms  p95 %7.2f ms
                  record, HTTP POST .../transactions (rates, gate, trigger)  p50 %7.2f ms  p95 %7.2f ms
                  split by sector, all items                                 p50 %7.2f ms  p95 %7.2f ms
                  split by commune, all items                                p50 %7.2f ms  p95 %7.2f ms
                  split by sector, one year                                  p50 %7.2f ms  p95 %7.2f ms
                  split by sector, one item                                  p50 %7.2f ms  p95 %7.2f ms
                  split by sector, one agency's items (%d items)             p50 %7.2f ms  p95 %7.2f ms
                """, ITEMS, transactions, loadSeconds, rebuildSeconds, ms(httpRead, 50), ms(httpRead, 95), ms(sqlRead, 50),
                ms(sqlRead, 95), ms(httpWrite, 50), ms(httpWrite, 95), ms(sector, 50), ms(sector, 95),
                ms(commune, 50), ms(commune, 95), ms(sectorYear, 50), ms(sectorYear, 95), ms(itemSplit, 50),
                ms(itemSplit, 95), agencyItems, ms(agencySplit, 50), ms(agencySplit, 95));
        System.out.println(report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/money-benchmark.txt"), report);
        assertThat(transactions).isGreaterThanOrEqualTo((long) ITEMS * TRANSACTIONS_PER_ITEM);
    }

    /**
     * Items, shares and transactions in bulk SQL with the triggers off (the audit is not measured); the derived money
     * tables are then rebuilt in one set-based pass, as after any bulk load.
     */
    private void load() {
        long donor = jdbc.sql("select min(id) from registry.organisation").query(Long.class).single();
        long agency = jdbc.sql("select id from identity.agency where code = 'SYT'").query(Long.class).single();
        for (String table : new String[] {"aid_item", "aid_item_sector", "aid_item_location", "money_transaction"}) {
            jdbc.sql("alter table aid." + table + " disable trigger audit_change").update();
        }
        jdbc.sql("alter table aid.money_transaction disable trigger money_transaction_total_trg").update();
        for (String table : new String[] {"aid_item_sector", "aid_item_location"}) {
            for (String event : new String[] {"insert", "delete", "update"}) {
                jdbc.sql("alter table aid." + table + " disable trigger " + table + "_" + event + "_money_trg").update();
            }
        }
        jdbc.sql("""
                insert into aid.aid_item (code, kind, delivery_form, status, legal_basis, name_vi, donor_id,
                       owner_agency_id, governing_agency_id, total_amount, total_currency, total_vnd, total_usd,
                       approved_on, planned_start, planned_end, created_by)
                select 'BM-' || g, 'TECHNICAL_ASSISTANCE', 'CASH', 'IMPLEMENTING', 'D80', 'Khoản ' || g, :donor,
                       :agency, :agency, 100000, 'USD', 2500000000, 100000, date '2006-01-01' + (g %% 7000),
                       date '2006-01-01' + (g %% 7000), date '2008-01-01' + (g %% 7000), 'bench'
                  from generate_series(1, :n) g
                """.formatted()).param("donor", donor).param("agency", agency).param("n", ITEMS).update();
        jdbc.sql("""
                insert into aid.aid_item_sector (aid_item, aid_item_key, sector_code, percent)
                select i.id, s.k, (array['12220', '12230', '12240', '11220', '31120'])[1 + (i.id + s.k) %% 5],
                       case when i.id %% 3 = 0 then 100 when s.k = 0 then 33.33 when s.k = 1 then 33.33 else 33.34 end
                  from aid.aid_item i cross join generate_series(0, 2) s(k)
                 where i.code like 'BM-%%' and (i.id %% 3 <> 0 or s.k = 0)
                """.formatted()).update();
        jdbc.sql("""
                insert into aid.aid_item_location (aid_item, aid_item_key, commune_code, province_code, percent)
                select i.id, s.k, lpad((8000 + (i.id * 7 + s.k) %% 900)::text, 5, '0'), '25',
                       case when i.id %% 2 = 0 then 100 when s.k = 0 then 60 else 40 end
                  from aid.aid_item i cross join generate_series(0, 1) s(k)
                 where i.code like 'BM-%%' and (i.id %% 2 <> 0 or s.k = 0)
                """.formatted()).update();
        jdbc.sql("""
                insert into aid.money_transaction (aid_item, kind, funding, value_date, amount, currency, rate_to_vnd,
                       rate_to_usd, rate_date, rate_source, amount_vnd, amount_usd, recorded_by)
                select i.id, k.kind, case when t %% 9 = 0 then 'COUNTERPART' else 'AID' end,
                       i.approved_on + t * 60, r.amount, r.currency, r.vnd, r.usd, i.approved_on + t * 60, 'bench',
                       round(r.amount * r.vnd), round(r.amount * r.usd, 2), 'bench'
                  from aid.aid_item i
                  cross join generate_series(0, :per - 1) t
                  cross join lateral (select (array['COMMITMENT', 'PLANNED_DISBURSEMENT', 'PLANNED_DISBURSEMENT',
                         'DISBURSEMENT', 'DISBURSEMENT', 'DISBURSEMENT', 'DISBURSEMENT', 'EXPENDITURE', 'EXPENDITURE',
                         'EXPENDITURE'])[1 + t %% 10] as kind) k
                  cross join lateral (select 1000 + (i.id * 37 + t * 101) %% 50000 as amount,
                         (array['USD', 'EUR', 'VND'])[1 + (i.id + t) %% 3] as currency) a
                  cross join lateral (select a.amount, a.currency,
                         case a.currency when 'USD' then 25000 when 'EUR' then 27000 else 1 end::numeric as vnd,
                         case a.currency when 'USD' then 1 when 'EUR' then 1.08 else 0.00004 end::numeric as usd) r
                 where i.code like 'BM-%%'
                """.formatted()).param("per", TRANSACTIONS_PER_ITEM).update();
        jdbc.sql("alter table aid.money_transaction enable trigger money_transaction_total_trg").update();
        long rebuildStart = System.nanoTime();
        jdbc.sql("select aid.money_rebuild()").query(Object.class).list();
        rebuildSeconds = (System.nanoTime() - rebuildStart) / 1e9;
        for (String table : new String[] {"aid_item", "aid_item_sector", "aid_item_location", "money_transaction"}) {
            jdbc.sql("alter table aid." + table + " enable trigger audit_change").update();
        }
        for (String table : new String[] {"aid_item_sector", "aid_item_location"}) {
            for (String event : new String[] {"insert", "delete", "update"}) {
                jdbc.sql("alter table aid." + table + " enable trigger " + table + "_" + event + "_money_trg").update();
            }
        }
        jdbc.sql("analyze aid.aid_item").update();
        jdbc.sql("analyze aid.aid_item_sector").update();
        jdbc.sql("analyze aid.aid_item_location").update();
        jdbc.sql("analyze aid.money_transaction").update();
        jdbc.sql("analyze aid.money_total").update();
    }

    private void get(String path) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer demo-focal").GET());
        assertThat(response.statusCode()).isEqualTo(200);
    }

    private void post(long item) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/api/v1/aid-items/" + item + "/transactions"))
                .header("Authorization", "Bearer demo-focal").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"kind": "DISBURSEMENT", "valueDate": "%s", "amount": 1234.56, "currency": "EUR"}
                        """.formatted(MoneyFixtures.today()))));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static long[] time(int runs, IntConsumer work) {
        for (int i = 0; i < Math.min(20, runs); i++) {
            work.accept(i); // warm-up: JIT, plans, caches
        }
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.accept(i);
            nanos[i] = System.nanoTime() - start;
        }
        return nanos;
    }

    private static double ms(long[] nanos, int percentile) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[Math.max(0, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1)] / 1e6;
    }
}
