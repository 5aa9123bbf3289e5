package vn.vientro.aid.money;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.vientro.shared.Money;

/**
 * Splits money over sectors or communes without counting an item twice. Each item's sum (from the pre-aggregated
 * {@code aid.money_total}) is weighted by its percentages and rounded by largest remainder, in whole đồng and in US
 * cents, so the item's parts add up to its whole; an item without shares falls to a part without code.
 */
final class SplitQuery {

    /** The share tables; only these fixed names ever reach the SQL text. */
    enum Shares {
        SECTOR("aid.aid_item_sector", "sector_code"),
        COMMUNE("aid.aid_item_location", "commune_code");

        private final String table;
        private final String column;

        Shares(String table, String column) {
            this.table = table;
            this.column = column;
        }
    }

    private static final String SQL = """
            with item_sum as (
                select t.aid_item, sum(t.amount_vnd) as vnd, sum(t.amount_usd) * 100 as cents
                  from aid.money_total t
                 where t.kind = :kind %s
                 group by t.aid_item
            ), share as (
                select i.aid_item, s.%2$s as code, i.vnd, i.cents, s.percent,
                       sum(s.percent) over (partition by i.aid_item) as whole
                  from item_sum i join %3$s s on s.aid_item = i.aid_item
                union all
                select i.aid_item, null, i.vnd, i.cents, 1, 1
                  from item_sum i where not exists (select 1 from %3$s s where s.aid_item = i.aid_item)
            ), exact as (
                select aid_item, code, vnd, cents, vnd * percent / whole as vnd_exact,
                       cents * percent / whole as cents_exact
                  from share
            ), floored as (
                select e.*, floor(vnd_exact) as vnd_floor, floor(cents_exact) as cents_floor from exact e
            ), ranked as (
                select f.*,
                       vnd - sum(vnd_floor) over (partition by aid_item) as vnd_left,
                       cents - sum(cents_floor) over (partition by aid_item) as cents_left,
                       row_number() over (partition by aid_item order by vnd_exact - vnd_floor desc, code) as vnd_rank,
                       row_number() over (partition by aid_item order by cents_exact - cents_floor desc, code)
                           as cents_rank
                  from floored f
            )
            select code,
                   sum(vnd_floor + case when vnd_rank <= vnd_left then 1 else 0 end) as vnd,
                   sum(cents_floor + case when cents_rank <= cents_left then 1 else 0 end) / 100 as usd,
                   count(distinct aid_item) as items
              from ranked
             group by code
             order by vnd desc, code
            """;

    private final JdbcClient jdbc;

    SplitQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<MoneySplit> split(MoneyFilter filter, Shares shares) {
        StringBuilder where = new StringBuilder();
        if (filter.funding() != null) {
            where.append(" and t.funding = :funding");
        }
        if (filter.fromYear() != null) {
            where.append(" and t.value_year >= :fromYear");
        }
        if (filter.toYear() != null) {
            where.append(" and t.value_year <= :toYear");
        }
        if (filter.itemId() != null) {
            where.append(" and t.aid_item = :item");
        }
        if (filter.agencyId() != null) {
            where.append(" and exists (select 1 from aid.item_agency a where a.aid_item = t.aid_item"
                    + " and a.agency_id = :agency)");
        }
        JdbcClient.StatementSpec sql = jdbc.sql(SQL.formatted(where, shares.column, shares.table))
                .param("kind", filter.kind().name());
        if (filter.funding() != null) {
            sql = sql.param("funding", filter.funding().name());
        }
        if (filter.fromYear() != null) {
            sql = sql.param("fromYear", filter.fromYear());
        }
        if (filter.toYear() != null) {
            sql = sql.param("toYear", filter.toYear());
        }
        if (filter.itemId() != null) {
            sql = sql.param("item", filter.itemId());
        }
        if (filter.agencyId() != null) {
            sql = sql.param("agency", filter.agencyId());
        }
        return sql.query((rs, n) -> new MoneySplit(rs.getString("code"), Money.of(rs.getBigDecimal("vnd"), "VND"),
                Money.of(rs.getBigDecimal("usd"), "USD"), rs.getLong("items"))).list();
    }
}
