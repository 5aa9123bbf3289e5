package vn.vientro.registry.contact;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.vientro.platform.BoundForms;
import vn.vientro.platform.FormPosts;
import vn.vientro.registry.RegistryPolicy;
import vn.vientro.shared.StaleVersionException;

@Controller
@RequestMapping("/app/registry/contacts")
class ContactController {

    private final Contacts contacts;
    private final ContactPageModel pageModel;

    ContactController(Contacts contacts, ContactPageModel pageModel) {
        this.contacts = contacts;
        this.pageModel = pageModel;
    }

    @GetMapping
    @PreAuthorize(RegistryPolicy.READ_CONTACTS)
    String list(@RequestParam(required = false) @Nullable ContactKind kind,
                @RequestParam(required = false) @Nullable Long organisation,
                @RequestParam(required = false) @Nullable String q,
                @RequestParam(required = false) @Nullable String language,
                @RequestParam(defaultValue = "0") int page,
                @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
        String view = pageModel.list(model, new ContactFilter(kind, organisation, q, language, page, 50));
        return htmx == null ? view : view + " :: results";
    }

    @GetMapping("/new")
    @PreAuthorize(RegistryPolicy.WRITE)
    String create(@RequestParam(required = false) @Nullable Long organisation, Model model) {
        return pageModel.form(model, ContactForm.blank(organisation), null); // "add contact" from an organisation's page
    }

    @PostMapping("/new")
    @PreAuthorize(RegistryPolicy.WRITE)
    String add(@Valid @ModelAttribute("form") ContactForm form, BindingResult errors, Model model,
               RedirectAttributes redirect) {
        return FormPosts.submit(errors, () -> FormPosts.saved(redirect, "registry.contact.saved",
                "/app/registry/contacts/" + contacts.add(form.toDetails())), () -> pageModel.form(model, form, null));
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        return pageModel.detail(model, id, InteractionForm.blank());
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize(RegistryPolicy.WRITE)
    String edit(@PathVariable long id, Model model) {
        return pageModel.form(model, ContactForm.of(contacts.get(id)), id);
    }

    @PostMapping("/{id}/edit")
    @PreAuthorize(RegistryPolicy.WRITE)
    String update(@PathVariable long id, @Valid @ModelAttribute("form") ContactForm form, BindingResult errors,
                  Model model, RedirectAttributes redirect) {
        return FormPosts.submit(errors, () -> {
            try {
                contacts.update(id, form.version() == null ? -1 : form.version(), form.toDetails());
                return FormPosts.saved(redirect, "registry.contact.saved", "/app/registry/contacts/" + id);
            } catch (StaleVersionException e) {
                ContactView current = contacts.get(id);
                model.addAttribute("conflict", current);
                ContactForm again = form.withVersion(current.version()); // saving again keeps what this user typed
                BoundForms.showAgain(model, "form", again, errors);
                return pageModel.form(model, again, id);
            }
        }, () -> pageModel.form(model, form, id));
    }

    @PostMapping("/{id}/interactions")
    @PreAuthorize(RegistryPolicy.WRITE)
    String recordInteraction(@PathVariable long id, @Valid @ModelAttribute("interaction") InteractionForm form,
                             BindingResult errors, Model model, RedirectAttributes redirect) {
        return FormPosts.submit(errors, () -> {
            contacts.recordInteraction(id, form.toInteraction());
            return FormPosts.saved(redirect, "registry.contact.interaction.saved", "/app/registry/contacts/" + id);
        }, () -> pageModel.detail(model, id, form));
    }
}
