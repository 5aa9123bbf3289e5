package vn.vientro.aid.money;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.vientro.shared.Money;

/**
 * Reads money split over sectors or communes from the parts the database keeps on every write (each item's sum
 * weighted by its percentages and rounded by largest remainder, so an item's parts add up to its whole): over all
 * items from {@code aid.money_split}, for one item or one agency's items from {@code aid.money_share}.
 */
@Component
class SplitQueries {

    enum Dimension {
        SECTOR, COMMUNE
    }

    private static final String SQL = """
            select nullif(s.code, '') as code, sum(s.amount_vnd) as vnd, sum(s.amount_usd) as usd
              from %s s
             where s.dimension = :dimension and s.kind = :kind%s
             group by s.code
             order by vnd desc, s.code
            """;

    private final JdbcClient jdbc;

    SplitQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<MoneySplit> split(MoneyFilter filter, Dimension dimension) {
        boolean perItem = filter.itemId() != null || filter.agencyId() != null;
        StringBuilder where = new StringBuilder();
        if (filter.funding() != null) {
            where.append(" and s.funding = :funding");
        }
        if (filter.fromYear() != null) {
            where.append(" and s.value_year >= :fromYear");
        }
        if (filter.toYear() != null) {
            where.append(" and s.value_year <= :toYear");
        }
        if (filter.itemId() != null) {
            where.append(" and s.aid_item = :item");
        }
        if (filter.agencyId() != null) {
            where.append(" and exists (select 1 from aid.item_agency a where a.aid_item = s.aid_item"
                    + " and a.agency_id = :agency)");
        }
        JdbcClient.StatementSpec sql = jdbc.sql(SQL.formatted(perItem ? "aid.money_share" : "aid.money_split", where))
                .param("dimension", dimension.name()).param("kind", filter.kind().name());
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
                Money.of(rs.getBigDecimal("usd"), "USD"))).list();
    }
}
