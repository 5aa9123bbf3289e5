package vn.vientro.aid.appraisal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Decree 30/2020, Appendix I: a leading zero for days below 10 and for months 1 and 2 only. */
class PlaceAndDateTests {

    @Test
    void writesTheDatelineAsDecree30Wants() {
        assertThat(PlaceAndDate.of("Phú Thọ", LocalDate.of(2026, 3, 5))).isEqualTo("Phú Thọ, ngày 05 tháng 3 năm 2026");
        assertThat(PlaceAndDate.of("Phú Thọ", LocalDate.of(2026, 1, 15))).isEqualTo("Phú Thọ, ngày 15 tháng 01 năm 2026");
        assertThat(PlaceAndDate.of("Phú Thọ", LocalDate.of(2026, 2, 9))).isEqualTo("Phú Thọ, ngày 09 tháng 02 năm 2026");
        assertThat(PlaceAndDate.of("Phú Thọ", LocalDate.of(2026, 11, 23))).isEqualTo("Phú Thọ, ngày 23 tháng 11 năm 2026");
    }
}
