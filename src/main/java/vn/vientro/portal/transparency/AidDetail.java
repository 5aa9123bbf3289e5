package vn.vientro.portal.transparency;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A published aid item's page in one language: its card, the texts and dates of its summary, its implementer and the
 * results of its framework if they are public, and its addresses in both languages.
 */
public record AidDetail(AidCard card, @Nullable String objectives, @Nullable String description,
                        @Nullable String implementer, @Nullable LocalDate start, @Nullable LocalDate end,
                        List<ResultView> results, String viUrl, String enUrl) {

    /** A result and its indicators, titles in the page's language. */
    public record ResultView(String title, @Nullable String description, List<IndicatorView> indicators) {
    }

    /** An indicator: baseline, and the latest period's target and actual value. */
    public record IndicatorView(String title, @Nullable BigDecimal baseline, @Nullable Integer baselineYear,
                                @Nullable BigDecimal target, @Nullable BigDecimal actual) {
    }
}
