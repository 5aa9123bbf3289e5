package vn.vientro.monitoring.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The feed's text as RFC 5545 wants it: folded at 75 octets, escaped, all-day dates, read back as written. */
class ICalendarTextTests {

    private static final String LONG_VIETNAMESE = "Hạn nộp Báo cáo quyết toán 6 tháng: VT-2026-0012 · Dự án "
            + "phòng chống sốt rét cho dân di biến động khu vực biên giới; giai đoạn 2, mở rộng \\ thử";

    @Test
    void foldsLongLinesWithoutSplittingALetterAndReadsBackAsWritten() {
        String feed = ICalendarText.write("Lịch, công việc", List.of(new CalendarEvent("duty-1@vientro",
                LocalDate.of(2027, 7, 10), LONG_VIETNAMESE, "Dòng một\nDòng hai; có dấu phẩy, và chấm phẩy",
                "/app/monitoring/duties/1/report")), Instant.parse("2026-12-06T23:15:00Z"), "https://vientro.test");

        List<Map<String, String>> events = Ics.events(feed);
        assertThat(events).hasSize(1);
        Map<String, String> event = events.get(0);
        assertThat(event.get("SUMMARY")).isEqualTo(LONG_VIETNAMESE);
        assertThat(event.get("DESCRIPTION")).isEqualTo("Dòng một\nDòng hai; có dấu phẩy, và chấm phẩy");
        assertThat(event).containsEntry("UID", "duty-1@vientro").containsEntry("DTSTAMP", "20261206T231500Z")
                .containsEntry("DTSTART;VALUE=DATE", "20270710").containsEntry("DTEND;VALUE=DATE", "20270711")
                .containsEntry("URL", "https://vientro.test/app/monitoring/duties/1/report");
        assertThat(feed).contains("X-WR-CALNAME:Lịch\\, công việc\r\n", "VERSION:2.0\r\n", "PRODID:");
        assertThat(feed).as("the summary was folded").contains("\r\n ");
    }

    @Test
    void escapesBackslashFirstSoThatEscapesStaySingle() {
        assertThat(ICalendarText.escape("a\\;b,c\r\nd")).isEqualTo("a\\\\\\;b\\,c\\nd");
    }
}
