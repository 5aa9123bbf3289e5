package vn.vientro.aid.results;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.vientro.aid.AidPolicy;
import vn.vientro.shared.InvalidInputException;
import vn.vientro.shared.TextLength;

/**
 * An item's results framework over the API, with the pages' rules: a change after the decision by anyone but the focal
 * point, or an actual value before approval, answers 409; a stale version 409; a wrong field 400 naming it.
 */
@RestController
@RequestMapping("/api/v1/aid-items/{itemId}")
class ResultsApiController {

    private final Results results;

    ResultsApiController(Results results) {
        this.results = results;
    }

    @GetMapping("/results")
    ResultsFramework framework(@PathVariable long itemId) {
        return results.framework(itemId);
    }

    @PostMapping("/results")
    @PreAuthorize(AidPolicy.SHAPE_RESULTS)
    ResponseEntity<Result> addResult(@PathVariable long itemId, @Valid @RequestBody ResultRequest request) {
        long resultId = results.addResult(itemId, request.input());
        return ResponseEntity.created(URI.create("/api/v1/aid-items/" + itemId + "/results/" + resultId))
                .body(results.result(itemId, resultId));
    }

    @GetMapping("/results/{resultId}")
    Result result(@PathVariable long itemId, @PathVariable long resultId) {
        return results.result(itemId, resultId);
    }

    @PutMapping("/results/{resultId}")
    @PreAuthorize(AidPolicy.SHAPE_RESULTS)
    Result changeResult(@PathVariable long itemId, @PathVariable long resultId,
                        @Valid @RequestBody ResultRequest request) {
        results.changeResult(itemId, resultId, required(request.version()), request.input());
        return results.result(itemId, resultId);
    }

    @DeleteMapping("/results/{resultId}")
    @PreAuthorize(AidPolicy.SHAPE_RESULTS)
    ResponseEntity<Void> removeResult(@PathVariable long itemId, @PathVariable long resultId,
                                      @RequestParam(required = false) @Nullable Long version) {
        results.removeResult(itemId, resultId, required(version));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/results/{resultId}/indicators")
    @PreAuthorize(AidPolicy.SHAPE_RESULTS)
    ResponseEntity<Indicator> addIndicator(@PathVariable long itemId, @PathVariable long resultId,
                                           @Valid @RequestBody IndicatorRequest request) {
        long indicatorId = results.addIndicator(itemId, resultId, request.input());
        return ResponseEntity.created(URI.create("/api/v1/aid-items/" + itemId + "/indicators/" + indicatorId))
                .body(results.indicator(itemId, indicatorId));
    }

    @GetMapping("/indicators/{indicatorId}")
    Indicator indicator(@PathVariable long itemId, @PathVariable long indicatorId) {
        return results.indicator(itemId, indicatorId);
    }

    @PutMapping("/indicators/{indicatorId}")
    @PreAuthorize(AidPolicy.SHAPE_RESULTS)
    Indicator changeIndicator(@PathVariable long itemId, @PathVariable long indicatorId,
                              @Valid @RequestBody IndicatorRequest request) {
        results.changeIndicator(itemId, indicatorId, required(request.version()), request.input());
        return results.indicator(itemId, indicatorId);
    }

    @DeleteMapping("/indicators/{indicatorId}")
    @PreAuthorize(AidPolicy.SHAPE_RESULTS)
    ResponseEntity<Void> removeIndicator(@PathVariable long itemId, @PathVariable long indicatorId,
                                         @RequestParam(required = false) @Nullable Long version) {
        results.removeIndicator(itemId, indicatorId, required(version));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/indicators/{indicatorId}/periods")
    @PreAuthorize(AidPolicy.SHAPE_RESULTS)
    ResponseEntity<IndicatorPeriod> addPeriod(@PathVariable long itemId, @PathVariable long indicatorId,
                                              @Valid @RequestBody TargetRequest request) {
        long periodId = results.addPeriod(itemId, indicatorId, request.input());
        return ResponseEntity.created(URI.create("/api/v1/aid-items/" + itemId + "/periods/" + periodId))
                .body(results.period(itemId, periodId));
    }

    @GetMapping("/periods/{periodId}")
    IndicatorPeriod period(@PathVariable long itemId, @PathVariable long periodId) {
        return results.period(itemId, periodId);
    }

    @PutMapping("/periods/{periodId}")
    @PreAuthorize(AidPolicy.SHAPE_RESULTS)
    IndicatorPeriod changeTarget(@PathVariable long itemId, @PathVariable long periodId,
                                 @Valid @RequestBody TargetRequest request) {
        results.changeTarget(itemId, periodId, required(request.version()), request.input());
        return results.period(itemId, periodId);
    }

    @PutMapping("/periods/{periodId}/actual")
    @PreAuthorize(AidPolicy.REPORT_RESULTS)
    IndicatorPeriod report(@PathVariable long itemId, @PathVariable long periodId,
                           @Valid @RequestBody ActualRequest request) {
        results.report(itemId, periodId, required(request.version()),
                new ActualInput(request.actualValue(), request.actualComment(), request.closeReason()));
        return results.period(itemId, periodId);
    }

    @DeleteMapping("/periods/{periodId}")
    @PreAuthorize(AidPolicy.SHAPE_RESULTS)
    ResponseEntity<Void> removePeriod(@PathVariable long itemId, @PathVariable long periodId,
                                      @RequestParam(required = false) @Nullable Long version) {
        results.removePeriod(itemId, periodId, required(version));
        return ResponseEntity.noContent().build();
    }

    private static long required(@Nullable Long version) {
        if (version == null) {
            throw new InvalidInputException("version", "aid.api.version.required");
        }
        return version;
    }

    /** A result as the API takes it; {@code version} only to change it. */
    record ResultRequest(@Nullable Long version,
                         @Nullable ResultLevel level,
                         @Size(max = TextLength.NAME, message = "{validation.tooLong}") @Nullable String titleVi,
                         @Size(max = TextLength.NAME, message = "{validation.tooLong}") @Nullable String titleEn,
                         @Size(max = TextLength.TEXT, message = "{validation.tooLong}") @Nullable String description) {

        ResultInput input() {
            return new ResultInput(level, titleVi, titleEn, description);
        }
    }

    /** An indicator and its baseline; {@code ascending} defaults to true (a higher value is better). */
    record IndicatorRequest(@Nullable Long version,
                            @Size(max = TextLength.NAME, message = "{validation.tooLong}") @Nullable String titleVi,
                            @Size(max = TextLength.NAME, message = "{validation.tooLong}") @Nullable String titleEn,
                            @Nullable IndicatorMeasure measure,
                            @Size(max = TextLength.CODE, message = "{validation.tooLong}") @Nullable String unit,
                            @Nullable Boolean ascending,
                            @Nullable Integer baselineYear,
                            @Nullable BigDecimal baselineValue,
                            @Size(max = TextLength.TEXT, message = "{validation.tooLong}")
                            @Nullable String baselineComment) {

        IndicatorInput input() {
            return new IndicatorInput(titleVi, titleEn, measure, unit, ascending, baselineYear, baselineValue,
                    baselineComment);
        }
    }

    record TargetRequest(@Nullable Long version,
                         @Nullable LocalDate start,
                         @Nullable LocalDate end,
                         @Nullable BigDecimal targetValue,
                         @Size(max = TextLength.TEXT, message = "{validation.tooLong}")
                         @Nullable String targetComment) {

        TargetInput input() {
            return new TargetInput(start, end, targetValue, targetComment);
        }
    }

    record ActualRequest(@Nullable Long version,
                         @Nullable BigDecimal actualValue,
                         @Size(max = TextLength.TEXT, message = "{validation.tooLong}")
                         @Nullable String actualComment,
                         @Schema(description = "Why a period ending inside a closed reporting period is reported or "
                                 + "corrected; needed only then")
                         @Size(max = TextLength.TEXT, message = "{validation.tooLong}")
                         @Nullable String closeReason) {
    }
}
