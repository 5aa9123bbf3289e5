package vn.vientro.monitoring.scorecard;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * One subject's scorecards as the lines another module's page lists (the organisation's, the agency's), the latest
 * year first: the score, the reports on time, and the penalties in words.
 */
@Component
class ScorecardEntries {

    /** One line, as both extension points take it. */
    record Line(String year, String score, String reports, String composition, String href, boolean flagged) {
    }

    private final MessageSource messages;

    ScorecardEntries(MessageSource messages) {
        this.messages = messages;
    }

    List<Line> of(ScorecardHistory history) {
        Locale locale = LocaleContextHolder.getLocale();
        return history.years().stream().sorted((a, b) -> Integer.compare(b.year(), a.year()))
                .map(card -> new Line(Integer.toString(card.year()),
                        text(locale, "monitoring.scorecard.scoreOf", card.score()),
                        card.reportsDue() == 0 ? text(locale, "monitoring.scorecard.noReportsDue")
                                : text(locale, "monitoring.scorecard.onTimeOf", card.reportsOnTime(),
                                card.reportsDue()),
                        composition(card, locale), card.href(), card.needsAttention()))
                .toList();
    }

    private String composition(Scorecard card, Locale locale) {
        if (card.penalties().isEmpty()) {
            return text(locale, "monitoring.scorecard.noPenalty");
        }
        return card.penalties().stream().map(penalty -> text(locale, "monitoring.scorecard.penalty",
                        penalty.points(), text(locale, "monitoring.scorecard.part." + penalty.part())))
                .collect(Collectors.joining("; "));
    }

    private String text(Locale locale, String key, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
