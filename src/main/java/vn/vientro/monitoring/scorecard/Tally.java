package vn.vientro.monitoring.scorecard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One subject's figures for one year while they are counted; {@link #card} turns them into a scorecard. */
final class Tally {

    private int due;
    private int onTime;
    private int late;
    private long daysLate;
    private int findings;
    private int openFindings;
    private int overdueRecommendations;
    private int suspensions;
    private boolean measured;

    /**
     * A report due on {@code dueOn} and done on {@code doneOn} (if it was): counted once due or done; on time when done
     * by its due date, otherwise late by the days to the day it was done, or to today.
     */
    void report(LocalDate dueOn, @Nullable LocalDate doneOn, LocalDate today) {
        if (doneOn == null && !dueOn.isBefore(today)) {
            return;
        }
        measured = true;
        due++;
        if (doneOn != null && !doneOn.isAfter(dueOn)) {
            onTime++;
        } else {
            late++;
            daysLate += ChronoUnit.DAYS.between(dueOn, doneOn != null ? doneOn : today);
        }
    }

    /** Reports counted elsewhere as {@link #report} counts each: how many were due, on time, and the others' days late. */
    void reports(int counted, int onTimeCounted, long lateDays) {
        if (counted > 0) {
            measured = true;
        }
        due += counted;
        onTime += onTimeCounted;
        late += counted - onTimeCounted;
        daysLate += lateDays;
    }

    void inspection(int found, int open) {
        measured = true;
        findings += found;
        openFindings += open;
    }

    void overdueRecommendation() {
        measured = true;
        overdueRecommendations++;
    }

    void suspension() {
        measured = true;
        suspensions++;
    }

    /** Whether anything was counted: a report due, a concluded inspection, an overdue recommendation, a suspension. */
    boolean measured() {
        return measured;
    }

    Scorecard card(ScorecardKind kind, long subjectId, String name, int year) {
        Integer percent = due == 0 ? null : BigDecimal.valueOf(onTime * 100L)
                .divide(BigDecimal.valueOf(due), 0, RoundingMode.HALF_UP).intValueExact();
        BigDecimal average = late == 0 ? null
                : BigDecimal.valueOf(daysLate).divide(BigDecimal.valueOf(late), 1, RoundingMode.HALF_UP);
        List<Scorecard.Penalty> penalties = ScoreRules.penalties(due, late,
                average == null ? BigDecimal.ZERO : average, openFindings, overdueRecommendations, suspensions);
        return new Scorecard(kind, subjectId, name, year, due, onTime, percent, average, findings, openFindings,
                overdueRecommendations, suspensions, penalties, ScoreRules.score(penalties));
    }
}
