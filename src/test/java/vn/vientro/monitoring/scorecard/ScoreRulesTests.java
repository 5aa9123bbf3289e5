package vn.vientro.monitoring.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ScoreRulesTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    @Test
    void countsAReportDoneByItsDueDateOnTimeAndOneDoneLaterLateByItsDays() {
        Tally tally = new Tally();
        tally.report(LocalDate.of(2026, 7, 10), LocalDate.of(2026, 7, 10), TODAY);
        tally.report(LocalDate.of(2026, 7, 10), LocalDate.of(2026, 7, 20), TODAY);
        tally.report(LocalDate.of(2026, 1, 10), LocalDate.of(2026, 1, 2), TODAY);
        Scorecard card = tally.card(ScorecardKind.OWNER, 1, "Sở", 2026);
        assertThat(card.reportsDue()).isEqualTo(3);
        assertThat(card.reportsOnTime()).isEqualTo(2);
        assertThat(card.onTimePercent()).isEqualTo(67);
        assertThat(card.averageDaysLate()).isEqualByComparingTo("10.0");
    }

    @Test
    void countsAReportNotSubmittedLateUntilTodayAndOneNotYetDueNotAtAll() {
        Tally tally = new Tally();
        tally.report(LocalDate.of(2026, 12, 1), null, TODAY);
        tally.report(LocalDate.of(2026, 12, 7), null, TODAY);
        tally.report(LocalDate.of(2026, 12, 20), null, TODAY);
        assertThat(tally.measured()).isTrue();
        Scorecard card = tally.card(ScorecardKind.NGO, 1, "NGO", 2026);
        assertThat(card.reportsDue()).isEqualTo(1);
        assertThat(card.reportsOnTime()).isZero();
        assertThat(card.averageDaysLate()).isEqualByComparingTo("6.0");
    }

    @Test
    void addsReportsCountedInTheDatabaseAsItCountsEachOne() {
        Tally tally = new Tally();
        tally.reports(3, 1, 30);
        tally.report(LocalDate.of(2026, 7, 10), LocalDate.of(2026, 7, 20), TODAY);
        Scorecard card = tally.card(ScorecardKind.OWNER, 1, "Sở", 2026);
        assertThat(card.reportsDue()).isEqualTo(4);
        assertThat(card.reportsOnTime()).isEqualTo(1);
        assertThat(card.averageDaysLate()).isEqualByComparingTo("13.3");
    }

    @Test
    void measuresNothingWhileNoReportIsDueYet() {
        Tally tally = new Tally();
        tally.report(LocalDate.of(2026, 12, 20), null, TODAY);
        assertThat(tally.measured()).isFalse();
    }

    @Test
    void scoresAYearWithNothingToCountAtOneHundred() {
        Scorecard card = new Tally().card(ScorecardKind.OWNER, 1, "Sở", 2026);
        assertThat(card.score()).isEqualTo(100);
        assertThat(card.penalties()).isEmpty();
        assertThat(card.onTimePercent()).isNull();
        assertThat(card.averageDaysLate()).isNull();
    }

    @Test
    void takesEachPenaltyUpToItsCapAndNeverGoesBelowZero() {
        assertThat(ScoreRules.penalties(2, 1, new BigDecimal("10.0"), 2, 1, 1))
                .extracting(Scorecard.Penalty::points).map(BigDecimal::toPlainString)
                .containsExactly("20.0", "1.7", "10.0", "5.0", "15.0");
        assertThat(ScoreRules.score(ScoreRules.penalties(2, 1, new BigDecimal("10.0"), 2, 1, 1))).isEqualTo(48);
        assertThat(ScoreRules.score(ScoreRules.penalties(4, 4, new BigDecimal("400"), 9, 9, 3))).isZero();
        assertThat(ScoreRules.penalties(4, 4, new BigDecimal("400"), 9, 9, 3))
                .extracting(Scorecard.Penalty::points).map(BigDecimal::toPlainString)
                .containsExactly("40.0", "15.0", "15.0", "15.0", "15.0");
    }

    @Test
    void countsFindingsAndRecommendationsAndSuspensionsInTheScore() {
        Tally tally = new Tally();
        tally.inspection(3, 2);
        tally.overdueRecommendation();
        tally.suspension();
        Scorecard card = tally.card(ScorecardKind.OWNER, 1, "Sở", 2026);
        assertThat(card.findings()).isEqualTo(3);
        assertThat(card.openFindings()).isEqualTo(2);
        assertThat(card.score()).isEqualTo(100 - 10 - 5 - 15);
        assertThat(card.needsAttention()).isFalse();
    }
}
