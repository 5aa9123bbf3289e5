package vn.vientro.mobilisation.need;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.time.LocalDate;
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
import vn.vientro.mobilisation.NeedAction;
import vn.vientro.platform.FormPosts;
import vn.vientro.shared.NotFoundException;
import vn.vientro.shared.TextLength;

/** One page per step: it asks for what the step needs (a reason, the decision, the aid item) and shows a refusal. */
@Controller
@RequestMapping("/app/mobilisation/needs/{needId}/transitions/{action}")
class NeedTransitionController {

    private final CatalogueNeeds needs;
    private final NeedPageModel pageModel;

    NeedTransitionController(CatalogueNeeds needs, NeedPageModel pageModel) {
        this.needs = needs;
        this.pageModel = pageModel;
    }

    @GetMapping
    @PreAuthorize(MobilisationPolicy.MOVE)
    String form(@PathVariable long needId, @PathVariable String action, Model model) {
        return pageModel.step(model, needs.get(needId), action(action), StepForm.blank());
    }

    @PostMapping
    @PreAuthorize(MobilisationPolicy.MOVE)
    String perform(@PathVariable long needId, @PathVariable String action,
                   @Valid @ModelAttribute("form") StepForm form, BindingResult errors,
                   @RequestParam(name = "decisionFile", required = false) @Nullable MultipartFile file, Model model,
                   RedirectAttributes redirect) throws IOException {
        NeedAction step = action(action);
        NeedStep.Upload upload = file == null || file.isEmpty() ? null
                : new NeedStep.Upload(NeedFiles.name(file), file.getBytes());
        return FormPosts.submit(errors, () -> {
            needs.perform(needId, form.version() == null ? -1 : form.version(), step, form.step(upload));
            return FormPosts.saved(redirect, "mobilisation.transition.done", "/app/mobilisation/needs/" + needId);
        }, () -> pageModel.step(model, needs.get(needId), step, form));
    }

    /** The steps a need's own page takes; approval is the catalogue version's, so it has no page here. */
    private static NeedAction action(String slug) {
        return NeedAction.fromSlug(slug).filter(step -> !step.takenInCatalogue())
                .orElseThrow(() -> new NotFoundException("need action", slug));
    }

    /** The step form as typed, kept and shown again when the step is refused. */
    record StepForm(@Nullable Long version,
                    @Size(max = TextLength.TEXT, message = "{validation.tooLong}") @Nullable String reason,
                    @Size(max = TextLength.CODE, message = "{validation.tooLong}") @Nullable String referenceNumber,
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate referenceDate,
                    @Nullable Long aidItemId) {

        static StepForm blank() {
            return new StepForm(null, null, null, null, null);
        }

        NeedStep step(NeedStep.@Nullable Upload upload) {
            return new NeedStep(reason, referenceNumber, referenceDate, null, aidItemId, upload);
        }
    }
}
