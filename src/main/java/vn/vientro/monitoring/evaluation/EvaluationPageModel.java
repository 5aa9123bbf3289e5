package vn.vientro.monitoring.evaluation;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import vn.vientro.identity.Agencies;
import vn.vientro.monitoring.MonitoringPolicy;
import vn.vientro.platform.BoundForms;
import vn.vientro.platform.Breadcrumb;
import vn.vientro.shared.BusinessRuleException;

/** What the evaluations' pages show beside the records: choices, the parties' names, who may change what. */
@Component
class EvaluationPageModel {

    private static final String LIST = "/app/monitoring/evaluations";

    private final Evaluations evaluations;
    private final Agencies agencies;
    private final MonitoringPolicy policy;

    EvaluationPageModel(Evaluations evaluations, Agencies agencies, MonitoringPolicy policy) {
        this.evaluations = evaluations;
        this.agencies = agencies;
        this.policy = policy;
    }

    void list(Model model, EvaluationFilterForm filter, EvaluationPage page) {
        model.addAttribute("result", page);
        model.addAttribute("kinds", EvaluationKind.values());
        model.addAttribute("agencyChoices", policy.readsAllDuties() ? agencies.all() : List.of());
        model.addAttribute("itemChoices", policy.canRecordEvaluations() ? evaluations.itemChoices() : List.of());
        model.addAttribute("canRecord", policy.canRecordEvaluations());
        model.addAttribute("breadcrumbs", Breadcrumb.trail(Breadcrumb.link("platform.home.title", "/app"),
                Breadcrumb.here("monitoring.evaluations.title")));
    }

    String detail(Model model, EvaluationView evaluation) {
        model.addAttribute("evaluation", evaluation);
        model.addAttribute("canEdit", policy.recordsEvaluationOf(evaluation.ownerAgencyId()));
        model.addAttribute("ownerName", agencyName(evaluation.ownerAgencyId()));
        model.addAttribute("managingName", agencyName(evaluation.managingAgencyId()));
        model.addAttribute("breadcrumbs", trail(Breadcrumb.here("monitoring.evaluation.title",
                evaluation.itemCode())));
        return "monitoring/evaluation/page";
    }

    /** The form, of a new evaluation ({@code stored} empty) or of one as stored. */
    String form(Model model, EvaluationInput form, @Nullable EvaluationView stored) {
        BoundForms.show(model, "form", form.alignedForForm());
        model.addAttribute("stored", stored);
        model.addAttribute("kinds", EvaluationKind.values());
        model.addAttribute("ratingScale", Rating.values());
        model.addAttribute("itemChoices", stored == null ? evaluations.itemChoices() : List.of());
        model.addAttribute("breadcrumbs", trail(stored == null ? Breadcrumb.here("monitoring.evaluation.new")
                : Breadcrumb.here("monitoring.evaluation.edit", stored.itemCode())));
        return "monitoring/evaluation/form";
    }

    private static List<Breadcrumb> trail(Breadcrumb here) {
        return Breadcrumb.trail(Breadcrumb.link("platform.home.title", "/app"),
                Breadcrumb.link("monitoring.evaluations.title", LIST), here);
    }

    private String agencyName(long agencyId) {
        return agencies.find(agencyId).map(agency -> agency.name(LocaleContextHolder.getLocale())).orElse("");
    }

    /** Every refusal at its input ({@code ratings[2].comment}), or above the form when it has none (the file). */
    static void reject(BindingResult errors, BusinessRuleException refused) {
        refused.refusals().forEach(each -> {
            String field = each.field();
            if (field != null && errors.getFieldType(field) != null) {
                errors.rejectValue(field, each.messageKey(), each.arguments(), each.messageKey());
            } else {
                errors.reject(each.messageKey(), each.arguments(), each.messageKey());
            }
        });
    }
}
