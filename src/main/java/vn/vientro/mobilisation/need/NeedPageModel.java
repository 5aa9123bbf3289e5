package vn.vientro.mobilisation.need;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import vn.vientro.identity.Agencies;
import vn.vientro.identity.AgencyView;
import vn.vientro.mobilisation.MobilisationPolicy;
import vn.vientro.mobilisation.NeedAction;
import vn.vientro.mobilisation.NeedStatus;
import vn.vientro.platform.BoundForms;
import vn.vientro.platform.Breadcrumb;
import vn.vientro.reference.AdminUnit;
import vn.vientro.reference.AdminUnits;
import vn.vientro.reference.Codelists;
import vn.vientro.reference.PriorityField;
import vn.vientro.reference.PriorityFields;
import vn.vientro.reference.UnitSet;

/** Fills the catalogue pages' models: choice lists, names of codes, what the person may do on the need. */
@Component
class NeedPageModel {

    private static final Breadcrumb HOME = Breadcrumb.link("platform.home.title", "/app");
    private static final Breadcrumb LIST = Breadcrumb.link("mobilisation.needs.title", "/app/mobilisation/needs");

    private final CatalogueNeeds needs;
    private final MobilisationPolicy policy;
    private final PriorityFields priorityFields;
    private final Agencies agencies;
    private final Codelists codelists;
    private final AdminUnits adminUnits;

    NeedPageModel(CatalogueNeeds needs, MobilisationPolicy policy, PriorityFields priorityFields,
                  Agencies agencies, Codelists codelists, AdminUnits adminUnits) {
        this.needs = needs;
        this.policy = policy;
        this.priorityFields = priorityFields;
        this.agencies = agencies;
        this.codelists = codelists;
        this.adminUnits = adminUnits;
    }

    String list(Model model, NeedFilter filter) {
        model.addAttribute("filter", filter);
        model.addAttribute("result", needs.list(filter));
        model.addAttribute("canPropose", policy.canPropose());
        model.addAttribute("statuses", NeedStatus.values());
        model.addAttribute("priorityFieldNames", fieldNames());
        Map<Long, String> agencyNames = agencyNames();
        model.addAttribute("agencyNames", agencyNames);
        model.addAttribute("agencies", needs.agenciesWithNeeds().stream()
                .collect(Collectors.toMap(Function.identity(), id -> agencyNames.getOrDefault(id, "#" + id),
                        (a, b) -> a, LinkedHashMap::new)));
        model.addAttribute("breadcrumbs", Breadcrumb.trail(HOME, Breadcrumb.here("mobilisation.needs.title")));
        return "mobilisation/need/list";
    }

    String form(Model model, NeedInput form, @Nullable Long needId) {
        BoundForms.show(model, "form", form);
        model.addAttribute("needId", needId);
        model.addAttribute("priorityFieldNames", fieldNames());
        model.addAttribute("translations", Translations.of(form.titleEn(), form.summaryEn(), form.objectivesEn()));
        model.addAttribute("breadcrumbs", Breadcrumb.trail(HOME, LIST,
                Breadcrumb.here(needId == null ? "mobilisation.need.new" : "mobilisation.need.edit")));
        return "mobilisation/need/form";
    }

    String detail(Model model, long needId) {
        NeedView need = needs.get(needId);
        NeedFacts facts = need.facts();
        model.addAttribute("need", need);
        model.addAttribute("agencyName", agencyNames().getOrDefault(need.agencyId(), "#" + need.agencyId()));
        model.addAttribute("fieldName", fieldNames().getOrDefault(need.priorityField(), need.priorityField()));
        model.addAttribute("sectorNames", sectorNames(need.sectors()));
        model.addAttribute("communeNames", communeNames(need.communes()));
        model.addAttribute("actions", needs.available(needId));
        model.addAttribute("canEdit", policy.proposes(facts) && need.status().editable());
        model.addAttribute("timeline", needs.timeline(needId));
        model.addAttribute("attachments", needs.attachments(needId));
        model.addAttribute("breadcrumbs", Breadcrumb.trail(HOME, LIST,
                Breadcrumb.here("mobilisation.need.named", need.title(LocaleContextHolder.getLocale()))));
        return "mobilisation/need/detail";
    }

    String step(Model model, NeedView need, NeedAction action, Object form) {
        model.addAttribute("need", need);
        model.addAttribute("action", action);
        BoundForms.show(model, "form", form);
        model.addAttribute("breadcrumbs", Breadcrumb.trail(HOME, LIST,
                new Breadcrumb("mobilisation.need.named", "/app/mobilisation/needs/" + need.id(),
                        need.title(LocaleContextHolder.getLocale())),
                Breadcrumb.here("mobilisation.action." + action.name())));
        return "mobilisation/need/step";
    }

    /** Priority fields by code, named in the reader's language. */
    private Map<String, String> fieldNames() {
        Locale locale = LocaleContextHolder.getLocale();
        return priorityFields.all().stream().collect(Collectors.toMap(PriorityField::code,
                field -> field.name(locale), (a, b) -> a, LinkedHashMap::new));
    }

    private Map<Long, String> agencyNames() {
        Locale locale = LocaleContextHolder.getLocale();
        return agencies.all().stream().collect(Collectors.toMap(AgencyView::id, agency -> agency.name(locale),
                (a, b) -> a));
    }

    private Map<String, String> sectorNames(List<String> codes) {
        Locale locale = LocaleContextHolder.getLocale();
        Map<String, String> names = new LinkedHashMap<>();
        codes.forEach(code -> names.put(code, codelists.sector(code).map(sector -> sector.name(locale)).orElse("")));
        return names;
    }

    private Map<String, String> communeNames(List<String> codes) {
        Locale locale = LocaleContextHolder.getLocale();
        Map<String, String> names = new LinkedHashMap<>();
        codes.forEach(code -> names.put(code, adminUnits.find(UnitSet.CURRENT, code)
                .map((AdminUnit unit) -> unit.path(locale)).orElse("")));
        return names;
    }
}
