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
import vn.vientro.reporting.PeriodOptions;
import vn.vientro.reporting.ReportingPeriod;

/** The choices of the map's filter bar: the reporting pages' periods and filters, and the measures. */
@Component
class MapChoices {

    private final FigureFilterOptions filterOptions;
    private final PeriodOptions periodOptions;
    private final MessageSource messages;

    MapChoices(FigureFilterOptions filterOptions, PeriodOptions periodOptions, MessageSource messages) {
        this.filterOptions = filterOptions;
        this.periodOptions = periodOptions;
        this.messages = messages;
    }

    void fill(Model model, ReportingPeriod shown, FigureChoice choice) {
        Locale locale = LocaleContextHolder.getLocale();
        model.addAttribute("periods", periodOptions.of(shown, locale));
        model.addAttribute("periodLabel", messages.getMessage(shown.label(), locale));
        model.addAttribute("measures", MapMeasure.values());
        model.addAttribute("filterOptions", filterOptions.of(choice, locale));
    }

}
