package vn.vientro.monitoring.inspection;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.vientro.monitoring.MonitoringPolicy;
import vn.vientro.platform.BoundForms;
import vn.vientro.platform.FormPosts;
import vn.vientro.shared.StaleVersionException;

/** The yearly plan of inspections, the planner's form, and an inspection's page with the team's steps. */
@Controller
@RequestMapping("/app/monitoring/inspections")
class InspectionController {

    private static final String BASE = "/app/monitoring/inspections/";

    private final Inspections inspections;
    private final InspectionPageModel pageModel;
    private final Clock clock;

    InspectionController(Inspections inspections, InspectionPageModel pageModel, Clock clock) {
        this.inspections = inspections;
        this.pageModel = pageModel;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize(MonitoringPolicy.LIST_INSPECTIONS)
    String list(@RequestParam(required = false) @Nullable Integer year, Model model) {
        int shown = year == null || year < 2000 || year > 2100 ? LocalDate.now(clock).getYear() : year;
        return pageModel.list(model, shown);
    }

    @GetMapping("/new")
    @PreAuthorize(MonitoringPolicy.PLAN_INSPECTIONS)
    String blank(Model model) {
        return pageModel.form(model, InspectionInput.blank(LocalDate.now(clock).getYear()), null);
    }

    @PostMapping
    @PreAuthorize(MonitoringPolicy.PLAN_INSPECTIONS)
    String plan(@Valid @ModelAttribute("form") InspectionInput form, BindingResult errors, Model model,
                RedirectAttributes redirect) {
        return FormPosts.submit(errors, () -> FormPosts.saved(redirect, "monitoring.inspection.planned",
                BASE + inspections.plan(form)), () -> pageModel.form(model, form, null));
    }

    @GetMapping("/{inspectionId}")
    @PreAuthorize(MonitoringPolicy.READ_INSPECTION)
    String show(@PathVariable long inspectionId, Model model) {
        return pageModel.page(model, inspections.get(inspectionId));
    }

    @GetMapping("/{inspectionId}/edit")
    @PreAuthorize(MonitoringPolicy.PLAN_INSPECTIONS)
    String edit(@PathVariable long inspectionId, Model model) {
        return pageModel.form(model, inspections.get(inspectionId).input(), inspectionId);
    }

    @PostMapping("/{inspectionId}")
    @PreAuthorize(MonitoringPolicy.PLAN_INSPECTIONS)
    String change(@PathVariable long inspectionId, @Valid @ModelAttribute("form") InspectionInput form,
                  BindingResult errors, Model model, RedirectAttributes redirect) {
        return FormPosts.submit(errors, () -> {
            try {
                inspections.change(inspectionId, form);
                return FormPosts.saved(redirect, "monitoring.inspection.saved", BASE + inspectionId);
            } catch (StaleVersionException e) {
                InspectionView current = inspections.get(inspectionId);
                model.addAttribute("conflict", current);
                BoundForms.showAgain(model, "form", form.withVersion(current.version()), errors);
                return pageModel.form(model, form.withVersion(current.version()), inspectionId);
            }
        }, () -> pageModel.form(model, form, inspectionId));
    }

    @PostMapping("/{inspectionId}/start")
    @PreAuthorize(MonitoringPolicy.WORK_INSPECTION)
    String start(@PathVariable long inspectionId, @RequestParam long version, RedirectAttributes redirect) {
        inspections.start(inspectionId, version);
        return FormPosts.saved(redirect, "monitoring.inspection.started", BASE + inspectionId);
    }

    @PostMapping("/{inspectionId}/checklist")
    @PreAuthorize(MonitoringPolicy.WORK_INSPECTION)
    String answer(@PathVariable long inspectionId, @Valid @ModelAttribute("checklistForm") ChecklistForm form,
                  BindingResult errors, Model model, RedirectAttributes redirect) {
        return FormPosts.submit(errors, () -> {
            inspections.answer(inspectionId, form.versionOrNone(), form.answers());
            return FormPosts.saved(redirect, "monitoring.inspection.checked", BASE + inspectionId);
        }, () -> pageModel.page(model, inspections.get(inspectionId)));
    }

    @PostMapping("/{inspectionId}/conclude")
    @PreAuthorize(MonitoringPolicy.CONCLUDE_INSPECTION)
    String conclude(@PathVariable long inspectionId, @Valid @ModelAttribute("conclusionForm") ConclusionForm form,
                    BindingResult errors, Model model, RedirectAttributes redirect) {
        return FormPosts.submit(errors, () -> {
            inspections.conclude(inspectionId, form.versionOrNone(), form.conclusion());
            return FormPosts.saved(redirect, "monitoring.inspection.concluded", BASE + inspectionId);
        }, () -> pageModel.page(model, inspections.get(inspectionId)));
    }
}
