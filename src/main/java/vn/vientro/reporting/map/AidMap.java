package vn.vientro.reporting.map;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriComponentsBuilder;
import vn.vientro.aid.AidStatisticsQueries;
import vn.vientro.aid.StatisticsDimension;
import vn.vientro.aid.StatisticsFilter;
import vn.vientro.aid.StatisticsRow;
import vn.vientro.reporting.FigureChoice;
import vn.vientro.reporting.PeriodParameters;
import vn.vientro.reporting.StatisticsFilters;
import vn.vientro.reporting.ReportingPeriod;
import vn.vientro.reporting.ReportingPolicy;
import vn.vientro.shared.Money;

/**
 * Aid by commune for the map page and the statistics API: the figures of {@link AidStatisticsQueries} grouped by
 * commune (split by each item's percentages, never counted twice), narrowed to what the reader may read
 * ({@link ReportingPolicy#statisticsScope()}), joined to the province's boundaries.
 */
@Service
@Transactional(readOnly = true)
public class AidMap {

    /** Names in Vietnamese alphabetical order (Ă after A, Đ after D). */
    static final Comparator<String> VIETNAMESE = Comparator.comparing(
            java.text.Collator.getInstance(java.util.Locale.forLanguageTag("vi"))::getCollationKey);

    private final AidStatisticsQueries statistics;
    private final StatisticsFilters filters;
    private final Boundaries boundaries;
    private final Clock clock;

    AidMap(AidStatisticsQueries statistics, StatisticsFilters filters, Boundaries boundaries, Clock clock) {
        this.statistics = statistics;
        this.filters = filters;
        this.boundaries = boundaries;
        this.clock = clock;
    }

    @PreAuthorize(ReportingPolicy.READ_STATISTICS)
    public CommuneMap communes(PeriodParameters asked, FigureChoice query, @Nullable MapMeasure coloured) {
        ReportingPeriod period = asked.resolve(LocalDate.now(clock));
        StatisticsFilter filter = filters.of(period, query);
        List<StatisticsRow> rows = statistics.breakdown(filter, List.of(StatisticsDimension.COMMUNE));
        MapMeasure measure = MapMeasure.orDefault(coloured);
        StatisticsRow unplaced = rows.stream().filter(row -> row.key(0).isEmpty()).findFirst().orElse(null);
        List<StatisticsRow> placed = rows.stream().filter(row -> !row.key(0).isEmpty()).toList();
        MapShade shade = new MapShade(placed.stream().map(row -> value(row, measure)).toList());
        Map<String, SvgMap.Shape> shapes = boundaries.communesByCode();
        List<CommuneFigure> figures = placed.stream()
                .map(row -> figure(row, shapes.get(row.key(0)), shade.of(value(row, measure)), query))
                .sorted(Comparator.comparing((CommuneFigure figure) -> value(figure, measure)).reversed()
                        .thenComparing(CommuneFigure::name, VIETNAMESE))
                .toList();
        Map<String, CommuneFigure> byCode = figures.stream()
                .collect(Collectors.toMap(CommuneFigure::code, Function.identity()));
        List<DrawnCommune> drawn = boundaries.communes().shapes().stream().map(shape -> {
            CommuneFigure figure = byCode.get(shape.code());
            return new DrawnCommune(shape, figure, shade.colour(figure == null ? 0 : figure.shade()),
                    itemsHref(shape.code(), query));
        }).toList();
        return new CommuneMap(period, measure, figures, drawn, shade.legend(),
                unplaced == null ? null : figure(unplaced, null, 0, query), totals(placed),
                drawn.size() - (int) figures.stream().filter(CommuneFigure::onMap).count(), boundaries.communes(),
                boundaries.country(), boundaries.provinceCode(), boundaries.archipelagos());
    }

    private static CommuneFigure figure(StatisticsRow row, SvgMap.@Nullable Shape shape, int shade, FigureChoice query) {
        return new CommuneFigure(row.key(0), shape == null ? row.key(0) : shape.fullName(), shape != null,
                row.items(), new Money(row.committedVnd(), Money.VND), new Money(row.committedUsd(), Money.USD),
                new Money(row.disbursedVnd(), Money.VND), new Money(row.disbursedUsd(), Money.USD), shade,
                itemsHref(row.key(0), query));
    }

    /** The aid list narrowed to the commune and to the map's filters it knows. */
    static String itemsHref(String commune, FigureChoice query) {
        UriComponentsBuilder href = UriComponentsBuilder.fromPath("/app/aid/items")
                .queryParamIfPresent("commune", java.util.Optional.of(commune).filter(code -> !code.isEmpty()));
        query.aidListParameters().forEach((name, value) -> {
            if (!name.equals("commune")) {
                href.queryParam(name, value);
            }
        });
        return href.encode().build().toUriString();
    }

    private static BigDecimal value(StatisticsRow row, MapMeasure measure) {
        return switch (measure) {
            case COMMITTED -> row.committedVnd();
            case DISBURSED -> row.disbursedVnd();
            case ITEMS -> BigDecimal.valueOf(row.items());
        };
    }

    private static BigDecimal value(CommuneFigure figure, MapMeasure measure) {
        return switch (measure) {
            case COMMITTED -> figure.committedVnd().amount();
            case DISBURSED -> figure.disbursedVnd().amount();
            case ITEMS -> BigDecimal.valueOf(figure.items());
        };
    }

    /**
     * The table's totals: money adds up over its communes (money naming none is told apart); an item naming several
     * communes counts once in each, so items have no total.
     */
    private static Map<String, Money> totals(List<StatisticsRow> rows) {
        Map<String, Money> totals = new LinkedHashMap<>();
        totals.put("committedVnd", new Money(sum(rows, StatisticsRow::committedVnd), Money.VND));
        totals.put("committedUsd", new Money(sum(rows, StatisticsRow::committedUsd), Money.USD));
        totals.put("disbursedVnd", new Money(sum(rows, StatisticsRow::disbursedVnd), Money.VND));
        totals.put("disbursedUsd", new Money(sum(rows, StatisticsRow::disbursedUsd), Money.USD));
        return totals;
    }

    private static BigDecimal sum(List<StatisticsRow> rows, Function<StatisticsRow, BigDecimal> measure) {
        return rows.stream().map(measure).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** A commune as drawn: its shape, its figures (none without aid), its colour and the link to its items. */
    public record DrawnCommune(SvgMap.Shape shape, @Nullable CommuneFigure figure, String colour, String href) {
    }

    /**
     * The map page's content.
     *
     * @param unplaced          money of items that name no commune (not on the map), if any
     * @param communesWithoutAid communes of the map without aid in the period
     */
    public record CommuneMap(ReportingPeriod period, MapMeasure measure, List<CommuneFigure> figures,
                             List<DrawnCommune> communes, List<LegendEntry> legend,
                             @Nullable CommuneFigure unplaced, Map<String, Money> totals, int communesWithoutAid,
                             SvgMap provinceDrawing, SvgMap countryDrawing, String provinceCode,
                             List<Archipelago> archipelagos) {

        public List<CommuneFigure> outsideMap() {
            return figures.stream().filter(figure -> !figure.onMap()).toList();
        }
    }


}
