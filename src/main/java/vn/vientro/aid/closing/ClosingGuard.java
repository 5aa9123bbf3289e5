package vn.vientro.aid.closing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.vientro.aid.ClosedPeriod;
import vn.vientro.shared.InvalidInputException;
import vn.vientro.shared.TextLength;

/**
 * The rule of closed periods on the aid module's money and results writes: a change to money dated, or to what an
 * indicator period ending, inside a closed period needs a reason (refused at the field {@code closeReason} without
 * one) and is logged with it, in the writer's transaction.
 */
@Component
public class ClosingGuard {

    /** The field a missing reason is shown at, on the money form and in the API. */
    public static final String FIELD = "closeReason";

    private final ClosingQueries queries;
    private final CorrectionLog log;
    private final ResultCorrectionLog results;

    ClosingGuard(ClosingQueries queries, CorrectionLog log, ResultCorrectionLog results) {
        this.queries = queries;
        this.log = log;
        this.results = results;
    }

    /**
     * The closed period a change touches (the old value date's or the new one's), after checking the change gives a
     * reason; empty when it touches none and needs no reason.
     */
    public Optional<ClosedPeriod> check(@Nullable LocalDate before, @Nullable LocalDate after, @Nullable String reason) {
        Optional<ClosedPeriod> closed = Optional.ofNullable(before).flatMap(queries::covering)
                .or(() -> Optional.ofNullable(after).flatMap(queries::covering));
        if (closed.isPresent()) {
            TextLength.require(FIELD, reason, TextLength.TEXT);
            if (reason == null || reason.isBlank()) {
                throw new InvalidInputException(FIELD, "aid.closing.reasonRequired", closed.get().code(),
                        closed.get().firstDay(), closed.get().lastDay());
            }
        }
        return closed;
    }

    /** The first closed period that holds the day, if any. */
    public Optional<ClosedPeriod> covering(LocalDate day) {
        return queries.covering(day);
    }

    /** Logs a change {@link #check} found inside a closed period. */
    @SuppressWarnings("checkstyle:ParameterNumber")
    public void log(ClosedPeriod period, long itemId, long transactionId, String operation, String kind,
                    LocalDate valueDate, @Nullable BigDecimal beforeVnd, @Nullable BigDecimal afterVnd,
                    @Nullable BigDecimal beforeUsd, @Nullable BigDecimal afterUsd, String reason, String actor,
                    Instant at) {
        log.save(new CorrectionAfterClose(null, itemId, transactionId, operation, period.code(), kind, valueDate,
                beforeVnd, afterVnd, beforeUsd, afterUsd, reason.strip(), actor, at));
    }

    /** Logs a result {@link #check} found inside a closed period (the indicator period's end is its date). */
    @SuppressWarnings("checkstyle:ParameterNumber")
    public void logResult(ClosedPeriod period, long itemId, long periodId, String indicator, String operation,
                          LocalDate periodStart, LocalDate periodEnd, @Nullable BigDecimal beforeValue,
                          @Nullable BigDecimal afterValue, @Nullable String beforeComment,
                          @Nullable String afterComment, String reason, String actor, Instant at) {
        results.save(new ResultCorrectionAfterClose(null, itemId, periodId, indicator, operation, period.code(),
                periodStart, periodEnd, beforeValue, afterValue, beforeComment, afterComment, reason.strip(), actor,
                at));
    }
}
