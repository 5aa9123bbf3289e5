package vn.vientro.reporting.dashboard;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vientro.aid.AidStatisticsQueries;
import vn.vientro.aid.OpinionDeadlineQueries;
import vn.vientro.aid.RateUsed;
import vn.vientro.aid.StatisticsDimension;
import vn.vientro.aid.StatisticsFilter;
import vn.vientro.aid.StatisticsRow;
import vn.vientro.mobilisation.PipelineQueries;
import vn.vientro.monitoring.MonitoringFigureQueries;
import vn.vientro.registry.OrganisationRef;
import vn.vientro.registry.PermitExpiryQueries;
import vn.vientro.registry.Registry;
import vn.vientro.registry.RegistryPolicy;
import vn.vientro.reporting.DonorCountries;
import vn.vientro.reporting.KeyLabels;
import vn.vientro.reporting.ReportingPeriod;
import vn.vientro.reporting.ReportingPolicy;
import vn.vientro.reporting.StatisticsFilters;

/**
 * The dashboard's figures and the statistics API's: every figure within what the reader may read (the filter is
 * narrowed by {@link ReportingPolicy#statisticsScope()}), aid money from the aid module's statistics, names from the
 * registry and the reference data, the other counts from the owners' public queries.
 */
@Service
@Transactional(readOnly = true)
public class DashboardFigures {

    /** How far ahead a paper's expiry counts as coming (the registry warns three months ahead). */
    static final int EXPIRY_DAYS = 90;
    static final int YEARS_CHARTED = 10;
    static final int TOP = 10;
    private static final String AID_LIST = "/app/aid/items";

    private final AidStatisticsQueries statistics;
    private final OpinionDeadlineQueries opinions;
    private final ReportingPolicy policy;
    private final Registry registry;
    private final RegistryPolicy registryPolicy;
    private final PermitExpiryQueries permits;
    private final MonitoringFigureQueries monitoring;
    private final PipelineQueries pipeline;
    private final KeyLabels names;
    private final StatisticsFilters filters;
    private final Clock clock;
    private final DashboardParts parts;
    private final DonorCountries donorCountries;

    DashboardFigures(AidStatisticsQueries statistics, OpinionDeadlineQueries opinions, ReportingPolicy policy,
                     Registry registry, RegistryPolicy registryPolicy, PermitExpiryQueries permits,
                     MonitoringFigureQueries monitoring, PipelineQueries pipeline, KeyLabels names,
                     StatisticsFilters filters, Clock clock, DashboardParts parts,
                     DonorCountries donorCountries) {
        this.statistics = statistics;
        this.opinions = opinions;
        this.policy = policy;
        this.registry = registry;
        this.registryPolicy = registryPolicy;
        this.permits = permits;
        this.monitoring = monitoring;
        this.pipeline = pipeline;
        this.names = names;
        this.filters = filters;
        this.clock = clock;
        this.parts = parts;
        this.donorCountries = donorCountries;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The headline figures. */
    @PreAuthorize(ReportingPolicy.READ_STATISTICS)
    public StatisticsSummary summary(DashboardFilter filter) {
        StatisticsFilter scoped = statistics(filter);
        return summary(filter, scoped, parts.start(() -> (long) donorRows(scoped).size()));
    }

    /** Everything the dashboard page shows, reading the donors' money once for three of its parts. */
    @PreAuthorize(ReportingPolicy.READ_STATISTICS)
    public DashboardPage page(DashboardFilter filter, Locale locale) {
        StatisticsFilter scoped = statistics(filter);
        // the longest reads start first, each on a connection of its own; the headline's reads go on meanwhile
        CompletableFuture<List<StatisticsRow>> donorPart = parts.start(() -> donorRows(scoped));
        CompletableFuture<Map<String, String>> countryPart = parts.start(donorCountries::all);
        CompletableFuture<List<ChartRow>> byYear = parts.start(() -> byYear(filter, scoped));
        CompletableFuture<List<ChartRow>> byField = parts.start(() -> byField(filter, scoped, locale));
        StatisticsSummary summary = summary(filter, scoped, donorPart.thenApply(rows -> (long) rows.size()));
        List<StatisticsRow> donors = DashboardParts.join(donorPart);
        Map<DashboardChart, List<ChartRow>> charts = new LinkedHashMap<>();
        charts.put(DashboardChart.BY_YEAR, DashboardParts.join(byYear));
        charts.put(DashboardChart.BY_FIELD, DashboardParts.join(byField));
        charts.put(DashboardChart.BY_COUNTRY, byCountry(filter, donors, DashboardParts.join(countryPart), locale));
        charts.put(DashboardChart.TOP_ORGANISATIONS, topOrganisations(filter, donors));
        charts.put(DashboardChart.PIPELINE, pipelineRows(filter, summary.pipeline()));
        return new DashboardPage(filter, summary, charts);
    }

    /** One chart's rows: its CSV download, and what the benchmark times. */
    @PreAuthorize(ReportingPolicy.READ_STATISTICS)
    public List<ChartRow> chart(DashboardChart chart, DashboardFilter filter, Locale locale) {
        StatisticsFilter scoped = statistics(filter);
        return switch (chart) {
            case BY_YEAR -> byYear(filter, scoped);
            case BY_FIELD -> byField(filter, scoped, locale);
            // every donor's country in one read of ids and countries (not the period's thousands of donors' views),
            // made while the donors' money is read
            case BY_COUNTRY -> {
                CompletableFuture<Map<String, String>> countries = parts.start(donorCountries::all);
                List<StatisticsRow> donors = donorRows(scoped);
                yield byCountry(filter, donors, DashboardParts.join(countries), locale);
            }
            case TOP_ORGANISATIONS -> topOrganisations(filter, donorRows(scoped));
            case PIPELINE -> pipelineRows(filter, pipeline.figures(filter.period().firstDay(),
                    filter.period().lastDay(), agency()));
        };
    }

    /** The money grouped by the dimensions, each key named. */
    @PreAuthorize(ReportingPolicy.READ_STATISTICS)
    public List<BreakdownRow> breakdown(List<StatisticsDimension> dimensions, DashboardFilter filter, Locale locale) {
        return breakdown(dimensions, filter, false, locale);
    }

    /**
     * The breakdown, on what the public may see when {@code published} (the public portal's figures: items published
     * with their money public, {@link StatisticsFilter#publishedOnly()}).
     */
    public List<BreakdownRow> breakdown(List<StatisticsDimension> dimensions, DashboardFilter filter,
                                        boolean published, Locale locale) {
        StatisticsFilter read = published ? statistics(filter).publishedOnly() : statistics(filter);
        List<StatisticsRow> rows = statistics.breakdown(read, dimensions);
        Map<String, String> fields = dimensions.contains(StatisticsDimension.PRIORITY_FIELD) ? names.fields(locale)
                : Map.of();
        Map<Long, OrganisationRef> donors = dimensions.contains(StatisticsDimension.DONOR)
                ? registry.findAll(rows.stream().map(row -> Long.valueOf(row.key(dimensions.indexOf(
                        StatisticsDimension.DONOR)))).collect(Collectors.toSet())) : Map.of();
        return rows.stream().map(row -> {
            List<String> named = new ArrayList<>();
            for (int n = 0; n < dimensions.size(); n++) {
                String key = row.key(n);
                named.add(key.isEmpty() ? "" : switch (dimensions.get(n)) {
                    case PRIORITY_FIELD -> fields.getOrDefault(key, key);
                    case SECTOR, SECTOR_CATEGORY -> names.sector(key, locale);
                    case COMMUNE -> names.commune(key, locale);
                    case DONOR -> donors.containsKey(Long.valueOf(key)) ? donors.get(Long.valueOf(key)).name() : key;
                    default -> key;
                });
            }
            return new BreakdownRow(row.keys(), named, row.items(), row.committedVnd(), row.committedUsd(),
                    row.disbursedVnd(), row.disbursedUsd(), row.spentVnd(), row.spentUsd(), row.counterpartVnd(),
                    row.counterpartUsd(), row.disbursementRate());
        }).toList();
    }

    /**
     * The headline: the aid money's totals and rates on connections of their own (when free), the counts of the other
     * modules in this thread meanwhile; the number of donors is read elsewhere (the page reads its donors anyway).
     */
    private StatisticsSummary summary(DashboardFilter filter, StatisticsFilter scoped,
                                      CompletableFuture<Long> donorCount) {
        CompletableFuture<StatisticsRow> totalsPart = parts.start(() -> statistics.totals(scoped));
        CompletableFuture<List<RateUsed>> ratesPart = parts.start(() -> statistics.ratesUsed(scoped));
        @Nullable Long agency = agency();
        LocalDate today = today();
        ReportingPeriod period = filter.period();
        long approvals = statistics.approvedIn(scoped);
        Long expiring = registryPolicy.readsPermits()
                ? permits.countBetween(today, today.plusDays(EXPIRY_DAYS)) : null;
        long overdueReports = monitoring.overdueReports(agency, today);
        long overdueOpinions = opinions.overdue(agency, today);
        long openFindings = monitoring.openFindings(agency);
        PipelineQueries.Pipeline pipelineFigures = pipeline.figures(period.firstDay(), period.lastDay(), agency);
        StatisticsRow totals = DashboardParts.join(totalsPart);
        return new StatisticsSummary(period.code(), period.firstDay(), period.lastDay(), totals.items(),
                totals.committedVnd(), totals.committedUsd(), totals.disbursedVnd(), totals.disbursedUsd(),
                totals.spentVnd(), totals.spentUsd(), totals.counterpartVnd(), totals.counterpartUsd(),
                totals.disbursementRate(), approvals, DashboardParts.join(donorCount), expiring, overdueReports,
                overdueOpinions, openFindings, pipelineFigures, DashboardParts.join(ratesPart));
    }

    /** The filter as the aid module reads it, narrowed to what the reader may read (for the benchmark's SQL side). */
    @PreAuthorize(ReportingPolicy.READ_STATISTICS)
    public StatisticsFilter statisticsFilter(DashboardFilter filter) {
        return statistics(filter);
    }

    private StatisticsFilter statistics(DashboardFilter filter) {
        return filters.of(filter.period(), filter.choice());
    }

    private @Nullable Long agency() {
        OptionalLong scope = policy.statisticsScope();
        return scope.isPresent() ? scope.getAsLong() : null;
    }

    private List<StatisticsRow> donorRows(StatisticsFilter scoped) {
        return statistics.breakdown(scoped, List.of(StatisticsDimension.DONOR));
    }

    /** The ten years up to the period's end, with the period's filter as the aid module reads it (read once). */
    private List<ChartRow> byYear(DashboardFilter filter, StatisticsFilter scoped) {
        YearMonth end = filter.period().to();
        ReportingPeriod years = ReportingPeriod.months(YearMonth.of(end.getYear() - YEARS_CHARTED + 1, 1), end);
        List<StatisticsRow> rows = statistics.breakdown(scoped.withMonths(years.from(), years.to()),
                List.of(StatisticsDimension.YEAR));
        Map<String, StatisticsRow> byKey = rows.stream().collect(Collectors.toMap(row -> row.key(0), row -> row));
        List<ChartRow> result = new ArrayList<>();
        for (int year = years.from().getYear(); year <= end.getYear(); year++) {
            String key = Integer.toString(year);
            StatisticsRow row = byKey.get(key);
            Map<String, String> link = filter.aidListParameters();
            link.put("year", key);
            result.add(row == null ? new ChartRow(key, key, 0, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
                    BigDecimal.ZERO, href(link)) : chartRow(row, key, href(link)));
        }
        return result;
    }

    private List<ChartRow> byField(DashboardFilter filter, StatisticsFilter scoped, Locale locale) {
        Map<String, String> fields = names.fields(locale);
        return statistics.breakdown(scoped, List.of(StatisticsDimension.PRIORITY_FIELD)).stream()
                .sorted(Comparator.comparing(StatisticsRow::committedVnd).reversed())
                .map(row -> {
                    String key = row.key(0);
                    Map<String, String> link = filter.aidListParameters();
                    if (!key.isEmpty()) {
                        link.put("field", key);
                    }
                    return chartRow(row, fields.getOrDefault(key, key), key.isEmpty() ? null : href(link));
                }).toList();
    }

    private Map<Long, OrganisationRef> organisations(List<StatisticsRow> donors) {
        return registry.findAll(donors.stream().map(row -> Long.valueOf(row.key(0))).collect(Collectors.toSet()));
    }

    private List<ChartRow> byCountry(DashboardFilter filter, List<StatisticsRow> donors,
                                     Map<String, String> countries, Locale locale) {
        return DonorCountries.regrouped(donors, Set.of(0), countries).stream().map(row -> {
            String key = row.key(0);
            // a country's bar opens the dashboard narrowed to it, whose top organisations open the aid list
            String href = key.isEmpty() ? null : "/app/reporting/dashboard?" + filter.withCountry(key).query();
            return chartRow(row, key.isEmpty() ? "" : names.country(key, locale), href);
        }).sorted(Comparator.comparing(ChartRow::committedVnd).reversed()).toList();
    }

    /**
     * The donors with most committed first (then most disbursed), each opening the aid list of its aid; only these
     * few are named from the registry, not the period's thousands of donors.
     */
    private List<ChartRow> topOrganisations(DashboardFilter filter, List<StatisticsRow> donors) {
        List<StatisticsRow> top = top(donors, TOP);
        Map<Long, OrganisationRef> orgs = organisations(top);
        return top.stream().map(row -> {
            Long id = Long.valueOf(row.key(0));
            Map<String, String> link = filter.aidListParameters();
            link.put("donor", row.key(0));
            return chartRow(row, orgs.containsKey(id) ? orgs.get(id).name() : "#" + id, href(link));
        }).toList();
    }

    /** The donors with most committed first (then most disbursed, then by id), at most {@code limit}. */
    private static List<StatisticsRow> top(List<StatisticsRow> donors, int limit) {
        Comparator<StatisticsRow> most = Comparator.comparing(StatisticsRow::committedVnd)
                .thenComparing(StatisticsRow::disbursedVnd);
        return donors.stream().sorted(most.reversed().thenComparing(row -> Long.valueOf(row.key(0))))
                .limit(limit).toList();
    }

    private List<ChartRow> pipelineRows(DashboardFilter filter, PipelineQueries.Pipeline figures) {
        BigDecimal zero = BigDecimal.ZERO;
        String year = Integer.toString(filter.period().from().getYear());
        return List.of(
                new ChartRow("catalogue", "", figures.catalogueNeeds(), figures.catalogueCostVnd(), zero, zero, zero,
                        "/app/mobilisation/catalogues"),
                new ChartRow("pledged", "", figures.pledges(), figures.pledgedVnd(), zero, zero, zero,
                        "/app/mobilisation/pledges?year=" + year),
                new ChartRow("approved", "", figures.approved(), figures.approvedVnd(), zero, zero, zero,
                        "/app/mobilisation/pledges?year=" + year));
    }

    private static ChartRow chartRow(StatisticsRow row, String label, @Nullable String href) {
        return new ChartRow(row.key(0), label, row.items(), row.committedVnd(), row.committedUsd(),
                row.disbursedVnd(), row.disbursedUsd(), href);
    }

    private static String href(Map<String, String> parameters) {
        return parameters.isEmpty() ? AID_LIST : AID_LIST + "?" + DashboardFilter.query(parameters);
    }
}
