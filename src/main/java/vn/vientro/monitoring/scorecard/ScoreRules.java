package vn.vientro.monitoring.scorecard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * How a year's compliance becomes a score out of 100: 100 minus five penalties, each capped, whose caps add up to 100.
 * <ul>
 *   <li>reports not on time: {@value #LATE_SHARE_POINTS} points times the share of the reports due that were not
 *       submitted by their due date;</li>
 *   <li>lateness: {@value #LATENESS_POINTS} points times the average days late of the late reports, over
 *       {@value #LATENESS_CAP_DAYS} days (a report late {@value #LATENESS_CAP_DAYS} days or more costs all of them);</li>
 *   <li>open findings: {@value #FINDING_POINTS} points for each finding of a concluded inspection with a
 *       recommendation still open, at most {@value #FINDING_CAP};</li>
 *   <li>overdue recommendations: {@value #RECOMMENDATION_POINTS} points for each recommendation of a concluded
 *       inspection still open past its deadline, at most {@value #RECOMMENDATION_CAP};</li>
 *   <li>suspensions: {@value #SUSPENSION_POINTS} points for each aid item suspended, at most
 *       {@value #SUSPENSION_CAP}.</li>
 * </ul>
 * A year with nothing due, found or suspended scores 100. The page explains the same figures from these constants.
 */
public final class ScoreRules {

    public static final int LATE_SHARE_POINTS = 40;
    public static final int LATENESS_POINTS = 15;
    public static final int LATENESS_CAP_DAYS = 90;
    public static final int FINDING_POINTS = 5;
    public static final int FINDING_CAP = 15;
    public static final int RECOMMENDATION_POINTS = 5;
    public static final int RECOMMENDATION_CAP = 15;
    public static final int SUSPENSION_POINTS = 15;
    public static final int SUSPENSION_CAP = 15;
    /** A score below this needs attention (marked in words on the pages). */
    public static final int ATTENTION_BELOW = 60;

    private ScoreRules() {
    }

    /** The figures above, for the pages that explain the score. */
    public record Weights(int lateShare, int lateness, int latenessCapDays, int finding, int findingCap,
                          int recommendation, int recommendationCap, int suspension, int suspensionCap,
                          int attentionBelow) {
    }

    public static Weights weights() {
        return new Weights(LATE_SHARE_POINTS, LATENESS_POINTS, LATENESS_CAP_DAYS, FINDING_POINTS, FINDING_CAP,
                RECOMMENDATION_POINTS, RECOMMENDATION_CAP, SUSPENSION_POINTS, SUSPENSION_CAP, ATTENTION_BELOW);
    }

    /** The penalties of a year's figures, those that cost nothing left out. */
    static List<Scorecard.Penalty> penalties(int due, int late, BigDecimal averageDaysLate, int openFindings,
                                             int overdueRecommendations, int suspensions) {
        List<Scorecard.Penalty> penalties = new ArrayList<>();
        if (due > 0 && late > 0) {
            penalties.add(new Scorecard.Penalty(Scorecard.Part.LATE_REPORTS, BigDecimal.valueOf(LATE_SHARE_POINTS)
                    .multiply(BigDecimal.valueOf(late)).divide(BigDecimal.valueOf(due), 1, RoundingMode.HALF_UP)));
        }
        if (averageDaysLate.signum() > 0) {
            BigDecimal days = averageDaysLate.min(BigDecimal.valueOf(LATENESS_CAP_DAYS));
            penalties.add(new Scorecard.Penalty(Scorecard.Part.LATENESS, BigDecimal.valueOf(LATENESS_POINTS)
                    .multiply(days).divide(BigDecimal.valueOf(LATENESS_CAP_DAYS), 1, RoundingMode.HALF_UP)));
        }
        capped(penalties, Scorecard.Part.OPEN_FINDINGS, openFindings, FINDING_POINTS, FINDING_CAP);
        capped(penalties, Scorecard.Part.OVERDUE_RECOMMENDATIONS, overdueRecommendations, RECOMMENDATION_POINTS,
                RECOMMENDATION_CAP);
        capped(penalties, Scorecard.Part.SUSPENSIONS, suspensions, SUSPENSION_POINTS, SUSPENSION_CAP);
        return List.copyOf(penalties);
    }

    /** 100 minus the penalties, rounded to a whole point, never below 0. */
    static int score(List<Scorecard.Penalty> penalties) {
        BigDecimal lost = penalties.stream().map(Scorecard.Penalty::points).reduce(BigDecimal.ZERO, BigDecimal::add);
        return Math.max(0, BigDecimal.valueOf(100).subtract(lost).setScale(0, RoundingMode.HALF_UP).intValueExact());
    }

    private static void capped(List<Scorecard.Penalty> penalties, Scorecard.Part part, int count, int each, int cap) {
        if (count > 0) {
            penalties.add(new Scorecard.Penalty(part, BigDecimal.valueOf(Math.min((long) count * each, cap))
                    .setScale(1, RoundingMode.UNNECESSARY)));
        }
    }
}
