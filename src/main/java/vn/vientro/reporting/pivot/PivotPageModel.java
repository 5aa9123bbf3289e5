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
import vn.vientro.reporting.FigureFilterOptions;
import vn.vientro.reporting.PeriodOptions;
import vn.vientro.reporting.ReportingPeriod;
import vn.vientro.shared.Role;

/** What the pivot page shows: the pivot asked for, computed, the choices to ask for another, and the saved pivots. */
@Component
class PivotPageModel {

    private final Pivots pivots;
    private final FigureFilterOptions filterOptions;
    private final MessageSource messages;
    private final PeriodOptions periodOptions;

    PivotPageModel(Pivots pivots, FigureFilterOptions filterOptions, MessageSource messages,
                   PeriodOptions periodOptions) {
        this.pivots = pivots;
        this.filterOptions = filterOptions;
        this.messages = messages;
        this.periodOptions = periodOptions;
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
        model.addAttribute("periods", periodOptions.of(query.period(), locale));
        model.addAttribute("filterOptions", filterOptions.of(query.choice(), locale));
        String queryString = query.queryString();
        model.addAttribute("exportHref", "/app/reporting/pivot/export.xlsx?" + queryString);
        model.addAttribute("pageHref", "/app/reporting/pivot?" + queryString);
        model.addAttribute("savedPivots", pivots.savedPivots());
        model.addAttribute("me", Actor.current());
        BoundForms.show(model, "form", form);
        return "reporting/pivot/page";
    }
}
