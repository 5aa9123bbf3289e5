package vn.vientro.reporting.map;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import vn.vientro.aid.AidKind;
import vn.vientro.aid.AidStatus;
import vn.vientro.reference.Codelists;
import vn.vientro.reference.PriorityFields;
import vn.vientro.registry.OrganisationRef;
import vn.vientro.registry.Registry;
import vn.vientro.reporting.FigureChoice;
import vn.vientro.reporting.FigureFilterOptions;
import vn.vientro.reporting.ReportingPeriod;

/** The choices of the map's filter bar: periods, measures and the dashboard's filters. */
@Component
class MapChoices {

    /** Years offered besides the current one; any other period is typed in the address. */
    private static final int PAST_YEARS = 4;

    private final FigureFilterOptions filterOptions;
    private final Clock clock;
    private final MessageSource messages;

    MapChoices(FigureFilterOptions filterOptions, Clock clock, MessageSource messages) {
        this.filterOptions = filterOptions;
        this.messages = messages;
        this.clock = clock;
    }

    void fill(Model model, ReportingPeriod shown, FigureChoice choice) {
        Locale locale = LocaleContextHolder.getLocale();
        model.addAttribute("periods", periods(shown).stream()
                .map(period -> new PeriodChoice(period.code(), messages.getMessage(period.label(), locale))).toList());
        model.addAttribute("periodLabel", messages.getMessage(shown.label(), locale));
        model.addAttribute("measures", MapMeasure.values());
        model.addAttribute("filterOptions", filterOptions.of(choice, locale));
    }

    /** This year, its halves and quarters, the years before it, and the period shown if none of these. */
    private List<ReportingPeriod> periods(ReportingPeriod shown) {
        int year = LocalDate.now(clock).getYear();
        List<ReportingPeriod> periods = new ArrayList<>();
        periods.add(ReportingPeriod.year(year));
        periods.add(ReportingPeriod.half(year, 1));
        periods.add(ReportingPeriod.half(year, 2));
        for (int quarter = 1; quarter <= 4; quarter++) {
            periods.add(ReportingPeriod.quarter(year, quarter));
        }
        for (int past = 1; past <= PAST_YEARS; past++) {
            periods.add(ReportingPeriod.year(year - past));
        }
        if (!periods.contains(shown)) {
            periods.add(0, shown);
        }
        return periods;
    }

    /** A period offered in the filter bar: its code in the address and its name. */
    public record PeriodChoice(String code, String label) {
    }
}
