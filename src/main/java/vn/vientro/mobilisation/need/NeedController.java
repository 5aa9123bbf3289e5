package vn.vientro.mobilisation.need;

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
import vn.vientro.mobilisation.MobilisationPolicy;
import vn.vientro.mobilisation.NeedStatus;
import vn.vientro.platform.BoundForms;
import vn.vientro.platform.FieldErrors;
import vn.vientro.platform.FormPosts;
import vn.vientro.shared.BusinessRuleException;
import vn.vientro.shared.StaleVersionException;

/** The catalogue's pages: the list, the need's form, its page with timeline, files and steps. */
@Controller
@RequestMapping("/app/mobilisation/needs")
class NeedController {

    private static final String PATH = "/app/mobilisation/needs/";

    private final CatalogueNeeds needs;
    private final NeedPageModel pageModel;

    NeedController(CatalogueNeeds needs, NeedPageModel pageModel) {
        this.needs = needs;
        this.pageModel = pageModel;
    }

    @GetMapping
    @PreAuthorize(MobilisationPolicy.LIST)
    String list(@RequestParam(required = false) @Nullable NeedStatus status,
                @RequestParam(required = false) @Nullable Long agency,
                @RequestParam(required = false) @Nullable String priorityField,
                @RequestParam(required = false) @Nullable String q, @RequestParam(defaultValue = "0") int page,
                @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
        String view = pageModel.list(model, new NeedFilter(status, agency, priorityField, q, page, 50));
        return htmx == null ? view : view + " :: results";
    }

    @GetMapping("/new")
    @PreAuthorize(MobilisationPolicy.PROPOSE)
    String create(Model model) {
        return pageModel.form(model, NeedInput.blank(), null);
    }

    @PostMapping("/new")
    @PreAuthorize(MobilisationPolicy.PROPOSE)
    String propose(@Valid @ModelAttribute("form") NeedInput form, BindingResult errors, Model model,
                   RedirectAttributes redirect) {
        return FormPosts.submit(errors, () -> FormPosts.saved(redirect, "mobilisation.need.saved",
                PATH + needs.propose(form)), refused -> reject(errors, refused), () -> pageModel.form(model, form, null));
    }

    @GetMapping("/{needId}")
    String detail(@PathVariable long needId, Model model) {
        return pageModel.detail(model, needId);
    }

    @GetMapping("/{needId}/edit")
    @PreAuthorize(MobilisationPolicy.EDIT)
    String edit(@PathVariable long needId, Model model) {
        return pageModel.form(model, needs.get(needId).input(), needId);
    }

    @PostMapping("/{needId}/edit")
    @PreAuthorize(MobilisationPolicy.EDIT)
    String update(@PathVariable long needId, @Valid @ModelAttribute("form") NeedInput form, BindingResult errors,
                  Model model, RedirectAttributes redirect) {
        return FormPosts.submit(errors, () -> {
            try {
                needs.update(needId, form.version() == null ? -1 : form.version(), form);
                return FormPosts.saved(redirect, "mobilisation.need.saved", PATH + needId);
            } catch (StaleVersionException e) {
                NeedView current = needs.get(needId);
                model.addAttribute("conflict", current);
                NeedInput again = form.withVersion(current.version()); // saving again keeps what this user typed
                BoundForms.showAgain(model, "form", again, errors);
                return pageModel.form(model, again, needId);
            }
        }, refused -> reject(errors, refused), () -> pageModel.form(model, form, needId));
    }

    @PostMapping("/{needId}/attachments")
    @PreAuthorize(MobilisationPolicy.EDIT)
    String attach(@PathVariable long needId,
                  @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
                  RedirectAttributes redirect) throws IOException {
        try {
            needs.attach(needId, NeedFiles.name(file), NeedFiles.bytes(file));
            redirect.addFlashAttribute("flashSuccess", "mobilisation.attachment.saved");
        } catch (BusinessRuleException e) {
            NeedFiles.keepRefusal(redirect, e);
        }
        return "redirect:" + PATH + needId + "#attachments";
    }

    @GetMapping("/{needId}/attachments/{attachmentId}")
    ResponseEntity<Resource> attachment(@PathVariable long needId, @PathVariable long attachmentId) {
        return NeedFiles.download(needs.file(needId, attachmentId));
    }

    @GetMapping("/{needId}/decision-file")
    ResponseEntity<Resource> decisionFile(@PathVariable long needId) {
        return NeedFiles.download(needs.decisionFile(needId));
    }

    /** Every rule the description broke, each at its field. */
    static void reject(BindingResult errors, BusinessRuleException refused) {
        FieldErrors.reject(errors, refused);
    }
}
