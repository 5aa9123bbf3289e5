package vn.vientro.aid.money;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.vientro.aid.item.AidItemQueries;
import vn.vientro.aid.item.AidItemRecord;
import vn.vientro.reference.Conversion;
import vn.vientro.reference.ExchangeRates;
import vn.vientro.shared.DecimalText;
import vn.vientro.shared.Money;
import vn.vientro.shared.NotFoundException;

/**
 * Reads aid money: an item's totals, transactions and cumulative series, and splits by sector or commune over many
 * items. No access check here: pages and the API go through {@link MoneyFlows}; other parts restrict a split with
 * {@link MoneyFilter#agencyId()}.
 */
@Component
@Transactional(readOnly = true)
public class MoneyQueries {

    private final JdbcClient jdbc;
    private final AidItemQueries items;
    private final ExchangeRates rates;
    private final SplitQueries splits;
    private final Clock clock;

    MoneyQueries(JdbcClient jdbc, AidItemQueries items, ExchangeRates rates, SplitQueries splits, Clock clock) {
        this.jdbc = jdbc;
        this.splits = splits;
        this.items = items;
        this.rates = rates;
        this.clock = clock;
    }

    /** An item's totals by kind and funding, per currency and in VND and USD, with its rates and counterpart funds. */
    public MoneyTotals totals(long itemId) {
        AidItemRecord item = items.record(itemId).orElseThrow(() -> new NotFoundException("aid item", itemId));
        Map<String, List<Row>> grouped = new TreeMap<>();
        jdbc.sql("""
                select kind, funding, currency, sum(amount) as amount, sum(amount_vnd) as vnd, sum(amount_usd) as usd,
                       sum(transactions) as n
                  from aid.money_total where aid_item = :item
                 group by kind, funding, currency order by currency
                """).param("item", itemId).query((rs, n) -> new Row(MoneyKind.valueOf(rs.getString("kind")),
                        Funding.valueOf(rs.getString("funding")), Money.of(rs.getBigDecimal("amount"),
                        rs.getString("currency")), rs.getBigDecimal("vnd"), rs.getBigDecimal("usd"), rs.getInt("n")))
                .list().forEach(row -> grouped.computeIfAbsent(row.kind().ordinal() + ":" + row.funding().ordinal(),
                        key -> new ArrayList<>()).add(row));
        List<MoneyTotals.Line> lines = grouped.values().stream().map(MoneyQueries::line).toList();
        Money planned = item.counterpart();
        return MoneyTotals.of(itemId, lines, totalVnd(item), planned, planned == null ? null : inVnd(planned, item));
    }

    /** An item's transactions, newest value date first. */
    public List<MoneyTransaction> transactions(long itemId) {
        return jdbc.sql("select * from aid.money_transaction where aid_item = :item order by value_date desc, id desc")
                .param("item", itemId).query(MoneyQueries::transaction).list();
    }

    /** One transaction, whichever item it belongs to: the caller checks that. */
    public Optional<MoneyTransaction> transaction(long transactionId) {
        return jdbc.sql("select * from aid.money_transaction where id = :id").param("id", transactionId)
                .query(MoneyQueries::transaction).optional();
    }

    /** Aid commitments and disbursements in VND, cumulated on each value date. */
    public CumulativeSeries cumulative(long itemId) {
        Map<LocalDate, BigDecimal[]> byDate = new LinkedHashMap<>();
        jdbc.sql("""
                select value_date, kind, sum(amount_vnd) as vnd from aid.money_transaction
                 where aid_item = :item and funding = 'AID' and kind in ('COMMITMENT', 'DISBURSEMENT')
                 group by value_date, kind order by value_date
                """).param("item", itemId).query((rs, n) -> {
                    BigDecimal[] sums = byDate.computeIfAbsent(rs.getObject("value_date", LocalDate.class),
                            d -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
                    sums["COMMITMENT".equals(rs.getString("kind")) ? 0 : 1] = rs.getBigDecimal("vnd");
                    return n;
                }).list();
        List<CumulativeSeries.Point> points = new ArrayList<>();
        BigDecimal committed = BigDecimal.ZERO;
        BigDecimal disbursed = BigDecimal.ZERO;
        for (Map.Entry<LocalDate, BigDecimal[]> day : byDate.entrySet()) {
            committed = committed.add(day.getValue()[0]);
            disbursed = disbursed.add(day.getValue()[1]);
            points.add(new CumulativeSeries.Point(day.getKey(), committed, disbursed));
        }
        return new CumulativeSeries(points);
    }

    /** The money of the filter split over DAC sectors by each item's sector percentages. */
    public List<MoneySplit> bySector(MoneyFilter filter) {
        return splits.split(filter, SplitQueries.Dimension.SECTOR);
    }

    /** The money of the filter split over communes by each item's commune percentages. */
    public List<MoneySplit> byCommune(MoneyFilter filter) {
        return splits.split(filter, SplitQueries.Dimension.COMMUNE);
    }

    private static MoneyTransaction transaction(ResultSet rs, int n) throws SQLException {
        return new MoneyTransaction(rs.getLong("id"), rs.getLong("version"), rs.getLong("aid_item"),
                MoneyKind.valueOf(rs.getString("kind")), Funding.valueOf(rs.getString("funding")),
                rs.getObject("value_date", LocalDate.class), rs.getBigDecimal("amount"),
                rs.getString("currency"), DecimalText.stripped(rs.getBigDecimal("rate_to_vnd")),
                DecimalText.stripped(rs.getBigDecimal("rate_to_usd")),
                rs.getObject("rate_date", LocalDate.class), rs.getString("rate_source"),
                rs.getBoolean("rate_stated"), rs.getBoolean("demo_rate"), rs.getBigDecimal("amount_vnd"),
                rs.getBigDecimal("amount_usd"), rs.getString("description"), rs.getString("reference"),
                rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant());
    }

    private static MoneyTotals.Line line(List<Row> rows) {
        Row first = rows.get(0);
        BigDecimal vnd = rows.stream().map(Row::vnd).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal usd = rows.stream().map(Row::usd).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new MoneyTotals.Line(first.kind(), first.funding(),
                rows.stream().map(Row::amount).sorted(Comparator.comparing(m -> m.currency().getCurrencyCode()))
                        .toList(), Money.of(vnd, "VND"), Money.of(usd, "USD"),
                rows.stream().mapToInt(Row::transactions).sum());
    }

    private static @Nullable Money totalVnd(AidItemRecord item) {
        if (Money.VND.equals(item.totalValue().currency())) {
            return item.totalValue();
        }
        return item.totalVnd() == null ? null : Money.of(item.totalVnd(), "VND");
    }

    /** The planned counterpart in VND, at the rate of the decision's day (or today before a decision). */
    private @Nullable Money inVnd(Money planned, AidItemRecord item) {
        LocalDate on = item.approvedOn() != null ? item.approvedOn() : LocalDate.now(clock);
        return rates.convertIfRated(planned, Money.VND, on).map(Conversion::result).orElse(null);
    }

    private record Row(MoneyKind kind, Funding funding, Money amount, BigDecimal vnd, BigDecimal usd,
                       int transactions) {
    }
}
