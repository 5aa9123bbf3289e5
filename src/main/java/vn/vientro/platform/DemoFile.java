package vn.vientro.platform;

import java.time.LocalDate;
import java.time.Period;

/**
 * The demo profile's records, kept in YAML under {@code demo/<module>/} beside the other texts, so that the Java keeps
 * only the steps that create them through the services ({@link YamlResource}).
 */
public final class DemoFile {

    private DemoFile() {
    }

    /** The records under the file's top-level key {@code demo}. */
    public static <T> T read(String path, Class<T> type) {
        return YamlResource.read(path, "demo", type);
    }

    /**
     * A day written as a date ({@code 2024-04-01}) or as a period from today ({@code -P2D}, {@code P-3Y26D}), so that
     * papers expire soon and dossiers wait whatever the day the demo starts.
     */
    public static LocalDate day(String text, LocalDate today) {
        return text.startsWith("P") || text.startsWith("-P") ? today.plus(Period.parse(text)) : LocalDate.parse(text);
    }
}
