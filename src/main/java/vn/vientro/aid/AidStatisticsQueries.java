package vn.vientro.aid;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Statistics of approved aid for other modules (the reporting module's dashboard, reports and pivots; the portal's
 * headline): money of a span of months grouped by any {@link StatisticsDimension}s, read from the month sums the
 * database keeps on every write ({@code aid.money_month}), split over sectors and communes by each item's percentages.
 * Each month row carries copies of its item's facts (approved, kind, status, field, donor), kept on write, so a period
 * reads one table by month. No access check: the reading module applies its own policy and narrows the filter.
 */
@Component
@Transactional(readOnly = true)
public class AidStatisticsQueries {

    /** The measures of one item in a group, summed over its months (and its split parts). */
    private static final String ITEM_MEASURES = """
            coalesce(sum(f.vnd) filter (where f.kind = 'COMMITMENT' and f.funding = 'AID'), 0) as committed_vnd,
            coalesce(sum(f.usd) filter (where f.kind = 'COMMITMENT' and f.funding = 'AID'), 0)
                as committed_usd,
            coalesce(sum(f.vnd) filter (where f.kind = 'DISBURSEMENT' and f.funding = 'AID'), 0)
                as disbursed_vnd,
            coalesce(sum(f.usd) filter (where f.kind = 'DISBURSEMENT' and f.funding = 'AID'), 0)
                as disbursed_usd,
            coalesce(sum(f.vnd) filter (where f.kind = 'EXPENDITURE' and f.funding = 'AID'), 0) as spent_vnd,
            coalesce(sum(f.usd) filter (where f.kind = 'EXPENDITURE' and f.funding = 'AID'), 0) as spent_usd,
            coalesce(sum(f.vnd) filter (where f.kind = 'COMMITMENT' and f.funding = 'COUNTERPART'), 0)
                as counterpart_vnd,
            coalesce(sum(f.usd) filter (where f.kind = 'COMMITMENT' and f.funding = 'COUNTERPART'), 0)
                as counterpart_usd
            """;

    /**
     * A group's measures from its items' rows: counting the rows counts each item once, by hashing rather than the
     * sort a {@code count(distinct)} needs (twice as fast over a decade of months at national scale).
     */
    private static final String MEASURES = """
            count(*) as items, coalesce(sum(g.committed_vnd), 0) as committed_vnd,
            coalesce(sum(g.committed_usd), 0) as committed_usd, coalesce(sum(g.disbursed_vnd), 0) as disbursed_vnd,
            coalesce(sum(g.disbursed_usd), 0) as disbursed_usd, coalesce(sum(g.spent_vnd), 0) as spent_vnd,
            coalesce(sum(g.spent_usd), 0) as spent_usd, coalesce(sum(g.counterpart_vnd), 0) as counterpart_vnd,
            coalesce(sum(g.counterpart_usd), 0) as counterpart_usd
            """;

    /**
     * Each month's sums of an approved item, times the item's share in one sector and one commune (1 when not split).
     * The item's facts are the copies its month sums carry (kept on write), so no statement joins every item.
     */
    private static final String FACTS = """
            select m.aid_item, m.kind, m.funding, m.value_month, m.item_kind as aid_kind, m.item_status as status,
                   m.priority_field, m.donor_id, s.code as sector, c.code as commune,
                   m.amount_vnd * s.share * c.share as vnd, m.amount_usd * s.share * c.share as usd
              from aid.money_month m
              %s
              %s
             where m.approved and m.value_month between :from and :to%s
            """;

    private static final String SECTOR_SHARES = """
            cross join lateral (
                select coalesce(x.sector_code, '') as code, coalesce(x.percent / sum(x.percent) over (), 1) as share
                  from (select 1) as one left join aid.aid_item_sector x on x.aid_item = m.aid_item
            ) s""";

    private static final String COMMUNE_SHARES = """
            cross join lateral (
                select coalesce(x.commune_code, '') as code, coalesce(x.percent / sum(x.percent) over (), 1) as share
                  from (select 1) as one left join aid.aid_item_location x on x.aid_item = m.aid_item
            ) c""";

    /**
     * Only the items with a part in the filter's DAC category (3 digits) or sector (5 digits), or its commune, with the
     * item's share in it as the rollups keep it ({@code aid.money_rollup_part}, kept on every change of the splits):
     * the same numerics the shares above compute (a category's share is its sectors' shares summed, and products and
     * sums of numerics are exact), so a filtered period reads only the matching items' month rows instead of every
     * month row with its item's splits.
     */
    private static final String PART_SHARE = """
            cross join lateral (
                select p.part as code, p.share from aid.money_rollup_part p
                 where p.rollup = '%s' and p.aid_item = m.aid_item and p.part = :%s
            ) %s""";

    private static final Map<StatisticsDimension, String> KEYS = Map.of(
            StatisticsDimension.YEAR, "to_char(f.value_month, 'YYYY')",
            StatisticsDimension.QUARTER, "to_char(f.value_month, 'YYYY-\"Q\"Q')",
            StatisticsDimension.MONTH, "to_char(f.value_month, 'YYYY-MM')",
            StatisticsDimension.PRIORITY_FIELD, "coalesce(f.priority_field, '')",
            StatisticsDimension.SECTOR, "f.sector",
            StatisticsDimension.SECTOR_CATEGORY, "left(f.sector, 3)",
            StatisticsDimension.COMMUNE, "f.commune",
            StatisticsDimension.DONOR, "f.donor_id::text",
            StatisticsDimension.KIND, "f.aid_kind",
            StatisticsDimension.STATUS, "f.status");

    /**
     * The rollups kept on write ({@code aid.money_rollup}, one mechanism for all, see its migration): each keeps
     * approved money by year and up to three keys, and answers the dimensions and filters its keys hold.
     */
    enum Rollup {
        /** Item kind, status, priority field. */
        YEAR("year", Map.of(StatisticsDimension.KIND, "y.k1", StatisticsDimension.STATUS, "y.k2",
                StatisticsDimension.PRIORITY_FIELD, "y.k3"),
                "select b.item_kind as k1, b.item_status as k2, b.priority_field as k3, b.years"
                        + " from aid.money_rollup_item_years b"),
        /**
         * The year rollup's keys by month ({@code value_year} yyyymm), each item counted in the month its money of the
         * year begins: the first months of one year (a first quarter or half, a year so far) add up exactly.
         */
        YEAR_MONTH("year_month", Map.of(StatisticsDimension.KIND, "y.k1", StatisticsDimension.STATUS, "y.k2",
                StatisticsDimension.PRIORITY_FIELD, "y.k3"), ""),
        /** Donor, item kind, priority field. */
        DONOR("donor", Map.of(StatisticsDimension.DONOR, "y.k1", StatisticsDimension.KIND, "y.k2",
                StatisticsDimension.PRIORITY_FIELD, "y.k3"),
                "select b.donor_id::text as k1, b.item_kind as k2, b.priority_field as k3, b.years"
                        + " from aid.money_rollup_item_years b"),
        /** DAC sector (the item's shares), item kind, priority field. */
        SECTOR("sector", Map.of(StatisticsDimension.SECTOR, "y.k1", StatisticsDimension.KIND, "y.k2",
                StatisticsDimension.PRIORITY_FIELD, "y.k3"), Rollup.PARTS_FIELD),
        /** DAC sector category (the item's shares summed by category), item kind, priority field. */
        CATEGORY("category", Map.of(StatisticsDimension.SECTOR_CATEGORY, "y.k1", StatisticsDimension.KIND, "y.k2",
                StatisticsDimension.PRIORITY_FIELD, "y.k3"), Rollup.PARTS_FIELD),
        /** Commune (the item's shares), item kind. */
        COMMUNE("commune", Map.of(StatisticsDimension.COMMUNE, "y.k1", StatisticsDimension.KIND, "y.k2"),
                Rollup.PARTS),
        /** DAC sector category (the item's shares summed by category), donor, item kind: donors under a category. */
        CATEGORY_DONOR("category_donor", Map.of(StatisticsDimension.SECTOR_CATEGORY, "y.k1",
                StatisticsDimension.DONOR, "y.k2", StatisticsDimension.KIND, "y.k3"), Rollup.PARTS_DONOR),
        /** Commune (the item's shares), donor, item kind: donors under a commune. */
        COMMUNE_DONOR("commune_donor", Map.of(StatisticsDimension.COMMUNE, "y.k1", StatisticsDimension.DONOR, "y.k2",
                StatisticsDimension.KIND, "y.k3"), Rollup.PARTS_DONOR);

        /** Each approved item's years with its parts in the rollup (the whole, '', when it is not split). */
        private static final String PARTS = "select coalesce(p.part, '') as k1, b.item_kind as k2, '' as k3, b.years"
                + " from aid.money_rollup_item_years b left join aid.money_rollup_part p"
                + " on p.rollup = :rollup and p.aid_item = b.aid_item";
        /** The same with the item's donor and kind. */
        private static final String PARTS_DONOR = "select coalesce(p.part, '') as k1, b.donor_id::text as k2,"
                + " b.item_kind as k3, b.years"
                + " from aid.money_rollup_item_years b left join aid.money_rollup_part p"
                + " on p.rollup = :rollup and p.aid_item = b.aid_item";
        /** The same with the item's priority field. */
        private static final String PARTS_FIELD = "select coalesce(p.part, '') as k1, b.item_kind as k2,"
                + " b.priority_field as k3, b.years"
                + " from aid.money_rollup_item_years b left join aid.money_rollup_part p"
                + " on p.rollup = :rollup and p.aid_item = b.aid_item";

        private final String name;
        private final Map<StatisticsDimension, String> keys;
        private final String itemYears;

        Rollup(String name, Map<StatisticsDimension, String> keys, String itemYears) {
            this.name = name;
            this.keys = keys;
            this.itemYears = itemYears;
        }

        private String key(StatisticsDimension dimension) {
            return dimension != StatisticsDimension.YEAR ? keys.get(dimension)
                    : this == YEAR_MONTH ? "lpad((y.value_year / 100)::text, 4, '0')" : "lpad(y.value_year::text, 4, '0')";
        }

        /** Whether the filter's months are what this rollup keeps: whole years, or January to a month of one year. */
        private boolean keepsMonths(StatisticsFilter filter) {
            YearMonth from = filter.from();
            YearMonth to = filter.to();
            return this == YEAR_MONTH ? from.getMonthValue() == 1 && from.getYear() == to.getYear()
                    && to.getMonthValue() < 12 : from.getMonthValue() == 1 && to.getMonthValue() == 12;
        }

        /** The first and last {@code value_year} of the filter's groups. */
        private int firstYear(StatisticsFilter filter) {
            return this == YEAR_MONTH ? filter.from().getYear() * 100 + 1 : filter.from().getYear();
        }

        private int lastYear(StatisticsFilter filter) {
            return this == YEAR_MONTH ? filter.to().getYear() * 100 + filter.to().getMonthValue()
                    : filter.to().getYear();
        }

        private boolean keeps(List<StatisticsDimension> dimensions) {
            return dimensions.stream().allMatch(d -> d == StatisticsDimension.YEAR || keys.containsKey(d));
        }

        /** Whether this rollup answers the filter and dimensions exactly as the month sums do. */
        boolean answers(StatisticsFilter filter, List<StatisticsDimension> dimensions) {
            if (!keepsMonths(filter) || filter.agencyId() != null || filter.publicOnly() || !keeps(dimensions)) {
                return false;
            }
            String sector = filter.sector();
            boolean factsOnlyKind = filter.priorityField() == null && filter.status() == null;
            boolean factsKindAndField = filter.status() == null;
            return switch (this) {
                case YEAR, YEAR_MONTH -> sector == null && filter.commune() == null && filter.donorIds() == null;
                case DONOR -> sector == null && filter.commune() == null && factsKindAndField;
                case SECTOR -> filter.commune() == null && filter.donorIds() == null && factsKindAndField
                        && (dimensions.contains(StatisticsDimension.SECTOR) || sector != null && sector.length() == 5);
                case CATEGORY -> filter.commune() == null && filter.donorIds() == null && factsKindAndField
                        && (dimensions.contains(StatisticsDimension.SECTOR_CATEGORY)
                                ? sector == null || sector.length() <= 3 : sector != null && sector.length() == 3);
                case COMMUNE -> sector == null && filter.donorIds() == null && factsOnlyKind
                        && (dimensions.contains(StatisticsDimension.COMMUNE) || filter.commune() != null);
                case CATEGORY_DONOR -> filter.commune() == null && factsOnlyKind
                        && (dimensions.contains(StatisticsDimension.SECTOR_CATEGORY)
                                ? sector == null || sector.length() <= 3 : sector != null && sector.length() == 3);
                case COMMUNE_DONOR -> sector == null && factsOnlyKind
                        && (dimensions.contains(StatisticsDimension.COMMUNE) || filter.commune() != null);
            };
        }

        private String conditions(StatisticsFilter filter) {
            return switch (this) {
                case YEAR, YEAR_MONTH -> (filter.priorityField() == null ? "" : " and y.k3 = :field")
                        + (filter.kind() == null ? "" : " and y.k1 = :kind")
                        + (filter.status() == null ? "" : " and y.k2 = :status");
                case DONOR -> (filter.donorIds() == null ? "" : " and y.k1 in (:donors)")
                        + (filter.kind() == null ? "" : " and y.k2 = :kind")
                        + (filter.priorityField() == null ? "" : " and y.k3 = :field");
                case SECTOR, CATEGORY -> (filter.sector() == null ? "" : " and y.k1 like :sector || '%'")
                        + (filter.kind() == null ? "" : " and y.k2 = :kind")
                        + (filter.priorityField() == null ? "" : " and y.k3 = :field");
                case COMMUNE -> (filter.commune() == null ? "" : " and y.k1 = :commune")
                        + (filter.kind() == null ? "" : " and y.k2 = :kind");
                case CATEGORY_DONOR -> (filter.sector() == null ? "" : " and y.k1 like :sector || '%'")
                        + (filter.donorIds() == null ? "" : " and y.k2 in (:donors)")
                        + (filter.kind() == null ? "" : " and y.k3 = :kind");
                case COMMUNE_DONOR -> (filter.commune() == null ? "" : " and y.k1 = :commune")
                        + (filter.donorIds() == null ? "" : " and y.k2 in (:donors)")
                        + (filter.kind() == null ? "" : " and y.k3 = :kind");
            };
        }
    }

    private static final String ROLLUP_MEASURES = """
            coalesce(sum(y.committed_vnd), 0) as committed_vnd, coalesce(sum(y.committed_usd), 0) as committed_usd,
            coalesce(sum(y.disbursed_vnd), 0) as disbursed_vnd, coalesce(sum(y.disbursed_usd), 0) as disbursed_usd,
            coalesce(sum(y.spent_vnd), 0) as spent_vnd, coalesce(sum(y.spent_usd), 0) as spent_usd,
            coalesce(sum(y.counterpart_vnd), 0) as counterpart_vnd,
            coalesce(sum(y.counterpart_usd), 0) as counterpart_usd
            """;

    /**
     * The public filter ({@link StatisticsFilter#publicOnly()}), as the portal publishes an item: approved at some point
     * (never a draft, a dossier under appraisal or a refused one) with its summary public, and its money counted only
     * when the focal point made its money group public too (an item whose money is not public is not counted at all,
     * so the number of items and the sums describe the same items). The same groups as {@link PublishedItemQueries}.
     */
    private static final String PUBLIC_GROUPS = " and 'SUMMARY' = any(%1$s.public_groups)"
            + " and 'MONEY' = any(%1$s.public_groups)";
    private static final String PUBLISHED_STATUSES = Arrays.stream(AidStatus.values()).filter(AidStatus::wasApproved)
            .map(Enum::name).collect(Collectors.joining(",", "{", "}"));

    private final JdbcClient jdbc;

    AidStatisticsQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The filter's totals, as one row without keys. */
    public StatisticsRow totals(StatisticsFilter filter) {
        List<StatisticsRow> rows = breakdown(filter, List.of());
        return rows.isEmpty() ? empty() : rows.get(0);
    }

    /** The filter's money grouped by the dimensions, in the order of their keys; groups without money are absent. */
    public List<StatisticsRow> breakdown(StatisticsFilter filter, List<StatisticsDimension> dimensions) {
        if (filter.donorIds() != null && filter.donorIds().isEmpty()) {
            return dimensions.isEmpty() ? List.of(empty()) : List.of();
        }
        // planned for its values, every time: the driver prepares a statement on the server after five runs and
        // PostgreSQL may then keep a generic plan, blind to the year span, the donors and the kind; nationally the
        // generic plans of the donor rollup read every donor's groups of ten years for a country's 625 donors (285 ms
        // instead of 35 ms), as they joined a kind's donors by nested loop. Planning takes 0.3-2 ms.
        jdbc.sql("set local plan_cache_mode = force_custom_plan").update();
        return rounded(exact(filter, dimensions));
    }

    /**
     * The exact sums from the rollups when they answer; grouped by year first, a period of whole years and parts of
     * years reads the whole years from the rollups and only the parts from the month sums (groups of different years
     * never meet, and the years keep their order).
     */
    private List<StatisticsRow> exact(StatisticsFilter filter, List<StatisticsDimension> dimensions) {
        Rollup rollup = rollup(filter, dimensions);
        if (rollup != null) {
            return exactFromRollup(rollup, filter, dimensions);
        }
        if (!dimensions.isEmpty() && dimensions.get(0) == StatisticsDimension.YEAR) {
            YearMonth from = filter.from();
            YearMonth to = filter.to();
            int firstWhole = from.getMonthValue() == 1 ? from.getYear() : from.getYear() + 1;
            int lastWhole = to.getMonthValue() == 12 ? to.getYear() : to.getYear() - 1;
            StatisticsFilter whole = firstWhole <= lastWhole
                    ? months(filter, YearMonth.of(firstWhole, 1), YearMonth.of(lastWhole, 12)) : null;
            if (whole != null && rollup(whole, dimensions) != null) {
                List<StatisticsRow> rows = new ArrayList<>();
                if (firstWhole > from.getYear()) {
                    rows.addAll(exactFromMonths(months(filter, from, YearMonth.of(from.getYear(), 12)), dimensions,
                            true));
                }
                rows.addAll(exact(whole, dimensions));
                if (lastWhole < to.getYear()) {
                    // January to the period's end: from the year_month rollup when it answers (a by-year chart's last
                    // year under a quarter, a half or months)
                    rows.addAll(exact(months(filter, YearMonth.of(to.getYear(), 1), to), dimensions));
                }
                return rows;
            }
        }
        return exactFromMonths(filter, dimensions, true);
    }

    /** The first rollup that answers the filter and dimensions, if any. */
    static @Nullable Rollup rollup(StatisticsFilter filter, List<StatisticsDimension> dimensions) {
        for (Rollup rollup : Rollup.values()) {
            if (rollup.answers(filter, dimensions)) {
                return rollup;
            }
        }
        return null;
    }

    private static StatisticsFilter months(StatisticsFilter filter, YearMonth from, YearMonth to) {
        return new StatisticsFilter(from, to, filter.priorityField(), filter.sector(), filter.commune(),
                filter.donorIds(), filter.kind(), filter.status(), filter.agencyId(), filter.publicOnly());
    }

    /**
     * The same figures from the month sums, whatever the filter and dimensions, each item's shares computed from its
     * splits (tests compare both ways).
     */
    List<StatisticsRow> fromMonths(StatisticsFilter filter, List<StatisticsDimension> dimensions) {
        return rounded(exactFromMonths(filter, dimensions, false));
    }

    /** The month sums' figures, a sector or commune filter read through the kept parts ({@link #PART_SHARE}). */
    List<StatisticsRow> fromMonthsThroughParts(StatisticsFilter filter, List<StatisticsDimension> dimensions) {
        return rounded(exactFromMonths(filter, dimensions, true));
    }

    private List<StatisticsRow> exactFromMonths(StatisticsFilter filter, List<StatisticsDimension> dimensions,
                                                boolean throughParts) {
        String keys = IntStream.range(0, dimensions.size())
                .mapToObj(n -> KEYS.get(dimensions.get(n)) + " as k" + n + ",\n")
                .collect(Collectors.joining());
        String outerKeys = IntStream.range(0, dimensions.size()).mapToObj(n -> "g.k" + n + ", ")
                .collect(Collectors.joining());
        String innerGroups = " group by " + IntStream.rangeClosed(1, dimensions.size() + 1)
                .mapToObj(Integer::toString).collect(Collectors.joining(", "));
        String groups = dimensions.isEmpty() ? "" : IntStream.rangeClosed(1, dimensions.size())
                .mapToObj(Integer::toString).collect(Collectors.joining(", ", " group by ", " order by "))
                + IntStream.rangeClosed(1, dimensions.size()).mapToObj(Integer::toString)
                        .collect(Collectors.joining(", "));
        boolean bySector = filter.sector() != null || dimensions.contains(StatisticsDimension.SECTOR)
                || dimensions.contains(StatisticsDimension.SECTOR_CATEGORY);
        boolean byCommune = filter.commune() != null || dimensions.contains(StatisticsDimension.COMMUNE);
        String sectorPart = filter.sector() == null || dimensions.contains(StatisticsDimension.SECTOR)
                || dimensions.contains(StatisticsDimension.SECTOR_CATEGORY) ? null
                : filter.sector().length() == 3 ? "category" : filter.sector().length() == 5 ? "sector" : null;
        boolean communePart = filter.commune() != null && !dimensions.contains(StatisticsDimension.COMMUNE);
        String facts = FACTS.formatted(
                throughParts && sectorPart != null ? PART_SHARE.formatted(sectorPart, "sector", "s")
                        : bySector ? SECTOR_SHARES : "cross join (select '' as code, 1 as share) s",
                throughParts && communePart ? PART_SHARE.formatted("commune", "commune", "c")
                        : byCommune ? COMMUNE_SHARES : "cross join (select '' as code, 1 as share) c",
                monthConditions(filter) + (filter.sector() == null ? "" : " and s.code like :sector || '%'")
                        + (filter.commune() == null ? "" : " and c.code = :commune")
                        + (filter.publicOnly() ? publicSplits(bySector, byCommune) : ""));
        String perItem = "select " + keys + "f.aid_item,\n" + ITEM_MEASURES + " from (" + facts + ") f" + innerGroups;
        String sql = "select " + outerKeys + MEASURES + " from (" + perItem + ") g" + groups;
        return params(jdbc.sql(sql), filter).query((rs, n) -> row(rs, dimensions.size())).list();
    }

    /**
     * The figures of whole years from one rollup kept on write: money from {@code aid.money_rollup}; a group's distinct
     * items from {@code aid.money_rollup_items} when the group is within one year, otherwise from each item's years
     * ({@code aid.money_rollup_item_years}, one row per approved item with money, with its parts in the rollup), so an
     * item counts once over the span.
     */
    List<StatisticsRow> fromRollup(Rollup rollup, StatisticsFilter filter, List<StatisticsDimension> dimensions) {
        return rounded(exactFromRollup(rollup, filter, dimensions));
    }

    /** Whether the filter's whole years include every year with approved money (the rollups' years). */
    private boolean coversAllYears(StatisticsFilter filter) {
        return jdbc.sql("""
                select coalesce(min(value_year) >= :fromYear and max(value_year) <= :toYear, true)
                  from aid.money_rollup where rollup = 'year' and value_year > 0
                """).param("fromYear", filter.from().getYear()).param("toYear", filter.to().getYear())
                .query(Boolean.class).single();
    }

    private List<StatisticsRow> exactFromRollup(Rollup rollup, StatisticsFilter filter,
                                                List<StatisticsDimension> dimensions) {
        String keys = IntStream.range(0, dimensions.size())
                .mapToObj(n -> rollup.key(dimensions.get(n)) + " as k" + n + ", ")
                .collect(Collectors.joining());
        String groups = dimensions.isEmpty() ? "" : IntStream.rangeClosed(1, dimensions.size())
                .mapToObj(Integer::toString).collect(Collectors.joining(", ", " group by ", ""));
        String conditions = rollup.conditions(filter);
        boolean perYear = dimensions.contains(StatisticsDimension.YEAR)
                || filter.from().getYear() == filter.to().getYear();
        // a span covering every year with money reads the groups kept for all years together (value_year 0)
        boolean allYears = !perYear && coversAllYears(filter);
        String years = allYears ? " and y.value_year = 0" : " and y.value_year between :fromYear and :toYear";
        // one aggregate over the groups' money rows and their item rows together, never a join of the two grouped
        // halves: a join's plan rests on row estimates, and the generic plan of a prepared statement (the driver's
        // after five runs) estimated one row a side and joined ~1,800 donors with ~1,800 by nested loop (0.3-1.5 s
        // instead of 5-15 ms nationally). A group counts only with rows on both sides, as the join kept it.
        String itemRows = perYear || allYears
                ? "select " + keys + "y.items, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0 from aid.money_rollup_items y"
                        + " where y.rollup = :rollup" + years + conditions
                : "select " + keys + "1, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0 from (" + rollup.itemYears + ") y"
                        + " where y.years && cast(:years as integer[])" + conditions;
        String moneyRows = "select " + keys + "0 as items, 1 as money_groups, 0 as item_groups, y.committed_vnd,"
                + " y.committed_usd, y.disbursed_vnd, y.disbursed_usd, y.spent_vnd, y.spent_usd, y.counterpart_vnd,"
                + " y.counterpart_usd from aid.money_rollup y where y.rollup = :rollup" + years + conditions;
        String outerKeys = IntStream.range(0, dimensions.size()).mapToObj(n -> "g.k" + n + ", ")
                .collect(Collectors.joining());
        String both = dimensions.isEmpty() ? "" : " having sum(g.money_groups) > 0 and sum(g.item_groups) > 0";
        String order = dimensions.isEmpty() ? "" : IntStream.rangeClosed(1, dimensions.size())
                .mapToObj(Integer::toString).collect(Collectors.joining(", ", " order by ", ""));
        String sql = "select " + outerKeys + "coalesce(sum(g.items), 0) as items, "
                + ROLLUP_MEASURES.replace("y.", "g.") + " from (" + moneyRows + " union all " + itemRows + ") g"
                + groups + both + order;
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("rollup", rollup.name);
        values.put("fromYear", rollup.firstYear(filter));
        values.put("toYear", rollup.lastYear(filter));
        if (!perYear && !allYears) {
            values.put("years", IntStream.rangeClosed(filter.from().getYear(), filter.to().getYear())
                    .mapToObj(Integer::toString).collect(Collectors.joining(",", "{", "}")));
        }
        if (filter.priorityField() != null) {
            values.put("field", filter.priorityField());
        }
        if (filter.kind() != null) {
            values.put("kind", filter.kind().name());
        }
        if (filter.status() != null) {
            values.put("status", filter.status().name());
        }
        if (filter.donorIds() != null) {
            values.put("donors", filter.donorIds().stream().map(Object::toString).toList());
        }
        if (filter.sector() != null) {
            values.put("sector", filter.sector());
        }
        if (filter.commune() != null) {
            values.put("commune", filter.commune());
        }
        return jdbc.sql(sql).params(values).query((rs, n) -> row(rs, dimensions.size())).list();
    }

    /** Approved items matching the filter (money aside) whose approval falls within its months. */
    public long approvedIn(StatisticsFilter filter) {
        if (filter.donorIds() != null && filter.donorIds().isEmpty()) {
            return 0;
        }
        String sql = """
                select count(*) from aid.aid_item i
                 where i.approved_on between :from and :toDay%s%s%s
                """.formatted(conditions(filter),
                filter.sector() == null ? "" : " and exists (select 1 from aid.aid_item_sector x"
                        + " where x.aid_item = i.id and x.sector_code like :sector || '%')",
                filter.commune() == null ? "" : " and exists (select 1 from aid.aid_item_location x"
                        + " where x.aid_item = i.id and x.commune_code = :commune)");
        return params(jdbc.sql(sql), filter).param("toDay", filter.to().atEndOfMonth())
                .query(Long.class).single();
    }

    /**
     * Approved items matching the filter (money aside) whose approval falls within its months, per year of approval
     * and aid kind, in one grouped statement (what {@link #approvedIn} counts, cell by cell, for a table by year).
     */
    public Map<Integer, Map<AidKind, Long>> approvedByYearAndKind(StatisticsFilter filter) {
        Map<Integer, Map<AidKind, Long>> counts = new java.util.TreeMap<>();
        if (filter.donorIds() != null && filter.donorIds().isEmpty()) {
            return counts;
        }
        String sql = """
                select extract(year from i.approved_on)::integer as year, i.kind, count(*) as items
                  from aid.aid_item i
                 where i.approved_on between :from and :toDay%s%s%s
                 group by 1, 2
                """.formatted(conditions(filter),
                filter.sector() == null ? "" : " and exists (select 1 from aid.aid_item_sector x"
                        + " where x.aid_item = i.id and x.sector_code like :sector || '%')",
                filter.commune() == null ? "" : " and exists (select 1 from aid.aid_item_location x"
                        + " where x.aid_item = i.id and x.commune_code = :commune)");
        params(jdbc.sql(sql), filter).param("toDay", filter.to().atEndOfMonth()).query((rs, n) -> {
            counts.computeIfAbsent(rs.getInt("year"), year -> new java.util.EnumMap<>(AidKind.class))
                    .put(AidKind.valueOf(rs.getString("kind")), rs.getLong("items"));
            return null;
        }).list();
        return counts;
    }

    /**
     * The rates behind the filter's foreign-currency money, per currency (VND itself needs none): with no filter on the
     * items beyond approval, from the counts by month and rate kept on write ({@code aid.money_rate_month}), otherwise
     * from the period's transactions.
     */
    public List<RateUsed> ratesUsed(StatisticsFilter filter) {
        if (filter.donorIds() != null && filter.donorIds().isEmpty()) {
            return List.of();
        }
        return ratesByMonth(filter) ? ratesFromMonths(filter) : ratesFromTransactions(filter);
    }

    /** Whether the rates kept by month answer: no filter on the items but their approval. */
    static boolean ratesByMonth(StatisticsFilter filter) {
        return filter.priorityField() == null && filter.sector() == null && filter.commune() == null
                && filter.donorIds() == null && filter.kind() == null && filter.status() == null
                && filter.agencyId() == null && !filter.publicOnly();
    }

    List<RateUsed> ratesFromMonths(StatisticsFilter filter) {
        String sql = """
                select r.currency, sum(r.transactions) as transactions, min(r.rate_date) as first_date,
                       max(r.rate_date) as last_date, min(r.rate_to_vnd) as low_vnd, max(r.rate_to_vnd) as high_vnd,
                       min(r.rate_to_usd) as low_usd, max(r.rate_to_usd) as high_usd,
                       coalesce(sum(r.transactions) filter (where r.rate_stated), 0) as stated,
                       array_agg(distinct r.rate_source order by r.rate_source) as sources
                  from aid.money_rate_month r
                 where r.approved and r.value_month between :from and :to
                 group by r.currency
                 order by r.currency
                """;
        return jdbc.sql(sql).param("from", filter.from().atDay(1)).param("to", filter.to().atDay(1))
                .query(AidStatisticsQueries::rate).list();
    }

    List<RateUsed> ratesFromTransactions(StatisticsFilter filter) {
        String sql = """
                select t.currency, count(*) as transactions, min(t.rate_date) as first_date,
                       max(t.rate_date) as last_date, min(t.rate_to_vnd) as low_vnd, max(t.rate_to_vnd) as high_vnd,
                       min(t.rate_to_usd) as low_usd, max(t.rate_to_usd) as high_usd,
                       count(*) filter (where t.rate_stated) as stated,
                       array_agg(distinct t.rate_source order by t.rate_source) as sources
                  from aid.money_transaction t
                  join aid.aid_item i on i.id = t.aid_item
                 where t.value_date between :from and :toDay and t.currency <> 'VND'
                   and i.approved_on is not null%s%s%s
                 group by t.currency
                 order by t.currency
                """.formatted(conditions(filter),
                filter.sector() == null ? "" : " and exists (select 1 from aid.aid_item_sector x"
                        + " where x.aid_item = i.id and x.sector_code like :sector || '%')",
                filter.commune() == null ? "" : " and exists (select 1 from aid.aid_item_location x"
                        + " where x.aid_item = i.id and x.commune_code = :commune)");
        return params(jdbc.sql(sql), filter).param("toDay", filter.to().atEndOfMonth())
                .query(AidStatisticsQueries::rate).list();
    }

    private static RateUsed rate(ResultSet rs, int n) throws SQLException {
        return new RateUsed(rs.getString("currency"), rs.getLong("transactions"),
                rs.getObject("first_date", java.time.LocalDate.class),
                rs.getObject("last_date", java.time.LocalDate.class), rs.getBigDecimal("low_vnd"),
                rs.getBigDecimal("high_vnd"), rs.getBigDecimal("low_usd"), rs.getBigDecimal("high_usd"),
                rs.getLong("stated"), strings(rs.getArray("sources")));
    }

    /** Conditions on the item (alias {@code i}) and, in the facts, on its sector and commune parts. */
    private static String conditions(StatisticsFilter filter) {
        StringBuilder where = new StringBuilder();
        if (filter.priorityField() != null) {
            where.append(" and i.priority_field = :field");
        }
        if (filter.donorIds() != null) {
            where.append(" and i.donor_id in (:donors)");
        }
        if (filter.kind() != null) {
            where.append(" and i.kind = :kind");
        }
        if (filter.status() != null) {
            where.append(" and i.status = :status");
        }
        if (filter.agencyId() != null) {
            where.append(" and exists (select 1 from aid.item_agency a where a.aid_item = i.id"
                    + " and a.agency_id = :agency)");
        }
        if (filter.publicOnly()) {
            where.append(" and i.status = any(cast(:published as text[]))" + PUBLIC_GROUPS.formatted("i"));
        }
        return where.toString();
    }

    /**
     * On the public filter, an item counts by sector or by commune only when its sectors or its locations are public
     * too, so no figure tells where an item's money went when the focal point kept that closed.
     */
    private static String publicSplits(boolean bySector, boolean byCommune) {
        if (!bySector && !byCommune) {
            return "";
        }
        return " and exists (select 1 from aid.aid_item q where q.id = m.aid_item"
                + (bySector ? " and 'SECTORS' = any(q.public_groups)" : "")
                + (byCommune ? " and 'LOCATIONS' = any(q.public_groups)" : "") + ")";
    }

    /** The same conditions on the copies of the item's facts in its month sums (alias {@code m}). */
    private static String monthConditions(StatisticsFilter filter) {
        StringBuilder where = new StringBuilder();
        if (filter.priorityField() != null) {
            where.append(" and m.priority_field = :field");
        }
        if (filter.donorIds() != null) {
            where.append(" and m.donor_id in (:donors)");
        }
        if (filter.kind() != null) {
            where.append(" and m.item_kind = :kind");
        }
        if (filter.status() != null) {
            where.append(" and m.item_status = :status");
        }
        if (filter.agencyId() != null) {
            where.append(" and exists (select 1 from aid.item_agency a where a.aid_item = m.aid_item"
                    + " and a.agency_id = :agency)");
        }
        if (filter.publicOnly()) {
            where.append(" and exists (select 1 from aid.aid_item p where p.id = m.aid_item"
                    + " and p.status = any(cast(:published as text[]))" + PUBLIC_GROUPS.formatted("p") + ")");
        }
        return where.toString();
    }

    private static JdbcClient.StatementSpec params(JdbcClient.StatementSpec sql, StatisticsFilter filter) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("from", filter.from().atDay(1));
        values.put("to", filter.to().atDay(1));
        if (filter.priorityField() != null) {
            values.put("field", filter.priorityField());
        }
        if (filter.sector() != null) {
            values.put("sector", filter.sector());
        }
        if (filter.commune() != null) {
            values.put("commune", filter.commune());
        }
        if (filter.donorIds() != null) {
            values.put("donors", filter.donorIds());
        }
        if (filter.kind() != null) {
            values.put("kind", filter.kind().name());
        }
        if (filter.status() != null) {
            values.put("status", filter.status().name());
        }
        if (filter.agencyId() != null) {
            values.put("agency", filter.agencyId());
        }
        if (filter.publicOnly()) {
            values.put("published", PUBLISHED_STATUSES);
        }
        return sql.params(values);
    }

    private static StatisticsRow row(ResultSet rs, int keyCount) throws SQLException {
        List<String> keys = new ArrayList<>(keyCount);
        for (int n = 0; n < keyCount; n++) {
            keys.add(rs.getString("k" + n));
        }
        return new StatisticsRow(keys, rs.getLong("items"), rs.getBigDecimal("committed_vnd"),
                rs.getBigDecimal("committed_usd"), rs.getBigDecimal("disbursed_vnd"), rs.getBigDecimal("disbursed_usd"),
                rs.getBigDecimal("spent_vnd"), rs.getBigDecimal("spent_usd"), rs.getBigDecimal("counterpart_vnd"),
                rs.getBigDecimal("counterpart_usd"));
    }

    /** The exact sums of split parts rounded so that they add up to the rounded whole, measure by measure. */
    private static List<StatisticsRow> rounded(List<StatisticsRow> exact) {
        List<List<BigDecimal>> measures = new ArrayList<>();
        for (int m = 0; m < 8; m++) {
            int measure = m;
            measures.add(StatisticsRounding.round(exact.stream().map(row -> row.money(measure)).toList(),
                    measure % 2 == 0 ? 0 : 2));
        }
        List<StatisticsRow> rows = new ArrayList<>(exact.size());
        for (int n = 0; n < exact.size(); n++) {
            int row = n;
            rows.add(new StatisticsRow(exact.get(n).keys(), exact.get(n).items(), measures.get(0).get(row),
                    measures.get(1).get(row), measures.get(2).get(row), measures.get(3).get(row),
                    measures.get(4).get(row), measures.get(5).get(row), measures.get(6).get(row),
                    measures.get(7).get(row)));
        }
        return rows;
    }

    private static StatisticsRow empty() {
        java.math.BigDecimal zero = java.math.BigDecimal.ZERO;
        return new StatisticsRow(List.of(), 0, zero, zero, zero, zero, zero, zero, zero, zero);
    }

    private static List<String> strings(Array array) throws SQLException {
        return Arrays.asList((String[]) array.getArray());
    }
}
