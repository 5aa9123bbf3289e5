package vn.vientro.monitoring.report;

import jakarta.validation.Valid;
import java.io.IOException;
import java.util.Objects;
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
import vn.vientro.monitoring.MonitoringPolicy;
import vn.vientro.monitoring.ReportAction;
import vn.vientro.platform.BoundForms;
import vn.vientro.platform.FormPosts;
import vn.vientro.shared.StaleVersionException;

/** A duty's report: the owner's form, the versions submitted with the decisions on them, the reviewer's decision. */
@Controller
@RequestMapping("/app/monitoring/duties/{dutyId}/report")
class ReportController {

    private final Reports reports;
    private final ReportPageModel pageModel;

    ReportController(Reports reports, ReportPageModel pageModel) {
        this.reports = reports;
        this.pageModel = pageModel;
    }

    @GetMapping
    @PreAuthorize(MonitoringPolicy.READ_REPORT)
    String show(@PathVariable long dutyId, Model model) {
        ReportView report = reports.get(dutyId);
        return pageModel.show(model, report, ReportInput.of(report.version(), report.content()));
    }

    @PostMapping
    @PreAuthorize(MonitoringPolicy.WRITE_REPORT)
    String write(@PathVariable long dutyId, @Valid @ModelAttribute("form") ReportInput form, BindingResult errors,
                 @RequestParam(name = "signedFile", required = false) @Nullable MultipartFile file,
                 @RequestParam(name = "submit", required = false) @Nullable String submit, Model model,
                 RedirectAttributes redirect) throws IOException {
        Reports.Upload upload = file == null || file.isEmpty() ? null
                : new Reports.Upload(file.getOriginalFilename() == null ? "" : file.getOriginalFilename(),
                file.getBytes());
        boolean submitting = submit != null;
        String path = "/app/monitoring/duties/" + dutyId + "/report";
        return FormPosts.submit(errors, () -> {
            try {
                reports.write(dutyId, form, upload, submitting);
                return FormPosts.saved(redirect, submitting ? "monitoring.report.submitted"
                        : "monitoring.report.saved", path);
            } catch (StaleVersionException e) {
                ReportView current = reports.get(dutyId);
                model.addAttribute("conflict", current);
                ReportInput again = form.withVersion(current.version() == null ? -1 : current.version());
                BoundForms.showAgain(model, "form", again, errors);
                return pageModel.show(model, current, again);
            }
        }, refused -> ReportPageModel.reject(errors, refused), () -> pageModel.show(model, reports.get(dutyId), form));
    }

    @PostMapping("/decision")
    @PreAuthorize(MonitoringPolicy.REVIEW_REPORT)
    String decide(@PathVariable long dutyId, @Valid @ModelAttribute("decision") DecisionForm decision,
                  BindingResult errors, Model model, RedirectAttributes redirect) {
        return FormPosts.submit(errors, () -> {
            ReportAction action = Objects.requireNonNull(decision.action(), "validated as required");
            reports.decide(dutyId, decision.version() == null ? -1 : decision.version(), action,
                    decision.comments());
            return FormPosts.saved(redirect, "monitoring.report.decided." + decision.action(),
                    "/app/monitoring/duties/" + dutyId + "/report");
        }, () -> {
            ReportView report = reports.get(dutyId);
            return pageModel.show(model, report, ReportInput.of(report.version(), report.content()));
        });
    }

    @GetMapping("/signed-file")
    @PreAuthorize(MonitoringPolicy.READ_REPORT)
    ResponseEntity<Resource> signedFile(@PathVariable long dutyId,
                                        @RequestParam(required = false) @Nullable Long step) {
        return SignedFiles.download(reports.signedFile(dutyId, step));
    }
}
