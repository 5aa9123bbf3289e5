package vn.vientro.monitoring.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a feed back as a calendar program does (RFC 5545): checks every physical line ends in CRLF and holds at most
 * 75 octets, unfolds, and gives each VEVENT's properties by name (parameters kept in the key, TEXT unescaped).
 */
final class Ics {

    private Ics() {
    }

    static List<Map<String, String>> events(String feed) {
        assertThat(feed).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
        for (String physical : feed.split("\r\n", -1)) {
            assertThat(physical).doesNotContain("\n", "\r");
            assertThat(physical.getBytes(StandardCharsets.UTF_8).length).as(physical).isLessThanOrEqualTo(75);
        }
        List<Map<String, String>> events = new ArrayList<>();
        Map<String, String> event = null;
        for (String line : feed.replace("\r\n ", "").split("\r\n")) {
            if (line.equals("BEGIN:VEVENT")) {
                event = new LinkedHashMap<>();
            } else if (line.equals("END:VEVENT")) {
                events.add(event);
                event = null;
            } else if (event != null) {
                int colon = line.indexOf(':');
                event.put(line.substring(0, colon), unescape(line.substring(colon + 1)));
            }
        }
        return events;
    }

    static String unescape(String value) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                char next = value.charAt(++i);
                text.append(next == 'n' || next == 'N' ? '\n' : next);
            } else {
                assertThat(c).as("an unescaped separator in a TEXT value: " + value).isNotIn(';', ',');
                text.append(c);
            }
        }
        return text.toString();
    }
}
