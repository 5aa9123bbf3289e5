package vn.vientro.identity.user;

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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.vientro.identity.Agencies;
import vn.vientro.identity.IdentityPolicy;
import vn.vientro.identity.UserView;
import vn.vientro.identity.Users;
import vn.vientro.platform.BoundForms;
import vn.vientro.platform.Breadcrumb;
import vn.vientro.platform.FormPosts;
import vn.vientro.shared.BusinessRuleException;
import vn.vientro.shared.Role;
import vn.vientro.shared.StaleVersionException;

@Controller
@RequestMapping("/app/admin/users")
class UserAdminController {

    private final Users users;
    private final Agencies agencies;

    UserAdminController(Users users, Agencies agencies) {
        this.users = users;
        this.agencies = agencies;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("users", users.all());
        model.addAttribute("breadcrumbs", Breadcrumb.trail(Breadcrumb.link("platform.home.title", "/app"),
                Breadcrumb.here("identity.users.title")));
        return "identity/user/list";
    }

    @GetMapping("/new")
    String create(Model model) {
        return form(model, UserForm.blank(), null);
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        return form(model, UserForm.of(users.get(id)), id);
    }

    @PostMapping("/new")
    @PreAuthorize(IdentityPolicy.ADMINISTER)
    String open(@Valid @ModelAttribute("form") UserForm form, BindingResult errors, Model model,
                RedirectAttributes redirect) {
        return FormPosts.submit(errors, () -> FormPosts.saved(redirect, "identity.user.saved",
                "/app/admin/users/" + users.open(form.username(), form.password(), form.toDetails())), () -> {
                    UserForm again = form.withoutPassword();
                    BoundForms.rebind(model, "form", again, errors);
                    return form(model, again, null);
                });
    }

    @PostMapping("/{id}")
    @PreAuthorize(IdentityPolicy.ADMINISTER)
    String update(@PathVariable long id, @Valid @ModelAttribute("form") UserForm form, BindingResult errors,
                  Model model, RedirectAttributes redirect) {
        return FormPosts.submit(errors, () -> {
            try {
                users.update(id, form.version() == null ? -1 : form.version(), form.toDetails());
                return FormPosts.saved(redirect, "identity.user.saved", "/app/admin/users/" + id);
            } catch (StaleVersionException e) {
                UserView current = users.get(id);
                model.addAttribute("conflict", UserForm.of(current));
                UserForm again = form.withVersion(current.version());
                BoundForms.showAgain(model, "form", again, errors);
                return form(model, again, id);
            }
        }, () -> form(model, form, id));
    }

    @PostMapping("/{id}/password")
    @PreAuthorize(IdentityPolicy.ADMINISTER)
    String resetPassword(@PathVariable long id, @RequestParam String password, RedirectAttributes redirect) {
        try {
            users.resetPassword(id, password);
            redirect.addFlashAttribute("flashSuccess", "identity.password.reset");
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("passwordError", e.messageKey());
            redirect.addFlashAttribute("passwordErrorArgs", e.arguments());
        }
        return "redirect:/app/admin/users/" + id;
    }

    private String form(Model model, UserForm form, @Nullable Long id) {
        BoundForms.show(model, "form", form);
        model.addAttribute("userId", id);
        model.addAttribute("agencies", agencies.all());
        model.addAttribute("allRoles", Role.values());
        if (id != null) {
            model.addAttribute("user", users.get(id));
        }
        model.addAttribute("breadcrumbs", Breadcrumb.trail(Breadcrumb.link("platform.home.title", "/app"),
                Breadcrumb.link("identity.users.title", "/app/admin/users"),
                id == null ? Breadcrumb.here("identity.user.new") : Breadcrumb.here("identity.user.edit")));
        return "identity/user/form";
    }
}
