package vn.vientro.mobilisation.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import vn.vientro.identity.Agencies;
import vn.vientro.identity.AgencyView;
import vn.vientro.mobilisation.MobilisationPolicy;
import vn.vientro.platform.BoundForms;
import vn.vientro.platform.Breadcrumb;
import vn.vientro.registry.OrganisationRef;
import vn.vientro.registry.Registry;

/** Fills the plan pages' models: the plan's overview, names of units and targets, what the person may do. */
@Component
class PlanPageModel {

    private static final Breadcrumb HOME = Breadcrumb.link("platform.home.title", "/app");
    private static final Breadcrumb LIST = Breadcrumb.link("mobilisation.plans.title", "/app/mobilisation/plans");

    private final MobilisationPlans plans;
    private final MobilisationPolicy policy;
    private final Agencies agencies;
    private final Registry registry;
    private final PlanQueries queries;
    private final Clock clock;

    PlanPageModel(MobilisationPlans plans, MobilisationPolicy policy, Agencies agencies, Registry registry,
                  PlanQueries queries, Clock clock) {
        this.clock = clock;
        this.plans = plans;
        this.policy = policy;
        this.agencies = agencies;
        this.registry = registry;
        this.queries = queries;
    }

    String list(Model model) {
        model.addAttribute("plans", plans.list());
        model.addAttribute("canEdit", policy.canEditPlans());
        model.addAttribute("breadcrumbs", Breadcrumb.trail(HOME, Breadcrumb.here("mobilisation.plans.title")));
        return "mobilisation/plan/list";
    }

    String planForm(Model model, PlanInput form, @Nullable Long planId) {
        BoundForms.show(model, "form", form);
        model.addAttribute("planId", planId);
        model.addAttribute("breadcrumbs", Breadcrumb.trail(HOME, LIST,
                Breadcrumb.here(planId == null ? "mobilisation.plan.new" : "mobilisation.plan.edit")));
        return "mobilisation/plan/form";
    }

    String detail(Model model, long planId) {
        PlanView plan = plans.get(planId);
        model.addAttribute("plan", plan);
        model.addAttribute("overview", plans.overview(planId));
        model.addAttribute("months", PlanOverview.MONTHS);
        model.addAttribute("states", ActivityState.values());
        model.addAttribute("agencyNames", shortAgencyNames());
        model.addAttribute("canEdit", policy.canEditPlans());
        model.addAttribute("readsAll", policy.readsAllPlans());
        model.addAttribute("breadcrumbs", Breadcrumb.trail(HOME, LIST,
                Breadcrumb.here("mobilisation.plan.named", plan.year())));
        return "mobilisation/plan/detail";
    }

    String activityForm(Model model, long planId, ActivityInput form, @Nullable Long activityId) {
        PlanView plan = plans.get(planId);
        BoundForms.show(model, "form", form);
        model.addAttribute("plan", plan);
        model.addAttribute("activityId", activityId);
        model.addAttribute("types", ActivityType.values());
        model.addAttribute("statuses", ActivityStatus.values());
        model.addAttribute("months", PlanOverview.MONTHS);
        model.addAttribute("agencyNames", agencyNames());
        model.addAttribute("organisationNames", registry.choices().stream().collect(Collectors.toMap(
                OrganisationRef::id, OrganisationRef::name, (a, b) -> a, LinkedHashMap::new)));
        model.addAttribute("needTitles", queries.needTitles(null));
        model.addAttribute("breadcrumbs", Breadcrumb.trail(HOME, LIST, planCrumb(plan),
                Breadcrumb.here(activityId == null ? "mobilisation.activity.new" : "mobilisation.activity.edit")));
        return "mobilisation/plan/activity-form";
    }

    String activity(Model model, long planId, long activityId) {
        PlanView plan = plans.get(planId);
        ActivityView activity = plans.activity(planId, activityId);
        model.addAttribute("plan", plan);
        model.addAttribute("activity", activity);
        model.addAttribute("state", activity.state(plan.year(), LocalDate.now(clock)));
        model.addAttribute("agencyNames", agencyNames());
        model.addAttribute("organisationNames", registry.findAll(activity.targetOrganisations()).values().stream()
                .map(OrganisationRef::name).toList());
        model.addAttribute("needTitles", queries.needTitles(activity.targetNeeds()));
        model.addAttribute("attachments", plans.attachments(planId, activityId));
        model.addAttribute("canEdit", policy.canEditPlans());
        model.addAttribute("breadcrumbs", Breadcrumb.trail(HOME, LIST, planCrumb(plan),
                Breadcrumb.here("mobilisation.activity.named", activity.title())));
        return "mobilisation/plan/activity";
    }

    private static Breadcrumb planCrumb(PlanView plan) {
        return new Breadcrumb("mobilisation.plan.named", "/app/mobilisation/plans/" + plan.id(), plan.year());
    }

    /** Agencies by their short Vietnamese name, for the year view's narrow column; the full name in English. */
    private Map<Long, String> shortAgencyNames() {
        Locale locale = LocaleContextHolder.getLocale();
        return agencies.all().stream().collect(Collectors.toMap(AgencyView::id, agency -> "vi".equals(
                locale.getLanguage()) && agency.shortName() != null ? agency.shortName() : agency.name(locale)));
    }

    /** Agencies by id, named in the reader's language, in the identity module's order. */
    private Map<Long, String> agencyNames() {
        Locale locale = LocaleContextHolder.getLocale();
        return agencies.all().stream().collect(Collectors.toMap(AgencyView::id, agency -> agency.name(locale),
                (a, b) -> a, LinkedHashMap::new));
    }
}
