package vn.vientro.reporting.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import vn.vientro.aid.AidKind;
import vn.vientro.aid.AidStatus;
import vn.vientro.platform.Breadcrumb;
import vn.vientro.platform.StrictJson;
import vn.vientro.reference.AdminUnits;
import vn.vientro.reference.Codelists;
import vn.vientro.reference.PriorityFields;
import vn.vientro.reference.UnitSet;
import vn.vientro.registry.OrganisationRef;
import vn.vientro.registry.Registry;
import vn.vientro.reporting.FigureFilterOptions;
import vn.vientro.reporting.PeriodOptions;
import vn.vientro.reporting.ReportingPeriod;

/**
 * What the dashboard's template shows: the figures, each chart's rows and the data its canvas draws, the choices of
 * the filter bar.
 */
@Component
class DashboardPageModel {

    /** A chart as the page shows it: its canvas's data (JSON), its rows, its downloads. */
    record ChartView(String id, String path, String titleKey, String json, List<ChartRow> rows, String csvHref,
                     boolean pipeline) {
    }

    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

    private final MessageSource messages;
    private final FigureFilterOptions filterOptions;
    private final PeriodOptions periodOptions;

    DashboardPageModel(MessageSource messages, FigureFilterOptions filterOptions, PeriodOptions periodOptions) {
        this.messages = messages;
        this.filterOptions = filterOptions;
        this.periodOptions = periodOptions;
    }

    void show(DashboardPage page, Locale locale, Model model) {
        DashboardFilter filter = page.filter();
        model.addAttribute("page", page);
        model.addAttribute("filter", filter);
        model.addAttribute("summary", page.summary());
        model.addAttribute("periodLabel", messages.getMessage(filter.period().label(), locale));
        model.addAttribute("charts", page.charts().entrySet().stream()
                .map(e -> view(e.getKey(), e.getValue(), filter, locale)).toList());
        model.addAttribute("query", filter.query());
        model.addAttribute("itemsHref", "/app/aid/items" + (filter.aidListParameters().isEmpty() ? ""
                : "?" + DashboardFilter.query(filter.aidListParameters())));
        choices(page, locale, model);
        model.addAttribute("breadcrumbs", Breadcrumb.trail(Breadcrumb.here("reporting.dashboard.title")));
    }

    private void choices(DashboardPage page, Locale locale, Model model) {
        DashboardFilter filter = page.filter();
        model.addAttribute("periodChoices", periods(filter.period(), locale));
        model.addAttribute("customFrom", filter.period().kind() == ReportingPeriod.Kind.MONTHS
                ? filter.period().from().toString() : "");
        model.addAttribute("customTo", filter.period().kind() == ReportingPeriod.Kind.MONTHS
                ? filter.period().to().toString() : "");
        FigureFilterOptions.Lists options = filterOptions.of(filter.choice(), locale);
        model.addAttribute("filterOptions", options);
        List<String> applied = new ArrayList<>();
        applied.add(messages.getMessage(filter.period().label(), locale));
        applied.addAll(filterOptions.applied(options, locale));
        model.addAttribute("appliedFilters", applied);
    }

    /**
     * The periods every reporting page offers ({@link PeriodOptions}); a custom span is the "custom" choice here, whose
     * month fields hold it, rather than its own entry.
     */
    private List<FigureFilterOptions.Option> periods(ReportingPeriod selected, Locale locale) {
        boolean custom = selected.kind() == ReportingPeriod.Kind.MONTHS;
        return periodOptions.of(selected, locale).stream().map(option -> custom && option.selected()
                ? new FigureFilterOptions.Option(option.value(), option.label(), false) : option).toList();
    }

    private ChartView view(DashboardChart chart, List<ChartRow> rows, DashboardFilter filter, Locale locale) {
        boolean pipeline = chart == DashboardChart.PIPELINE;
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("type", chart == DashboardChart.BY_YEAR || pipeline ? "bar" : "horizontal");
        data.put("labels", rows.stream().map(row -> label(chart, row, locale)).toList());
        data.put("hrefs", rows.stream().map(ChartRow::href).toList());
        List<Map<String, Object>> series = new ArrayList<>();
        if (pipeline) {
            series.add(series(message("reporting.dashboard.series.amount", locale),
                    rows.stream().map(row -> millions(row.committedVnd())).toList()));
        } else {
            series.add(series(message("reporting.dashboard.series.committed", locale),
                    rows.stream().map(row -> millions(row.committedVnd())).toList()));
            series.add(series(message("reporting.dashboard.series.disbursed", locale),
                    rows.stream().map(row -> millions(row.disbursedVnd())).toList()));
        }
        data.put("series", series);
        data.put("unit", message("reporting.dashboard.unit.millionVnd", locale));
        List<ChartRow> labelled = rows.stream().map(row -> new ChartRow(row.key(), label(chart, row, locale),
                row.items(), row.committedVnd(), row.committedUsd(), row.disbursedVnd(), row.disbursedUsd(),
                row.href())).toList();
        return new ChartView("chart-" + chart.path(), chart.path(), "reporting.dashboard.chart." + chart.path(),
                StrictJson.mapper().writeValueAsString(data), labelled,
                DashboardController.PATH + "/" + chart.path() + ".csv?" + filter.query(), pipeline);
    }

    private String label(DashboardChart chart, ChartRow row, Locale locale) {
        if (chart == DashboardChart.PIPELINE) {
            return message("reporting.dashboard.pipeline." + row.key(), locale);
        }
        return row.label().isEmpty() ? message("reporting.dashboard.unstated", locale) : row.label();
    }

    private static Map<String, Object> series(String name, List<BigDecimal> values) {
        Map<String, Object> one = new LinkedHashMap<>();
        one.put("name", name);
        one.put("values", values);
        return one;
    }

    private static BigDecimal millions(@Nullable BigDecimal vnd) {
        return vnd == null ? BigDecimal.ZERO : vnd.divide(MILLION, 1, RoundingMode.HALF_UP);
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
