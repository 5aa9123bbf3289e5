package vn.vientro.reporting.pivot;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import vn.vientro.aid.AidKind;
import vn.vientro.aid.AidStatus;
import vn.vientro.platform.Actor;
import vn.vientro.platform.BoundForms;
import vn.vientro.reference.AdminUnit;
import vn.vientro.reference.AdminUnits;
import vn.vientro.reference.CodelistItem;
import vn.vientro.reference.Codelists;
import vn.vientro.reference.PriorityFields;
import vn.vientro.reference.UnitSet;
import vn.vientro.registry.OrganisationKind;
import vn.vientro.registry.OrganisationRef;
import vn.vientro.registry.Registry;
import vn.vientro.reporting.ReportingPeriod;
import vn.vientro.shared.Role;

/** What the pivot page shows: the pivot asked for, computed, the choices to ask for another, and the saved pivots. */
@Component
class PivotPageModel {

    /** A choice of a drop-down: its value and its words. */
    public record Choice(String value, String text) {
    }

    private final Pivots pivots;
    private final PriorityFields fields;
    private final Codelists codelists;
    private final AdminUnits units;
    private final Registry registry;
    private final MessageSource messages;
    private final Clock clock;

    PivotPageModel(Pivots pivots, PriorityFields fields, Codelists codelists, AdminUnits units,
                   Registry registry, MessageSource messages, Clock clock) {
        this.pivots = pivots;
        this.fields = fields;
        this.codelists = codelists;
        this.units = units;
        this.registry = registry;
        this.messages = messages;
        this.clock = clock;
    }

    String page(Model model, PivotQuery query, boolean monthsReversed, SavePivotForm form, Locale locale) {
        PivotTable table = pivots.compute(query, locale);
        model.addAttribute("query", query);
        model.addAttribute("table", table);
        model.addAttribute("periodText", messages.getMessage(query.period().label(), locale));
        model.addAttribute("monthsReversed", monthsReversed);
        model.addAttribute("dimensions", PivotDimension.values());
        model.addAttribute("measures", PivotMeasure.values());
        model.addAttribute("currencies", PivotCurrency.values());
        model.addAttribute("roles", Role.values());
        model.addAttribute("kinds", AidKind.values());
        model.addAttribute("statuses", AidStatus.values());
        model.addAttribute("periods", periods(query.period(), locale));
        model.addAttribute("fieldChoices", fields.all().stream()
                .map(f -> new Choice(f.code(), f.name(locale))).toList());
        model.addAttribute("sectorChoices", codelists.active(Codelists.SECTOR_CATEGORY).stream()
                .sorted(Comparator.comparing(CodelistItem::code))
                .map(item -> new Choice(item.code(), item.code() + " " + item.name(locale))).toList());
        model.addAttribute("communeChoices", units.list(UnitSet.CURRENT, null, units.deploymentProvinceCode(), 2000)
                .stream().filter(AdminUnit::isCommune).map(unit -> new Choice(unit.code(), unit.fullName(locale)))
                .toList());
        List<OrganisationRef> donors = registry.choices().stream()
                .filter(o -> o.kind() != OrganisationKind.VIETNAMESE_AGENCY
                        && o.kind() != OrganisationKind.VIETNAMESE_PARTNER).toList();
        model.addAttribute("organisationChoices", donors.stream()
                .map(o -> new Choice(Long.toString(o.id()), o.name())).toList());
        model.addAttribute("countryChoices", donors.stream().map(OrganisationRef::countryCode)
                .filter(Objects::nonNull).distinct()
                .map(code -> new Choice(code, codelists.find(Codelists.COUNTRY, code)
                        .map(item -> item.name(locale)).orElse(code)))
                .sorted(Comparator.comparing(Choice::text)).toList());
        String queryString = query.queryString();
        model.addAttribute("exportHref", "/app/reporting/pivot/export.xlsx?" + queryString);
        model.addAttribute("pageHref", "/app/reporting/pivot?" + queryString);
        model.addAttribute("savedPivots", pivots.savedPivots());
        model.addAttribute("me", Actor.current());
        BoundForms.show(model, "form", form);
        return "reporting/pivot/page";
    }

    /** Years back to ten before today, this year's and last year's quarters and halves, and the pivot's own period. */
    private List<Choice> periods(ReportingPeriod current, Locale locale) {
        int year = LocalDate.now(clock).getYear();
        List<ReportingPeriod> periods = new ArrayList<>();
        periods.add(ReportingPeriod.months(YearMonth.of(year - 4, 1), YearMonth.of(year, 12)));
        for (int y = year; y > year - 10; y--) {
            periods.add(ReportingPeriod.year(y));
        }
        for (int y = year; y >= year - 1; y--) {
            periods.add(ReportingPeriod.half(y, 1));
            periods.add(ReportingPeriod.half(y, 2));
            for (int q = 1; q <= 4; q++) {
                periods.add(ReportingPeriod.quarter(y, q));
            }
        }
        if (!periods.contains(current)) {
            periods.add(0, current);
        }
        return periods.stream().map(p -> new Choice(p.code(), messages.getMessage(p.label(), locale))).toList();
    }
}
