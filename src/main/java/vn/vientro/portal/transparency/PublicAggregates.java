package vn.vientro.portal.transparency;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.vientro.aid.AidStatisticsQueries;
import vn.vientro.aid.StatisticsDimension;
import vn.vientro.aid.StatisticsFilter;
import vn.vientro.aid.StatisticsRow;
import vn.vientro.portal.site.PortalLanguage;
import vn.vientro.reference.AdminUnits;
import vn.vientro.reference.Codelists;
import vn.vientro.reference.PriorityField;
import vn.vientro.reference.PriorityFields;
import vn.vientro.reference.UnitSet;
import vn.vientro.registry.OrganisationRef;
import vn.vientro.registry.Registry;

/**
 * The published aid summed by priority field, commune, donor country and year for the open-data file, from the aid
 * statistics' public query, as the transparency headline ({@link TransparencyViews#figures}), so the file and the page
 * never give two figures for one thing: committed and disbursed are the items' commitments and disbursements at their
 * own rates, in the year the money is dated; by commune an item's money is shared by each commune's percentage, and
 * counts only where its locations are public.
 */
@Component
class PublicAggregates {

    static final String FIELD = "priority_field";
    static final String COMMUNE = "commune";
    static final String COUNTRY = "donor_country";
    static final String YEAR = "year";

    private final AidStatisticsQueries statistics;
    private final Registry registry;
    private final PriorityFields fields;
    private final Codelists codelists;
    private final AdminUnits units;

    PublicAggregates(AidStatisticsQueries statistics, Registry registry, PriorityFields fields, Codelists codelists,
                     AdminUnits units) {
        this.statistics = statistics;
        this.registry = registry;
        this.fields = fields;
        this.codelists = codelists;
        this.units = units;
    }

    /** The rows of the file: the fields, the communes, the donor countries, then the years, each in code order. */
    List<List<@Nullable Object>> rows() {
        StatisticsFilter published = StatisticsFilter.of(TransparencyViews.FIRST_MONTH, TransparencyViews.LAST_MONTH)
                .publishedOnly();
        List<List<@Nullable Object>> rows = new ArrayList<>();
        for (StatisticsRow row : breakdown(published, StatisticsDimension.PRIORITY_FIELD)) {
            String code = row.key(0).isEmpty() ? null : row.key(0);
            PriorityField field = code == null ? null : fields.byCode(code).orElse(null);
            rows.add(line(FIELD, code, field == null ? null : field.name(PortalLanguage.VI.locale()),
                    field == null ? null : field.name(PortalLanguage.EN.locale()), row));
        }
        for (StatisticsRow row : breakdown(published, StatisticsDimension.COMMUNE)) {
            String code = row.key(0);
            rows.add(line(COMMUNE, code, communeName(code, PortalLanguage.VI.locale()),
                    communeName(code, PortalLanguage.EN.locale()), row));
        }
        for (Map.Entry<String, StatisticsRow> country : byCountry(published).entrySet()) {
            String code = country.getKey().isEmpty() ? null : country.getKey();
            rows.add(line(COUNTRY, code, countryName(code, PortalLanguage.VI.locale()),
                    countryName(code, PortalLanguage.EN.locale()),
                    country.getValue()));
        }
        for (StatisticsRow row : breakdown(published, StatisticsDimension.YEAR)) {
            rows.add(line(YEAR, row.key(0), row.key(0), row.key(0), row));
        }
        return rows;
    }

    private List<StatisticsRow> breakdown(StatisticsFilter published, StatisticsDimension dimension) {
        return statistics.breakdown(published, List.of(dimension));
    }

    /** The donors' figures summed by their country (an item has one donor, so no item counts twice). */
    private Map<String, StatisticsRow> byCountry(StatisticsFilter published) {
        Map<Long, String> countries = new HashMap<>();
        for (OrganisationRef organisation : registry.choices()) {
            countries.put(organisation.id(), organisation.countryCode() == null ? ""
                    : organisation.countryCode().toUpperCase(Locale.ROOT));
        }
        Map<String, StatisticsRow> sums = new TreeMap<>();
        for (StatisticsRow row : breakdown(published, StatisticsDimension.DONOR)) {
            String country = row.key(0).isEmpty() ? "" : countries.getOrDefault(Long.valueOf(row.key(0)), "");
            sums.merge(country, row, PublicAggregates::plus);
        }
        return sums;
    }

    private static StatisticsRow plus(StatisticsRow a, StatisticsRow b) {
        return new StatisticsRow(a.keys(), a.items() + b.items(), a.committedVnd().add(b.committedVnd()),
                a.committedUsd().add(b.committedUsd()), a.disbursedVnd().add(b.disbursedVnd()),
                a.disbursedUsd().add(b.disbursedUsd()), a.spentVnd().add(b.spentVnd()), a.spentUsd().add(b.spentUsd()),
                a.counterpartVnd().add(b.counterpartVnd()), a.counterpartUsd().add(b.counterpartUsd()));
    }

    private @Nullable String communeName(String code, Locale locale) {
        return units.find(UnitSet.CURRENT, code).map(unit -> unit.fullName(locale)).orElse(null);
    }

    private @Nullable String countryName(@Nullable String code, Locale locale) {
        return code == null ? null : codelists.find(Codelists.COUNTRY, code).map(c -> c.name(locale)).orElse(null);
    }

    private static List<@Nullable Object> line(String dimension, @Nullable String code, @Nullable String labelVi,
                                               @Nullable String labelEn, StatisticsRow row) {
        return Arrays.asList(dimension, code, labelVi, labelEn, row.items(), rounded(row.committedVnd()),
                rounded(row.committedUsd()), rounded(row.disbursedVnd()), rounded(row.disbursedUsd()));
    }

    private static BigDecimal rounded(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }
}
