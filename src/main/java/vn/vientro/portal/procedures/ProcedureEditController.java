package vn.vientro.portal.procedures;

import jakarta.validation.Valid;
import java.io.IOException;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.vientro.platform.BoundForms;
import vn.vientro.platform.Breadcrumb;
import vn.vientro.platform.FormPosts;
import vn.vientro.portal.site.PortalLanguage;
import vn.vientro.shared.BusinessRuleException;
import vn.vientro.shared.InvalidInputException;
import vn.vientro.shared.NotFoundException;
import vn.vientro.shared.StaleVersionException;

/** The focal point's pages for the portal's procedures: the list, and a procedure's text and forms. */
@Controller
@RequestMapping("/app/portal/procedures")
class ProcedureEditController {

    private static final String PATH = "/app/portal/procedures";
    private static final Breadcrumb HOME = Breadcrumb.link("platform.home.title", "/app");
    private static final Breadcrumb LIST = Breadcrumb.link("portal.procedures.edit.title", PATH);

    private final Procedures procedures;

    ProcedureEditController(Procedures procedures) {
        this.procedures = procedures;
    }

    @GetMapping
    @PreAuthorize(ProcedurePolicy.EDIT)
    String list(Model model) {
        model.addAttribute("kinds", ProcedureKind.values());
        model.addAttribute("breadcrumbs", Breadcrumb.trail(HOME, Breadcrumb.here("portal.procedures.edit.title")));
        return "portal/procedures/edit-list";
    }

    @GetMapping("/{slug}")
    @PreAuthorize(ProcedurePolicy.EDIT)
    String edit(@PathVariable String slug, Model model) {
        ProcedureKind kind = kind(slug);
        return form(model, procedures.draft(kind), kind);
    }

    @PostMapping("/{slug}")
    @PreAuthorize(ProcedurePolicy.EDIT)
    String write(@PathVariable String slug, @Valid @ModelAttribute("form") ProcedureText form, BindingResult errors,
                 Model model, RedirectAttributes redirect) {
        ProcedureKind kind = kind(slug);
        return FormPosts.submit(errors, () -> {
            try {
                procedures.write(kind, form.version(), form);
                return FormPosts.saved(redirect, "portal.procedures.saved", PATH + "/" + kind.enSlug());
            } catch (StaleVersionException e) {
                ProcedureText current = procedures.draft(kind);
                model.addAttribute("conflict", current);
                ProcedureText again = form.withVersion(current.version()); // saving again keeps what was typed
                BoundForms.showAgain(model, "form", again, errors);
                return form(model, again, kind);
            }
        }, () -> form(model, form, kind));
    }

    @PostMapping("/{slug}/forms")
    @PreAuthorize(ProcedurePolicy.EDIT)
    String attach(@PathVariable String slug, @ModelAttribute("upload") FormUpload upload,
                  @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
                  RedirectAttributes redirect) throws IOException {
        ProcedureKind kind = kind(slug);
        try {
            if (upload.titleVi() == null) {
                throw new InvalidInputException("titleVi", "portal.procedures.form.titleVi.required");
            }
            if (file == null || file.isEmpty()) {
                throw new InvalidInputException("file", "aid.files.empty");
            }
            String name = file.getOriginalFilename();
            procedures.attach(kind, upload, name == null ? "" : name, file.getBytes());
            redirect.addFlashAttribute("flashSuccess", "portal.procedures.form.saved");
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("uploadErrorKey", e.messageKey());
            redirect.addFlashAttribute("uploadErrorArguments", java.util.Arrays.stream(e.arguments())
                    .map(String::valueOf).toArray(String[]::new));
        }
        return "redirect:" + PATH + "/" + kind.enSlug() + "#forms";
    }

    @PostMapping("/{slug}/forms/{formId}/delete")
    @PreAuthorize(ProcedurePolicy.EDIT)
    String remove(@PathVariable String slug, @PathVariable long formId, RedirectAttributes redirect) {
        ProcedureKind kind = kind(slug);
        procedures.remove(kind, formId);
        redirect.addFlashAttribute("flashSuccess", "portal.procedures.form.removed");
        return "redirect:" + PATH + "/" + kind.enSlug() + "#forms";
    }

    private static ProcedureKind kind(String slug) {
        return ProcedureKind.bySlug(slug).orElseThrow(() -> new NotFoundException("procedure", slug));
    }

    private String form(Model model, ProcedureText form, ProcedureKind kind) {
        BoundForms.show(model, "form", form);
        model.addAttribute("kind", kind);
        model.addAttribute("action", PATH + "/" + kind.enSlug());
        model.addAttribute("publicUrl", ProcedureViews.url(kind, PortalLanguage.VI));
        model.addAttribute("forms", procedures.forms(kind));
        if (!model.containsAttribute("upload")) {
            model.addAttribute("upload", new FormUpload(null, null));
        }
        model.addAttribute("breadcrumbs", Breadcrumb.trail(HOME, LIST, Breadcrumb.here(
                "portal.procedures.kind." + kind.name())));
        return "portal/procedures/edit";
    }
}
