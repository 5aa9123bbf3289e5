package vn.vientro.mobilisation.bulletin;

import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.vientro.mobilisation.MobilisationPolicy;
import vn.vientro.platform.BoundForms;
import vn.vientro.platform.Breadcrumb;
import vn.vientro.platform.FormPosts;
import vn.vientro.shared.NotFoundException;
import vn.vientro.shared.StaleVersionException;

/** The focal point's bulletin pages: activities and rewards with their public state, and an entry's form. */
@Controller
@RequestMapping("/app/mobilisation/bulletin")
class BulletinController {

    private static final String PATH = "/app/mobilisation/bulletin";
    private static final Breadcrumb HOME = Breadcrumb.link("platform.home.title", "/app");
    private static final Breadcrumb LIST = Breadcrumb.link("mobilisation.bulletin.title", PATH);

    private final Bulletin bulletin;

    BulletinController(Bulletin bulletin) {
        this.bulletin = bulletin;
    }

    @GetMapping
    @PreAuthorize(MobilisationPolicy.PUBLISH_BULLETIN)
    String list(Model model) {
        model.addAttribute("lines", bulletin.lines());
        model.addAttribute("breadcrumbs", Breadcrumb.trail(HOME, Breadcrumb.here("mobilisation.bulletin.title")));
        return "mobilisation/bulletin/list";
    }

    @GetMapping("/{source}/{sourceId}")
    @PreAuthorize(MobilisationPolicy.PUBLISH_BULLETIN)
    String edit(@PathVariable String source, @PathVariable long sourceId, Model model) {
        BulletinSource from = source(source, sourceId);
        return form(model, bulletin.entry(from, sourceId), from, sourceId);
    }

    @PostMapping("/{source}/{sourceId}")
    @PreAuthorize(MobilisationPolicy.PUBLISH_BULLETIN)
    String write(@PathVariable String source, @PathVariable long sourceId,
                 @Valid @ModelAttribute("form") BulletinInput form, BindingResult errors, Model model,
                 RedirectAttributes redirect) {
        BulletinSource from = source(source, sourceId);
        return FormPosts.submit(errors, () -> {
            try {
                bulletin.write(from, sourceId, form.version(), form);
                return FormPosts.saved(redirect, "mobilisation.bulletin.saved", PATH);
            } catch (StaleVersionException e) {
                BulletinInput current = bulletin.entry(from, sourceId);
                model.addAttribute("conflict", current);
                BulletinInput again = form.withVersion(current.version()); // saving again keeps what was typed
                BoundForms.showAgain(model, "form", again, errors);
                return form(model, again, from, sourceId);
            }
        }, () -> form(model, form, from, sourceId));
    }

    private static BulletinSource source(String slug, long sourceId) {
        return BulletinSource.fromSlug(slug).orElseThrow(() -> new NotFoundException("bulletin source", sourceId));
    }

    private String form(Model model, BulletinInput form, BulletinSource source, long sourceId) {
        BoundForms.show(model, "form", form);
        model.addAttribute("action", PATH + "/" + source.slug() + "/" + sourceId);
        model.addAttribute("breadcrumbs", Breadcrumb.trail(HOME, LIST, Breadcrumb.here("mobilisation.bulletin.edit")));
        return "mobilisation/bulletin/form";
    }
}
