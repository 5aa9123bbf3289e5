package vn.vientro.monitoring.evaluation;

import jakarta.validation.Valid;
import java.io.IOException;
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
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.vientro.monitoring.MonitoringPolicy;
import vn.vientro.platform.BoundForms;
import vn.vientro.platform.FormPosts;
import vn.vientro.shared.StaleVersionException;

/** The evaluations' pages: the list with its filters (an item's are the list filtered), one evaluation, the form. */
@Controller
@RequestMapping("/app/monitoring/evaluations")
class EvaluationController {

    private static final String LIST = "/app/monitoring/evaluations";

    private final Evaluations evaluations;
    private final EvaluationPageModel pageModel;

    EvaluationController(Evaluations evaluations, EvaluationPageModel pageModel) {
        this.evaluations = evaluations;
        this.pageModel = pageModel;
    }

    @GetMapping
    @PreAuthorize(MonitoringPolicy.LIST_EVALUATIONS)
    String list(@ModelAttribute("filter") EvaluationFilterForm filter, Model model,
                @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx) {
        pageModel.list(model, filter, evaluations.list(filter.filter()));
        return htmx != null ? "monitoring/evaluation/list :: #evaluation-list" : "monitoring/evaluation/list";
    }

    @GetMapping("/new")
    @PreAuthorize(MonitoringPolicy.RECORD_EVALUATION)
    String create(@RequestParam(required = false) @Nullable Long item, Model model) {
        return pageModel.form(model, EvaluationInput.blank(item), null);
    }

    @PostMapping("/new")
    @PreAuthorize(MonitoringPolicy.RECORD_EVALUATION)
    String record(@Valid @ModelAttribute("form") EvaluationInput form, BindingResult errors,
                  @RequestParam(name = "file", required = false) @Nullable MultipartFile file, Model model,
                  RedirectAttributes redirect) throws IOException {
        Evaluations.Upload upload = upload(file);
        return FormPosts.submit(errors, () -> FormPosts.saved(redirect, "monitoring.evaluation.saved",
                        LIST + "/" + evaluations.record(form, upload)),
                refused -> EvaluationPageModel.reject(errors, refused), () -> pageModel.form(model, form, null));
    }

    @GetMapping("/{evaluationId}")
    @PreAuthorize(MonitoringPolicy.READ_EVALUATION)
    String detail(@PathVariable long evaluationId, Model model) {
        return pageModel.detail(model, evaluations.get(evaluationId));
    }

    @GetMapping("/{evaluationId}/edit")
    @PreAuthorize(MonitoringPolicy.EDIT_EVALUATION)
    String edit(@PathVariable long evaluationId, Model model) {
        return pageModel.form(model, EvaluationInput.of(evaluations.get(evaluationId)), evaluations.get(evaluationId));
    }

    @PostMapping("/{evaluationId}/edit")
    @PreAuthorize(MonitoringPolicy.EDIT_EVALUATION)
    String update(@PathVariable long evaluationId, @Valid @ModelAttribute("form") EvaluationInput form,
                  BindingResult errors, @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
                  Model model, RedirectAttributes redirect) throws IOException {
        Evaluations.Upload upload = upload(file);
        return FormPosts.submit(errors, () -> {
            try {
                evaluations.update(evaluationId, form, upload);
                return FormPosts.saved(redirect, "monitoring.evaluation.saved", LIST + "/" + evaluationId);
            } catch (StaleVersionException e) {
                EvaluationView current = evaluations.get(evaluationId);
                model.addAttribute("conflict", current);
                EvaluationInput again = form.withVersion(current.version()); // saving again keeps what was typed
                BoundForms.showAgain(model, "form", again, errors);
                return pageModel.form(model, again, current);
            }
        }, refused -> EvaluationPageModel.reject(errors, refused),
                () -> pageModel.form(model, form, evaluations.get(evaluationId)));
    }

    @GetMapping("/{evaluationId}/report-file")
    @PreAuthorize(MonitoringPolicy.READ_EVALUATION)
    ResponseEntity<Resource> reportFile(@PathVariable long evaluationId) {
        return evaluations.reportFile(evaluationId).attachment();
    }

    private static Evaluations.@Nullable Upload upload(@Nullable MultipartFile file) throws IOException {
        if (file == null || file.isEmpty()) {
            return null;
        }
        String name = file.getOriginalFilename();
        return new Evaluations.Upload(name == null ? "" : name, file.getBytes());
    }
}
