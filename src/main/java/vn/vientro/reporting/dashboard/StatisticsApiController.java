package vn.vientro.reporting.dashboard;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.vientro.aid.StatisticsDimension;
import vn.vientro.reporting.FigureChoice;
import vn.vientro.reporting.PeriodParameters;
import vn.vientro.reporting.ReportingPolicy;
import vn.vientro.shared.InvalidInputException;

/**
 * The dashboard's figures for other systems (liên thông): the same filters as the dashboard's address, the same
 * figures, narrowed to what the caller may read (an officer: their agency's aid).
 */
@RestController
@RequestMapping("/api/v1/statistics")
@Tag(name = "statistics", description = "Figures of approved aid by period and filter, as on the leaders' dashboard")
@PreAuthorize(ReportingPolicy.READ_STATISTICS)
class StatisticsApiController {

    /** More groupings than any table a person reads would multiply rows without telling anything more. */
    private static final int MAX_DIMENSIONS = 3;

    private final DashboardFigures figures;

    StatisticsApiController(DashboardFigures figures) {
        this.figures = figures;
    }

    @GetMapping("/summary")
    @Operation(summary = "Headline figures of a period: items with money, committed, disbursed, spent and counterpart "
            + "money in VND and USD (each transaction at its own date-effective rate), disbursement rate, approvals, "
            + "active donors, papers expiring, overdue reports and opinions, open findings, the mobilisation pipeline "
            + "and the exchange rates used. A filter or period that names nothing is refused (400) at its parameter; the period defaults to this year.")
    StatisticsSummary summary(@ParameterObject PeriodParameters period, @ParameterObject FigureChoice choice) {
        return figures.summary(DashboardFilter.of(period, choice, figures.today()));
    }

    @GetMapping("/breakdown")
    @Operation(summary = "The period's money grouped by one to three dimensions, each key with its name; sector and "
            + "commune groups split each item's money by its percentages, so groups add up to the total once")
    List<BreakdownRow> breakdown(@Parameter(in = ParameterIn.QUERY, name = "by", required = true,
                                         description = "YEAR, QUARTER, MONTH, PRIORITY_FIELD, SECTOR, "
                                                 + "SECTOR_CATEGORY, COMMUNE, DONOR, KIND or STATUS; repeat or "
                                                 + "separate with commas for several (at most 3)")
                                 @RequestParam(name = "by", required = false) @org.jspecify.annotations.Nullable List<String> by,
                                 @ParameterObject PeriodParameters period, @ParameterObject FigureChoice choice,
                                 @Parameter(in = ParameterIn.QUERY, name = "published", description = "true: only "
                                         + "what the public portal publishes (approved items whose summary and money "
                                         + "are public; by sector or commune, only items whose sectors or locations "
                                         + "are public), the figures of the portal's headline")
                                 @RequestParam(name = "published", defaultValue = "false") boolean published,
                                 Locale locale) {
        return figures.breakdown(dimensions(by), DashboardFilter.of(period, choice, figures.today()), published,
                locale);
    }

    private static List<StatisticsDimension> dimensions(@org.jspecify.annotations.Nullable List<String> names) {
        List<StatisticsDimension> dimensions = new ArrayList<>();
        for (String name : names == null ? List.<String>of() : names) {
            for (String one : name.split(",")) {
                StatisticsDimension dimension = java.util.Arrays.stream(StatisticsDimension.values())
                        .filter(d -> d.name().equals(one.strip())).findFirst()
                        .orElseThrow(() -> new InvalidInputException("by", "reporting.statistics.dimension"));
                if (!dimensions.contains(dimension)) {
                    dimensions.add(dimension);
                }
            }
        }
        if (dimensions.isEmpty() || dimensions.size() > MAX_DIMENSIONS) {
            throw new InvalidInputException("by", "reporting.statistics.dimension");
        }
        return dimensions;
    }
}
