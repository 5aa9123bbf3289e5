package vn.vientro.aid;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.vientro.aid.item.AmountText;
import vn.vientro.shared.InvalidInputException;
import vn.vientro.shared.WorkingDays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AidRulesTests {

    /** Weekends off, plus one holiday on Monday 2 Feb 2026. */
    private final WorkingDays calendar = new WorkingDays() {
        @Override
        public boolean isWorkingDay(LocalDate date) {
            return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY
                    && !date.equals(LocalDate.of(2026, 2, 2));
        }

        @Override
        public LocalDate addWorkingDays(LocalDate from, int days) {
            LocalDate d = from;
            for (int i = 0; i < days; ) {
                d = d.plusDays(1);
                if (isWorkingDay(d)) {
                    i++;
                }
            }
            return d;
        }

        @Override
        public int countWorkingDays(LocalDate from, LocalDate to) {
            throw new UnsupportedOperationException();
        }
    };

    @Test
    void aLimitInCalendarDaysEndingOnADayOffMovesToTheNextWorkingDay() {
        TimeLimit threeDays = new TimeLimit(3, TimeLimit.Unit.CALENDAR_DAYS, "Nghị định 50/2020/NĐ-CP");
        assertThat(threeDays.dueFrom(LocalDate.of(2026, 1, 28), calendar)).as("Sat 31 Jan → Tue 3 Feb (Mon is off)")
                .isEqualTo(LocalDate.of(2026, 2, 3));
        assertThat(new TimeLimit(2, TimeLimit.Unit.WORKING_DAYS, "x").dueFrom(LocalDate.of(2026, 1, 30), calendar))
                .isEqualTo(LocalDate.of(2026, 2, 4));
        assertThat(new TimeLimit(3, TimeLimit.Unit.MONTHS, "x").dueFrom(LocalDate.of(2025, 11, 2), calendar))
                .isEqualTo(LocalDate.of(2026, 2, 3));
    }

    @Test
    void theDecreeFollowsTheDecisionDateAndEmergencyReliefStaysUnderDecree50() {
        AidRules rules = rules(List.of());
        assertThat(rules.legalBasisOn(LocalDate.of(2025, 12, 7), AidKind.TECHNICAL_ASSISTANCE)).isEqualTo(LegalBasis.D80);
        assertThat(rules.legalBasisOn(LocalDate.of(2025, 12, 8), AidKind.TECHNICAL_ASSISTANCE)).isEqualTo(LegalBasis.D313);
        assertThat(rules.legalBasisOn(LocalDate.of(2026, 1, 8), AidKind.EMERGENCY_RELIEF)).isEqualTo(LegalBasis.D50);
    }

    @Test
    void theFirstMatchingAuthorityRuleWinsElseTheChairman() {
        AidRules.Authority pm = new AidRules.Authority("Thủ tướng Chính phủ", "The Prime Minister", "D80 Art 7");
        AidRules rules = rules(List.of(new AidRules.ApprovalAuthority(List.of(), List.of(), List.of("152"), null, pm)));
        assertThat(rules.authorityFor(AidKind.PROGRAMME, null, Set.of("15220"), null)).isEqualTo(pm);
        assertThat(rules.authorityFor(AidKind.PROGRAMME, null, Set.of("12220"), null).nameVi())
                .isEqualTo("Chủ tịch Ủy ban nhân dân tỉnh");
    }

    @Test
    void emergencyReliefSkipsConsultationAndIsDecidedFromTheSubmittedDossier() {
        assertThat(AidAction.APPROVE.allowedFrom(AidStatus.SUBMITTED, AidKind.EMERGENCY_RELIEF)).isTrue();
        assertThat(AidAction.APPROVE.allowedFrom(AidStatus.SUBMITTED, AidKind.PROGRAMME)).isFalse();
        assertThat(AidAction.OPEN_APPRAISAL.allowedFrom(AidStatus.SUBMITTED, AidKind.EMERGENCY_RELIEF)).isFalse();
        assertThat(AidAction.RETURN.allowedFrom(AidStatus.SUBMITTED, AidKind.EMERGENCY_RELIEF)).isTrue();
        assertThat(AidAction.APPROVE.allowedFrom(AidStatus.PENDING_DECISION, AidKind.EMERGENCY_RELIEF)).isFalse();
        assertThat(AidAction.fromSlug("open-appraisal")).contains(AidAction.OPEN_APPRAISAL);
    }

    @Test
    void readsAmountsAsPeopleTypeThem() {
        assertThat(AmountText.parse("1.250.000", "x")).isEqualByComparingTo("1250000");
        assertThat(AmountText.parse("1,250,000.50", "x")).isEqualByComparingTo("1250000.50");
        assertThat(AmountText.parse("1250000,5", "x")).isEqualByComparingTo("1250000.5");
        assertThat(AmountText.parse("1.250.000,75 ₫", "x")).isEqualByComparingTo(new BigDecimal("1250000.75"));
        assertThat(AmountText.parse(" ", "x")).isNull();
        assertThatThrownBy(() -> AmountText.parse("mười triệu", "totalAmount")).isInstanceOf(InvalidInputException.class);
    }

    private static AidRules rules(List<AidRules.ApprovalAuthority> authorities) {
        TimeLimit limit = new TimeLimit(10, TimeLimit.Unit.WORKING_DAYS, "x");
        return new AidRules(LocalDate.of(2025, 12, 8), "VT", limit, limit, limit, limit, false, limit, limit, limit,
                limit, limit, authorities, new AidRules.Authority("Chủ tịch Ủy ban nhân dân tỉnh", "Chairman", "D80"),
                new AidRules.AmendmentRule(List.of(), BigDecimal.TEN, "x"));
    }
}
