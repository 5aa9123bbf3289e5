package vn.vientro.aid.item;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import vn.vientro.identity.Agencies;
import vn.vientro.identity.AgencyView;
import vn.vientro.reference.Codelists;
import vn.vientro.reference.PriorityFields;
import vn.vientro.registry.Registry;

/**
 * What the item form needs to draw itself from {@link ItemDescription}: its sections with their fields, the choices of
 * each kind of reference (organisations, agencies, priority fields, currencies) and the public groups. The drafting,
 * editing and amendment pages all fill their model with it.
 */
@Component
public class ItemFormModel {

    /** A section of the form and its fields, in their declared order. */
    public record FormSection(String name, String titleKey, List<ItemField> fields) {
    }

    /** One choice of a list: the value the form posts and what people read. */
    public record Choice(String value, String label) {
    }

    private final Registry registry;
    private final Agencies agencies;
    private final PriorityFields priorityFields;
    private final Codelists codelists;

    ItemFormModel(Registry registry, Agencies agencies, PriorityFields priorityFields, Codelists codelists) {
        this.registry = registry;
        this.agencies = agencies;
        this.priorityFields = priorityFields;
        this.codelists = codelists;
    }

    public void fill(Model model) {
        Locale locale = LocaleContextHolder.getLocale();
        model.addAttribute("fieldSections", Arrays.stream(ItemDescription.Section.values())
                .map(section -> new FormSection(section.name(), FieldDisplay.sectionKey(section),
                        ItemFields.inSection(section))).toList());
        Map<String, List<Choice>> choices = new LinkedHashMap<>();
        choices.put(ItemDescription.Reference.ORGANISATION.name(), registry.choices().stream()
                .map(o -> new Choice(Long.toString(o.id()), o.name() + (o.withoutValidPermit() ? " ⚠" : ""))).toList());
        choices.put(ItemDescription.Reference.AGENCY.name(), agencies.all().stream().filter(AgencyView::active)
                .map(a -> new Choice(Long.toString(a.id()), a.name(locale))).toList());
        choices.put(ItemDescription.Reference.PRIORITY_FIELD.name(), priorityFields.all().stream()
                .map(p -> new Choice(p.code(), p.name(locale))).toList());
        choices.put(ItemDescription.Reference.CURRENCY.name(), codelists.currencies().stream()
                .map(c -> new Choice(c.code(), c.code() + " · " + c.name(locale))).toList());
        model.addAttribute("referenceChoices", choices);
        model.addAttribute("publicGroupChoices", PublicGroup.values());
        model.addAttribute("partyRoles", Party.PartyRole.values());
    }
}
