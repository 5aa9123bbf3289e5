package vn.vientro.monitoring.calendar;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes a feed of all-day events as RFC 5545 text: CRLF line ends, lines folded at 75 octets of UTF-8 without
 * splitting a character, TEXT values escaped (backslash, semicolon, comma, line break), dates as {@code VALUE=DATE}
 * with the next day as the exclusive end (RFC 5545 §3.6.1).
 */
final class ICalendarText {

    private static final int LINE_OCTETS = 75;
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private ICalendarText() {
    }

    /**
     * @param name    the calendar's name as calendar programs show it
     * @param stamp   when the feed was made: every event's DTSTAMP
     * @param baseUrl the application's address, to which events' links are relative
     */
    static String write(String name, List<CalendarEvent> events, Instant stamp, String baseUrl) {
        StringBuilder text = new StringBuilder();
        line(text, "BEGIN:VCALENDAR");
        line(text, "VERSION:2.0");
        line(text, "PRODID:-//Vientro//Monitoring calendar//VI");
        line(text, "CALSCALE:GREGORIAN");
        line(text, "METHOD:PUBLISH");
        line(text, "X-WR-CALNAME:" + escape(name));
        for (CalendarEvent event : events) {
            line(text, "BEGIN:VEVENT");
            line(text, "UID:" + escape(event.uid()));
            line(text, "DTSTAMP:" + STAMP.format(stamp));
            line(text, "DTSTART;VALUE=DATE:" + DAY.format(event.day()));
            line(text, "DTEND;VALUE=DATE:" + DAY.format(event.lastDay().plusDays(1)));
            line(text, "SUMMARY:" + escape(event.summary()));
            if (event.description() != null && !event.description().isBlank()) {
                line(text, "DESCRIPTION:" + escape(event.description()));
            }
            if (event.link() != null) {
                line(text, "URL:" + baseUrl + event.link());
            }
            line(text, "TRANSP:TRANSPARENT");
            line(text, "END:VEVENT");
        }
        line(text, "END:VCALENDAR");
        return text.toString();
    }

    /** A TEXT value (RFC 5545 §3.3.11): backslash first, so the escapes added after it stay single. */
    static String escape(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
    }

    /** Appends a content line folded at 75 octets (§3.1): each continuation starts with one space, which counts. */
    private static void line(StringBuilder text, String line) {
        int octets = 0;
        for (int i = 0; i < line.length(); ) {
            int codePoint = line.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > LINE_OCTETS) {
                text.append("\r\n ");
                octets = 1;
            }
            text.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        text.append("\r\n");
    }
}
