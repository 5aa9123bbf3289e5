package vn.vientro.monitoring.scorecard;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One year's compliance of a foreign NGO or an aid owner, and its score ({@link ScoreRules}). Reports count in the year
 * they were due, once due or submitted; findings in the year their inspection was concluded (those of inspections
 * not concluded are confidential and never counted); recommendations in the year of their deadline; suspensions in
 * the year of their decision.
 *
 * @param subjectId              the organisation's or the agency's number
 * @param reportsDue             reports due in the year by today, or submitted early
 * @param reportsOnTime          of them, submitted by their due date (a report returned for correction counts from
 *                               its first submission)
 * @param onTimePercent          the share on time, in whole percent; none when nothing was due
 * @param averageDaysLate        the average days late of the late reports (to today for one still not submitted);
 *                               none when none was late
 * @param findings               findings of the inspections concluded in the year
 * @param openFindings           of them, those with a recommendation still open
 * @param overdueRecommendations recommendations with a deadline in the year, still open past it
 * @param suspensions            aid items suspended in the year (owned, or funded by the NGO)
 * @param penalties              what the score lost, by part
 * @param score                  100 minus the penalties, 0 to 100
 */
public record Scorecard(ScorecardKind kind, long subjectId, String subjectName, int year, int reportsDue,
                        int reportsOnTime, @Nullable Integer onTimePercent, @Nullable BigDecimal averageDaysLate,
                        int findings, int openFindings, int overdueRecommendations, int suspensions,
                        List<Penalty> penalties, int score) {

    /** The parts of the score that cost points. */
    public enum Part {
        LATE_REPORTS, LATENESS, OPEN_FINDINGS, OVERDUE_RECOMMENDATIONS, SUSPENSIONS
    }

    /** Points lost for one part. */
    public record Penalty(Part part, BigDecimal points) {
    }

    public int reportsLate() {
        return reportsDue - reportsOnTime;
    }

    /** Whether the score is low enough to need attention. */
    public boolean needsAttention() {
        return score < ScoreRules.ATTENTION_BELOW;
    }

    /** The page of the subject's scorecards, year by year. */
    public String href() {
        return "/app/monitoring/scorecards/" + kind.path() + "/" + subjectId;
    }
}
