package vn.vientro.aid.results;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.vientro.shared.InvalidInputException;

/**
 * An item's results framework over the API, with the pages' rules: a change after the decision by anyone but the focal
 * point, or an actual value before approval, answers 409; a stale version 409; a wrong field 400 naming it.
 */
@RestController
@RequestMapping("/api/v1/aid-items/{id}")
class ResultsApiController {

    private final Results results;

    ResultsApiController(Results results) {
        this.results = results;
    }

    @GetMapping("/results")
    ResultsFramework framework(@PathVariable long id) {
        return results.framework(id);
    }

    @PostMapping("/results")
    ResponseEntity<Result> addResult(@PathVariable long id, @RequestBody ResultRequest request) {
        long resultId = results.addResult(id, request.input());
        return ResponseEntity.created(URI.create("/api/v1/aid-items/" + id + "/results/" + resultId))
                .body(results.result(id, resultId));
    }

    @GetMapping("/results/{resultId}")
    Result result(@PathVariable long id, @PathVariable long resultId) {
        return results.result(id, resultId);
    }

    @PutMapping("/results/{resultId}")
    Result changeResult(@PathVariable long id, @PathVariable long resultId, @RequestBody ResultRequest request) {
        results.changeResult(id, resultId, required(request.version()), request.input());
        return results.result(id, resultId);
    }

    @DeleteMapping("/results/{resultId}")
    ResponseEntity<Void> removeResult(@PathVariable long id, @PathVariable long resultId,
                                      @RequestParam(required = false) @Nullable Long version) {
        results.removeResult(id, resultId, required(version));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/results/{resultId}/indicators")
    ResponseEntity<Indicator> addIndicator(@PathVariable long id, @PathVariable long resultId,
                                           @RequestBody IndicatorRequest request) {
        long indicatorId = results.addIndicator(id, resultId, request.input());
        return ResponseEntity.created(URI.create("/api/v1/aid-items/" + id + "/indicators/" + indicatorId))
                .body(results.indicator(id, indicatorId));
    }

    @GetMapping("/indicators/{indicatorId}")
    Indicator indicator(@PathVariable long id, @PathVariable long indicatorId) {
        return results.indicator(id, indicatorId);
    }

    @PutMapping("/indicators/{indicatorId}")
    Indicator changeIndicator(@PathVariable long id, @PathVariable long indicatorId,
                              @RequestBody IndicatorRequest request) {
        results.changeIndicator(id, indicatorId, required(request.version()), request.input());
        return results.indicator(id, indicatorId);
    }

    @DeleteMapping("/indicators/{indicatorId}")
    ResponseEntity<Void> removeIndicator(@PathVariable long id, @PathVariable long indicatorId,
                                         @RequestParam(required = false) @Nullable Long version) {
        results.removeIndicator(id, indicatorId, required(version));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/indicators/{indicatorId}/periods")
    ResponseEntity<IndicatorPeriod> addPeriod(@PathVariable long id, @PathVariable long indicatorId,
                                              @RequestBody TargetRequest request) {
        long periodId = results.addPeriod(id, indicatorId, request.input());
        return ResponseEntity.created(URI.create("/api/v1/aid-items/" + id + "/periods/" + periodId))
                .body(results.period(id, periodId));
    }

    @GetMapping("/periods/{periodId}")
    IndicatorPeriod period(@PathVariable long id, @PathVariable long periodId) {
        return results.period(id, periodId);
    }

    @PutMapping("/periods/{periodId}")
    IndicatorPeriod changeTarget(@PathVariable long id, @PathVariable long periodId,
                                 @RequestBody TargetRequest request) {
        results.changeTarget(id, periodId, required(request.version()), request.input());
        return results.period(id, periodId);
    }

    @PutMapping("/periods/{periodId}/actual")
    IndicatorPeriod report(@PathVariable long id, @PathVariable long periodId, @RequestBody ActualRequest request) {
        results.report(id, periodId, required(request.version()),
                new ActualInput(request.actualValue(), request.actualComment()));
        return results.period(id, periodId);
    }

    @DeleteMapping("/periods/{periodId}")
    ResponseEntity<Void> removePeriod(@PathVariable long id, @PathVariable long periodId,
                                      @RequestParam(required = false) @Nullable Long version) {
        results.removePeriod(id, periodId, required(version));
        return ResponseEntity.noContent().build();
    }

    private static long required(@Nullable Long version) {
        if (version == null) {
            throw new InvalidInputException("version", "aid.api.version.required");
        }
        return version;
    }

    /** A result as the API takes it; {@code version} only to change it. */
    record ResultRequest(@Nullable Long version, @Nullable ResultLevel level, @Nullable String titleVi,
                         @Nullable String titleEn, @Nullable String description) {

        ResultInput input() {
            return new ResultInput(level, titleVi, titleEn, description);
        }
    }

    /** An indicator and its baseline; {@code ascending} defaults to true (a higher value is better). */
    record IndicatorRequest(@Nullable Long version, @Nullable String titleVi, @Nullable String titleEn,
                            @Nullable IndicatorMeasure measure, @Nullable String unit, @Nullable Boolean ascending,
                            @Nullable Integer baselineYear, @Nullable BigDecimal baselineValue,
                            @Nullable String baselineComment) {

        IndicatorInput input() {
            return new IndicatorInput(titleVi, titleEn, measure, unit, ascending, baselineYear, baselineValue,
                    baselineComment);
        }
    }

    record TargetRequest(@Nullable Long version, @Nullable LocalDate start, @Nullable LocalDate end,
                         @Nullable BigDecimal targetValue, @Nullable String targetComment) {

        TargetInput input() {
            return new TargetInput(start, end, targetValue, targetComment);
        }
    }

    record ActualRequest(@Nullable Long version, @Nullable BigDecimal actualValue, @Nullable String actualComment) {
    }
}
