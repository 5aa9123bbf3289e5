package vn.vientro.mobilisation.plan;

import jakarta.validation.Valid;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.vientro.mobilisation.MobilisationPolicy;
import vn.vientro.mobilisation.need.NeedFiles;
import vn.vientro.platform.BoundForms;
import vn.vientro.platform.FormPosts;
import vn.vientro.shared.BusinessRuleException;
import vn.vientro.shared.StaleVersionException;

/** The yearly plans' pages: the list, a plan's form and page (year view, progress, budget), its activities' pages. */
@Controller
@RequestMapping("/app/mobilisation/plans")
class PlanController {

    private static final String PATH = "/app/mobilisation/plans/";

    private final MobilisationPlans plans;
    private final PlanPageModel pageModel;
    private final Clock clock;

    PlanController(MobilisationPlans plans, PlanPageModel pageModel, Clock clock) {
        this.plans = plans;
        this.pageModel = pageModel;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize(MobilisationPolicy.LIST_PLANS)
    String list(Model model) {
        return pageModel.list(model);
    }

    @GetMapping("/new")
    @PreAuthorize(MobilisationPolicy.EDIT_PLANS)
    String create(Model model) {
        return pageModel.planForm(model, PlanInput.blank(LocalDate.now(clock).getYear()), null);
    }

    @PostMapping("/new")
    @PreAuthorize(MobilisationPolicy.EDIT_PLANS)
    String save(@Valid @ModelAttribute("form") PlanInput form, BindingResult errors, Model model,
                RedirectAttributes redirect) {
        return FormPosts.submit(errors, () -> FormPosts.saved(redirect, "mobilisation.plan.saved",
                PATH + plans.create(form)), () -> pageModel.planForm(model, form, null));
    }

    @GetMapping("/{planId}")
    String detail(@PathVariable long planId, Model model) {
        return pageModel.detail(model, planId);
    }

    @GetMapping("/{planId}/edit")
    @PreAuthorize(MobilisationPolicy.EDIT_PLANS)
    String edit(@PathVariable long planId, Model model) {
        return pageModel.planForm(model, plans.get(planId).input(), planId);
    }

    @PostMapping("/{planId}/edit")
    @PreAuthorize(MobilisationPolicy.EDIT_PLANS)
    String update(@PathVariable long planId, @Valid @ModelAttribute("form") PlanInput form, BindingResult errors,
                  Model model, RedirectAttributes redirect) {
        return FormPosts.submit(errors, () -> {
            try {
                plans.update(planId, form.version() == null ? -1 : form.version(), form);
                return FormPosts.saved(redirect, "mobilisation.plan.saved", PATH + planId);
            } catch (StaleVersionException e) {
                PlanView current = plans.get(planId);
                model.addAttribute("conflict", current);
                PlanInput again = form.withVersion(current.version()); // saving again keeps what this user typed
                BoundForms.showAgain(model, "form", again, errors);
                return pageModel.planForm(model, again, planId);
            }
        }, () -> pageModel.planForm(model, form, planId));
    }

    @GetMapping("/{planId}/activities/new")
    @PreAuthorize(MobilisationPolicy.EDIT_PLANS)
    String newActivity(@PathVariable long planId, Model model) {
        return pageModel.activityForm(model, planId, ActivityInput.blank(null), null);
    }

    @PostMapping("/{planId}/activities/new")
    @PreAuthorize(MobilisationPolicy.EDIT_PLANS)
    String addActivity(@PathVariable long planId, @Valid @ModelAttribute("form") ActivityInput form,
                       BindingResult errors, Model model, RedirectAttributes redirect) {
        return FormPosts.submit(errors, () -> FormPosts.saved(redirect, "mobilisation.activity.saved",
                PATH + planId + "/activities/" + plans.addActivity(planId, form)),
                () -> pageModel.activityForm(model, planId, form, null));
    }

    @GetMapping("/{planId}/activities/{activityId}")
    @PreAuthorize(MobilisationPolicy.READ_ACTIVITY)
    String activity(@PathVariable long planId, @PathVariable long activityId, Model model) {
        return pageModel.activity(model, planId, activityId);
    }

    @GetMapping("/{planId}/activities/{activityId}/edit")
    @PreAuthorize(MobilisationPolicy.EDIT_PLANS)
    String editActivity(@PathVariable long planId, @PathVariable long activityId, Model model) {
        return pageModel.activityForm(model, planId, plans.activity(planId, activityId).input(), activityId);
    }

    @PostMapping("/{planId}/activities/{activityId}/edit")
    @PreAuthorize(MobilisationPolicy.EDIT_PLANS)
    String updateActivity(@PathVariable long planId, @PathVariable long activityId,
                          @Valid @ModelAttribute("form") ActivityInput form, BindingResult errors, Model model,
                          RedirectAttributes redirect) {
        return FormPosts.submit(errors, () -> {
            try {
                plans.updateActivity(planId, activityId, form.version() == null ? -1 : form.version(), form);
                return FormPosts.saved(redirect, "mobilisation.activity.saved",
                        PATH + planId + "/activities/" + activityId);
            } catch (StaleVersionException e) {
                ActivityView current = plans.activity(planId, activityId);
                model.addAttribute("conflict", current);
                ActivityInput again = form.withVersion(current.version()); // saving again keeps what was typed
                BoundForms.showAgain(model, "form", again, errors);
                return pageModel.activityForm(model, planId, again, activityId);
            }
        }, () -> pageModel.activityForm(model, planId, form, activityId));
    }

    @PostMapping("/{planId}/activities/{activityId}/attachments")
    @PreAuthorize(MobilisationPolicy.EDIT_PLANS)
    String attach(@PathVariable long planId, @PathVariable long activityId,
                  @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
                  RedirectAttributes redirect) throws IOException {
        try {
            plans.attach(planId, activityId, NeedFiles.name(file), NeedFiles.bytes(file));
            redirect.addFlashAttribute("flashSuccess", "mobilisation.attachment.saved");
        } catch (BusinessRuleException e) {
            NeedFiles.keepRefusal(redirect, e);
        }
        return "redirect:" + PATH + planId + "/activities/" + activityId + "#attachments";
    }

    @GetMapping("/{planId}/activities/{activityId}/attachments/{attachmentId}")
    ResponseEntity<Resource> attachment(@PathVariable long planId, @PathVariable long activityId,
                                        @PathVariable long attachmentId) {
        return NeedFiles.download(plans.file(planId, activityId, attachmentId));
    }
}
