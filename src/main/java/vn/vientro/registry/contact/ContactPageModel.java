package vn.vientro.registry.contact;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import vn.vientro.platform.BoundForms;
import vn.vientro.platform.Breadcrumb;
import vn.vientro.reference.Codelists;
import vn.vientro.registry.RegistryPolicy;

/** Fills the contact pages' models: choice lists, the form, the detail page with its interaction log. */
@Component
class ContactPageModel {

    private static final Breadcrumb HOME = Breadcrumb.link("platform.home.title", "/app");
    private static final Breadcrumb LIST = Breadcrumb.link("registry.contacts.title", "/app/registry/contacts");

    private final Contacts contacts;
    private final Codelists codelists;
    private final RegistryPolicy policy;
    private final Clock clock;

    ContactPageModel(Contacts contacts, Codelists codelists, RegistryPolicy policy, Clock clock) {
        this.policy = policy;
        this.contacts = contacts;
        this.codelists = codelists;
        this.clock = clock;
    }

    String list(Model model, ContactFilter filter) {
        model.addAttribute("filter", filter);
        model.addAttribute("result", contacts.list(filter));
        model.addAttribute("canWrite", policy.canWrite());
        model.addAttribute("kinds", ContactKind.values());
        model.addAttribute("organisations", contacts.organisationsWithContacts());
        model.addAttribute("languages", languageNames(contacts.languagesInUse()));
        model.addAttribute("breadcrumbs", Breadcrumb.trail(HOME, Breadcrumb.here("registry.contacts.title")));
        return "registry/contact/list";
    }

    String form(Model model, ContactForm form, @Nullable Long id) {
        model.addAttribute("organisations", contacts.organisationChoices());
        model.addAttribute("kinds", ContactKind.values());
        model.addAttribute("countries", codelists.activeByName(Codelists.COUNTRY, LocaleContextHolder.getLocale()));
        BoundForms.show(model, "form", form);
        model.addAttribute("contactId", id);
        model.addAttribute("breadcrumbs", Breadcrumb.trail(HOME, LIST,
                Breadcrumb.here(id == null ? "registry.contact.new" : "registry.contact.edit")));
        return "registry/contact/form";
    }

    String detail(Model model, long id, InteractionForm interaction) {
        ContactView contact = contacts.get(id);
        model.addAttribute("contact", contact);
        model.addAttribute("canWrite", policy.canWrite());
        model.addAttribute("country", contact.countryCode() == null ? null
                : codelists.find(Codelists.COUNTRY, contact.countryCode()).orElse(null));
        model.addAttribute("interactions", contacts.interactions(id));
        model.addAttribute("interactionKinds", InteractionKind.values());
        BoundForms.show(model, "interaction", interaction);
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("breadcrumbs", Breadcrumb.trail(HOME, LIST,
                Breadcrumb.here("registry.contact.named", contact.fullName())));
        return "registry/contact/detail";
    }

    /** Language codes with their names in the reader's language, for the filter. */
    private static Map<String, String> languageNames(List<String> codes) {
        Locale locale = LocaleContextHolder.getLocale();
        Map<String, String> names = new LinkedHashMap<>();
        codes.forEach(code -> names.put(code, ContactView.languageName(code, locale)));
        return names;
    }

    /** Puts a broken rule at its field when the form has that field, else above the form. */}
