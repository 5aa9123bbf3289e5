package vn.vientro.monitoring.duty;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestHeader;
import vn.vientro.monitoring.MonitoringPolicy;
import vn.vientro.platform.FieldErrors;
import vn.vientro.shared.BusinessRuleException;

/** The list of reporting duties, with its filters; an aid item's duties are this list filtered by the item. */
@Controller
class DutyController {

    private final ReportDuties duties;
    private final DutyPageModel pageModel;

    DutyController(ReportDuties duties, DutyPageModel pageModel) {
        this.duties = duties;
        this.pageModel = pageModel;
    }

    @GetMapping("/app/monitoring/duties")
    @PreAuthorize(MonitoringPolicy.LIST_DUTIES)
    String list(@ModelAttribute("filter") DutyFilterForm filter, BindingResult errors, Model model,
                @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx) {
        DutyPage page = new DutyPage(List.of(), 0, 0, 1);
        try {
            page = duties.list(filter.filter());
        } catch (BusinessRuleException e) {
            FieldErrors.reject(errors, e);
        }
        pageModel.fill(model, page);
        return htmx != null ? "monitoring/duty/list :: #duty-list" : "monitoring/duty/list";
    }
}
