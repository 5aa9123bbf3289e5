package vn.vientro.reporting.map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.vientro.reporting.FigureChoice;
import vn.vientro.reporting.PeriodParameters;
import vn.vientro.reporting.ReportingPolicy;

/** The map's figures for other systems: approved aid by commune for a period, with the map's filters. */
@RestController
@Tag(name = "statistics", description = "Figures of approved aid (every member of staff, within what they may read)")
class CommuneStatisticsApiController {

    private final AidMap map;

    CommuneStatisticsApiController(AidMap map) {
        this.map = map;
    }

    @GetMapping("/api/v1/statistics/communes")
    @PreAuthorize(ReportingPolicy.READ_STATISTICS)
    @Operation(summary = "Approved aid by commune in a period (period = 2026, 2026-Q3, 2026-H1 or 2026-01_2026-05; the "
            + "current year by default): items and committed and disbursed money in VND and USD, split by each item's "
            + "commune shares so communes add up; money of items naming no commune apart; largest first by 'measure'")
    CommuneStatistics communes(@ParameterObject PeriodParameters period, @ParameterObject FigureChoice choice,
                               @Parameter(description = "What orders the communes (COMMITTED by default)")
                               @RequestParam(required = false) @Nullable MapMeasure measure) {
        AidMap.CommuneMap content = map.communes(period, choice, measure);
        return new CommuneStatistics(content.period().code(), content.period().firstDay(),
                content.period().lastDay(), content.measure(),
                content.figures().stream().map(CommuneStatisticsApiController::line).toList(),
                content.unplaced() == null ? null : line(content.unplaced()));
    }

    private static Line line(CommuneFigure figure) {
        return new Line(figure.code().isEmpty() ? null : figure.code(), figure.code().isEmpty() ? null : figure.name(),
                figure.onMap(), figure.items(), figure.committedVnd().amount(), figure.committedUsd().amount(),
                figure.disbursedVnd().amount(), figure.disbursedUsd().amount());
    }

    /**
     * The answer.
     *
     * @param unplaced money of items that name no commune
     */
    record CommuneStatistics(String period, LocalDate from, LocalDate to, MapMeasure measure,
                             List<Line> communes, @Nullable Line unplaced) {
    }

    /**
     * One commune's figures.
     *
     * @param inProvince whether the commune is one of the deployment's province
     */
    record Line(@Nullable String code, @Nullable String name, boolean inProvince, long items, BigDecimal committedVnd,
                BigDecimal committedUsd, BigDecimal disbursedVnd, BigDecimal disbursedUsd) {
    }
}
