package vn.vientro.reporting;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class ReportingPeriodTests {

    @ParameterizedTest
    @ValueSource(strings = {"2026", "2026-Q1", "2026-Q4", "2026-H2", "2025-11_2026-02"})
    void aPeriodReadsBackFromItsCode(String code) {
        assertThat(ReportingPeriod.parse(code)).get().extracting(ReportingPeriod::code).isEqualTo(code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "20266", "2026-Q5", "2026-H3", "2026-13_2026-14", "2026-05_2026-01", "0001",
            "9999-Q1", "2026-Q1; drop"})
    void anythingElseReadsAsNoPeriod(String code) {
        assertThat(ReportingPeriod.parse(code)).isEmpty();
    }

    @Test
    void quartersAndHalvesCoverTheirMonths() {
        ReportingPeriod third = ReportingPeriod.quarter(2026, 3);
        assertThat(third.firstDay()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(third.lastDay()).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(ReportingPeriod.half(2026, 2).from()).isEqualTo(YearMonth.of(2026, 7));
        assertThat(third.previous()).isEqualTo(ReportingPeriod.quarter(2026, 2));
        assertThat(ReportingPeriod.quarter(2026, 1).previous()).isEqualTo(ReportingPeriod.quarter(2025, 4));
        assertThat(third.label().key()).isEqualTo("reporting.period.quarter.3");
        assertThat(third.contains(LocalDate.of(2026, 9, 30))).isTrue();
        assertThat(third.contains(LocalDate.of(2026, 10, 1))).isFalse();
    }
}
