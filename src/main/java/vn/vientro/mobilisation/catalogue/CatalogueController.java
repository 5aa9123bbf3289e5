package vn.vientro.mobilisation.catalogue;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
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
import vn.vientro.mobilisation.need.NeedStep;
import vn.vientro.platform.FormPosts;
import vn.vientro.shared.BusinessRuleException;
import vn.vientro.shared.TextLength;

/** The catalogue's periods and versions: compiling a draft, approving it by decision, reading and exporting it. */
@Controller
@RequestMapping(CataloguePageModel.PATH)
class CatalogueController {

    private static final String PATH = CataloguePageModel.PATH;

    private final Catalogues catalogues;
    private final CataloguePageModel pageModel;
    private final CatalogueExports exports;

    CatalogueController(Catalogues catalogues, CataloguePageModel pageModel, CatalogueExports exports) {
        this.catalogues = catalogues;
        this.pageModel = pageModel;
        this.exports = exports;
    }

    @GetMapping
    @PreAuthorize(MobilisationPolicy.READ_CATALOGUES)
    String periods(Model model) {
        return pageModel.periods(model, new PeriodForm(null, null));
    }

    @PostMapping
    @PreAuthorize(MobilisationPolicy.COMPILE)
    String openPeriod(@Valid @ModelAttribute("form") PeriodForm form, BindingResult errors, Model model,
                      RedirectAttributes redirect) {
        return FormPosts.submit(errors, () -> FormPosts.saved(redirect, "mobilisation.catalogue.period.opened",
                PATH + "/" + catalogues.openPeriod(form.firstYear(), form.lastYear())),
                () -> pageModel.periods(model, form));
    }

    @GetMapping("/{periodId}")
    @PreAuthorize(MobilisationPolicy.READ_CATALOGUES)
    String period(@PathVariable long periodId, Model model) {
        return pageModel.period(model, periodId);
    }

    @PostMapping("/{periodId}/versions")
    @PreAuthorize(MobilisationPolicy.COMPILE)
    String openVersion(@PathVariable long periodId, RedirectAttributes redirect) {
        return refusedOr(redirect, PATH + "/" + periodId, () -> FormPosts.saved(redirect,
                "mobilisation.catalogue.version.opened",
                CataloguePageModel.versionPath(catalogues.openVersion(periodId))));
    }

    @GetMapping("/versions/{versionId}")
    String version(@PathVariable long versionId, Model model) {
        return pageModel.version(model, versionId);
    }

    @PostMapping("/versions/{versionId}/needs")
    @PreAuthorize(MobilisationPolicy.COMPILE)
    String include(@PathVariable long versionId, @RequestParam long version, @RequestParam long needId,
                   RedirectAttributes redirect) {
        String page = CataloguePageModel.versionPath(versionId);
        return refusedOr(redirect, page, () -> {
            catalogues.include(versionId, version, needId);
            return FormPosts.saved(redirect, "mobilisation.catalogue.need.included", page);
        });
    }

    @PostMapping("/versions/{versionId}/needs/{needId}/exclusion")
    @PreAuthorize(MobilisationPolicy.COMPILE)
    String exclude(@PathVariable long versionId, @PathVariable long needId, @RequestParam long version,
                   RedirectAttributes redirect) {
        String page = CataloguePageModel.versionPath(versionId);
        return refusedOr(redirect, page, () -> {
            catalogues.exclude(versionId, version, needId);
            return FormPosts.saved(redirect, "mobilisation.catalogue.need.excluded", page);
        });
    }

    @GetMapping("/versions/{versionId}/approval")
    @PreAuthorize(MobilisationPolicy.APPROVE_CATALOGUE)
    String approval(@PathVariable long versionId, Model model) {
        return pageModel.approval(model, versionId, new ApprovalForm(null, null, null));
    }

    @PostMapping("/versions/{versionId}/approval")
    @PreAuthorize(MobilisationPolicy.APPROVE_CATALOGUE)
    String approve(@PathVariable long versionId, @Valid @ModelAttribute("form") ApprovalForm form,
                   BindingResult errors,
                   @RequestParam(name = "decisionFile", required = false) @Nullable MultipartFile file, Model model,
                   RedirectAttributes redirect) throws IOException {
        NeedStep.Upload upload = file == null || file.isEmpty() ? null
                : new NeedStep.Upload(file.getOriginalFilename() == null ? "decision" : file.getOriginalFilename(),
                file.getBytes());
        return FormPosts.submit(errors, () -> {
            catalogues.approve(versionId, form.version() == null ? -1 : form.version(),
                    new NeedStep(null, form.referenceNumber(), form.referenceDate(), null, null, upload));
            return FormPosts.saved(redirect, "mobilisation.catalogue.version.approved",
                    CataloguePageModel.versionPath(versionId));
        }, () -> pageModel.approval(model, versionId, form));
    }

    @GetMapping("/versions/{versionId}/changes")
    String changes(@PathVariable long versionId, Model model) {
        return pageModel.changes(model, versionId);
    }

    @GetMapping("/versions/{versionId}/catalogue.xlsx")
    void excel(@PathVariable long versionId, Locale locale, HttpServletResponse response) throws IOException {
        exports.excel(versionId, locale, response);
    }

    @GetMapping("/versions/{versionId}/brochure.pdf")
    void brochure(@PathVariable long versionId, HttpServletResponse response) throws IOException {
        exports.brochure(versionId, response);
    }

    /** Runs the change; a refusal comes back to the page as its message. */
    private static String refusedOr(RedirectAttributes redirect, String page,
                                    java.util.function.Supplier<String> change) {
        try {
            return change.get();
        } catch (BusinessRuleException refused) {
            // the key and its arguments travel in the session, which keeps what is serializable only
            redirect.addFlashAttribute("refusalKey", refused.messageKey());
            redirect.addFlashAttribute("refusalArguments", java.util.Arrays.stream(refused.arguments())
                    .map(String::valueOf).toArray(String[]::new));
            return "redirect:" + page;
        }
    }

    /** A plan period as typed. */
    record PeriodForm(@NotNull(message = "{validation.required}") @Nullable Integer firstYear,
                      @NotNull(message = "{validation.required}") @Nullable Integer lastYear) {
    }

    /** The approving decision as typed; {@code version} is the draft's version the leader saw. */
    record ApprovalForm(@Nullable Long version,
                        @Size(max = TextLength.CODE, message = "{validation.tooLong}") @Nullable String referenceNumber,
                        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate referenceDate) {
    }
}
