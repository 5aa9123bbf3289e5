package vn.vientro.monitoring.report;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import vn.vientro.identity.Agencies;
import vn.vientro.monitoring.MonitoringPolicy;
import vn.vientro.platform.BoundForms;
import vn.vientro.platform.Breadcrumb;
import vn.vientro.shared.BusinessRuleException;

/** What the report's page shows beside the report: who may write or decide now, the parties' names, the forms. */
@Component
class ReportPageModel {

    private final Agencies agencies;
    private final MonitoringPolicy policy;

    ReportPageModel(Agencies agencies, MonitoringPolicy policy) {
        this.agencies = agencies;
        this.policy = policy;
    }

    String show(Model model, ReportView report, ReportInput form) {
        model.addAttribute("report", report);
        model.addAttribute("canWrite", report.editable() && policy.writesReport(report.duty()));
        model.addAttribute("canReview", report.awaitingDecision() && policy.reviewsReport(report.duty()));
        model.addAttribute("ownerName", agencies.get(report.duty().ownerAgencyId())
                .name(LocaleContextHolder.getLocale()));
        model.addAttribute("managingName", agencies.get(report.duty().managingAgencyId())
                .name(LocaleContextHolder.getLocale()));
        BoundForms.show(model, "form", form.alignedWith(report.content()));
        BoundForms.showBlank(model, "decision", DecisionForm.blank(report.version()));
        model.addAttribute("breadcrumbs", Breadcrumb.trail(Breadcrumb.link("platform.home.title", "/app"),
                Breadcrumb.link("monitoring.duties.title", "/app/monitoring/duties?item=" + report.duty().itemId()),
                Breadcrumb.here("monitoring.report.title")));
        return "monitoring/report/page";
    }

    /** Every refusal at its input ({@code money[0].reason}), or above the form when it has none (the signed file). */
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
