package vn.vientro.monitoring.duty;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import vn.vientro.identity.Agencies;
import vn.vientro.identity.AgencyView;
import vn.vientro.monitoring.DutyKind;
import vn.vientro.monitoring.MonitoringPolicy;
import vn.vientro.platform.Breadcrumb;
import vn.vientro.registry.Registry;

/** What the list page shows beside its rows: the filter's choices and the agencies' names in the reader's language. */
@Component
class DutyPageModel {

    private final Agencies agencies;
    private final Registry registry;
    private final MonitoringPolicy policy;

    DutyPageModel(Agencies agencies, Registry registry, MonitoringPolicy policy) {
        this.agencies = agencies;
        this.registry = registry;
        this.policy = policy;
    }

    void fill(Model model, DutyPage page) {
        Map<Long, AgencyView> byId = agencies.all().stream()
                .collect(Collectors.toMap(AgencyView::id, Function.identity(), (a, b) -> a));
        model.addAttribute("result", page);
        model.addAttribute("agencyNames", byId.values().stream().collect(Collectors.toMap(AgencyView::id,
                agency -> agency.name(LocaleContextHolder.getLocale()))));
        model.addAttribute("agencyChoices", policy.readsAllDuties() ? agencies.all() : java.util.List.of());
        model.addAttribute("organisationChoices", policy.readsAllDuties() ? registry.choices() : java.util.List.of());
        model.addAttribute("kinds", Arrays.stream(DutyKind.values())
                .filter(kind -> kind.generated() || kind == DutyKind.RESULTS_PERIOD || policy.readsNgoDuties())
                .toList());
        model.addAttribute("statuses", DutyStatus.values());
        model.addAttribute("canDraftReminders", policy.canDraftReminders());
        model.addAttribute("breadcrumbs", Breadcrumb.trail(Breadcrumb.link("platform.home.title", "/app"),
                Breadcrumb.here("monitoring.duties.title")));
    }
}
