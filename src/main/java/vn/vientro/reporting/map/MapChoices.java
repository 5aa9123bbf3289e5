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
import vn.vientro.reporting.ReportingPeriod;

/** The choices of the map's filter bar: periods, measures and the dashboard's filters. */
@Component
class MapChoices {

    /** Years offered besides the current one; any other period is typed in the address. */
    private static final int PAST_YEARS = 4;

    private final PriorityFields priorityFields;
    private final Registry registry;
    private final Codelists codelists;
    private final Boundaries boundaries;
    private final Clock clock;
    private final MessageSource messages;

    MapChoices(PriorityFields priorityFields, Registry registry, Codelists codelists, Boundaries boundaries,
               Clock clock, MessageSource messages) {
        this.messages = messages;
        this.priorityFields = priorityFields;
        this.registry = registry;
        this.codelists = codelists;
        this.boundaries = boundaries;
        this.clock = clock;
    }

    void fill(Model model, ReportingPeriod shown) {
        Locale locale = LocaleContextHolder.getLocale();
        model.addAttribute("periods", periods(shown).stream()
                .map(period -> new PeriodChoice(period.code(), messages.getMessage(period.label(), locale))).toList());
        model.addAttribute("periodLabel", messages.getMessage(shown.label(), locale));
        model.addAttribute("measures", MapQuery.Measure.values());
        model.addAttribute("kinds", AidKind.values());
        model.addAttribute("statuses", AidStatus.values());
        model.addAttribute("priorityFieldChoices", priorityFields.all());
        model.addAttribute("communeChoices", boundaries.communes().shapes().stream()
                .sorted(Comparator.comparing(SvgMap.Shape::name, AidMap.VIETNAMESE)).toList());
        List<OrganisationRef> organisations = registry.choices();
        model.addAttribute("organisationChoices", organisations.stream()
                .filter(ref -> ref.countryCode() != null).toList());
        Map<String, String> countries = new LinkedHashMap<>();
        organisations.stream().map(OrganisationRef::countryCode).filter(Objects::nonNull).distinct()
                .forEach(code -> countries.put(code, codelists.find(Codelists.COUNTRY, code)
                        .map(item -> item.name(locale)).orElse(code)));
        model.addAttribute("countryChoices", countries.entrySet().stream()
                .sorted(Map.Entry.comparingByValue(AidMap.VIETNAMESE)).toList());
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
