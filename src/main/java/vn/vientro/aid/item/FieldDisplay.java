package vn.vientro.aid.item;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.vientro.identity.Agencies;
import vn.vientro.reference.AdminUnits;
import vn.vientro.reference.Codelists;
import vn.vientro.reference.PriorityFields;
import vn.vientro.reference.UnitSet;
import vn.vientro.registry.OrganisationRef;
import vn.vientro.registry.Registry;
import vn.vientro.shared.DecimalText;
import vn.vientro.shared.Money;
import vn.vientro.shared.Text;

/**
 * An item's fields as people read them, in their language: organisations, agencies, priority fields and communes by
 * name, choices by their labels, yes or no in words, dates and amounts in the one Vietnamese format. The detail page,
 * comparisons of versions, the history and the export show values through it.
 */
@Component
public class FieldDisplay {

    private final MessageSource messages;
    private final Registry registry;
    private final Agencies agencies;
    private final PriorityFields priorityFields;
    private final Codelists codelists;
    private final AdminUnits adminUnits;

    FieldDisplay(MessageSource messages, Registry registry, Agencies agencies, PriorityFields priorityFields,
                 Codelists codelists, AdminUnits adminUnits) {
        this.messages = messages;
        this.registry = registry;
        this.agencies = agencies;
        this.priorityFields = priorityFields;
        this.codelists = codelists;
        this.adminUnits = adminUnits;
    }

    /** A field as the detail page lists it. */
    public record Shown(String labelKey, String text, boolean longText) {
    }

    /** A form section's fields that have a value, as the detail page lists them. */
    public record ShownSection(String titleKey, List<Shown> fields) {
    }

    /** The given sections of a description, each with its fields that have a value, in the reader's language. */
    public List<ShownSection> sections(ItemDescription description, List<ItemDescription.Section> sections,
                                       Locale locale) {
        List<ShownSection> shown = new ArrayList<>();
        for (ItemDescription.Section section : sections) {
            List<Shown> fields = new ArrayList<>();
            shownValues(ItemFields.inSection(section), description, locale).forEach((field, text) ->
                    fields.add(new Shown(field.labelKey(), text, field.rows() > 0)));
            shown.add(new ShownSection(sectionKey(section), fields));
        }
        return shown;
    }

    /** The message key of a section's title. */
    public static String sectionKey(ItemDescription.Section section) {
        String name = section.name().toLowerCase(Locale.ROOT);
        StringBuilder camel = new StringBuilder();
        for (String part : name.split("_")) {
            camel.append(camel.isEmpty() ? part : Character.toUpperCase(part.charAt(0)) + part.substring(1));
        }
        return "aid.form." + camel;
    }

    /** One value; empty text for none. */
    public String show(ItemField field, @Nullable Object value, Locale locale) {
        if (value == null || value instanceof String text && text.isBlank()) {
            return "";
        }
        return switch (field.input()) {
            case CHOICE -> message(field.choiceKey(value), locale);
            case YES_NO -> message(Boolean.TRUE.equals(value) ? "aid.item.yes" : "aid.item.no", locale);
            case REFERENCE -> reference(field, value, locale);
            case DECIMAL, DATE, NUMBER -> messages.getMessage(Text.of("aid.item.value", value), locale);
            default -> value.toString().strip();
        };
    }

    /**
     * One value with the currency it is in, when it is an amount: "240.000,00 USD", never a bare number.
     *
     * @param currency the value of the field's currency ({@link ItemFields#currencyOf}), null for a field without one
     */
    public String show(ItemField field, @Nullable Object value, @Nullable Object currency, Locale locale) {
        if (value instanceof BigDecimal amount && currency instanceof String code && !code.isBlank()) {
            return messages.getMessage(Text.of("aid.item.value", Money.of(amount, code)), locale);
        }
        return show(field, value, locale);
    }

    /** A field with its label, as a line of a comparison or a history entry. */
    public String labelled(ItemField field, @Nullable Object value, Locale locale) {
        return messages.getMessage(Text.of("aid.item.labelled", Text.of(field.labelKey()), show(field, value, locale)),
                locale);
    }

    /** A part of the description as lines people read: each given field of a group, each entry of a list. */
    public List<String> show(DescriptionGroup group, AidItemDetails details, Locale locale) {
        List<String> lines = new ArrayList<>();
        switch (group.name()) {
            case "SECTORS" -> details.sectors().forEach(share -> lines.add(share.sectorCode() + " · "
                    + codelists.sector(share.sectorCode()).map(entry -> entry.name(locale)).orElse("") + " · "
                    + percent(share.percent(), locale)));
            case "LOCATIONS" -> details.locations().forEach(share -> lines.add(adminUnits.find(UnitSet.CURRENT,
                    share.communeCode()).map(unit -> unit.path(locale)).orElse(share.communeCode()) + " · "
                    + percent(share.percent(), locale)));
            case "PARTIES" -> details.parties().forEach(party -> lines.add(
                    message("aid.partyRole." + party.role(), locale) + ": " + party.name()));
            case "CONTACTS" -> details.contacts().forEach(contact -> lines.add(String.join("; ", java.util.stream
                    .Stream.of(contact.fullName(), contact.position(), contact.phone(), contact.email())
                    .filter(Objects::nonNull).toList())));
            case "PUBLIC_GROUPS" -> details.publicGroups().stream().sorted()
                    .forEach(publicGroup -> lines.add(message("aid.publicGroup." + publicGroup, locale)));
            default -> {
                Map<ItemField, String> shown = shownValues(group.fields(), details.fields(), locale);
                shown.forEach((field, text) -> lines.add(shown.size() == 1 ? text : messages.getMessage(
                        Text.of("aid.item.labelled", Text.of(field.labelKey()), text), locale)));
            }
        }
        return lines;
    }

    /**
     * The given fields that have a value, each as people read it; an amount and the currency declared right after it
     * read as one value ("1.250.000,00 USD").
     */
    private Map<ItemField, String> shownValues(List<ItemField> fields, ItemDescription description, Locale locale) {
        Map<ItemField, String> shown = new LinkedHashMap<>();
        for (int i = 0; i < fields.size(); i++) {
            ItemField field = fields.get(i);
            Object value = field.valueOf(description);
            ItemField next = i + 1 < fields.size() ? fields.get(i + 1) : null;
            if (field.input() == ItemField.Input.DECIMAL && value != null && next != null
                    && next.reference() == ItemDescription.Reference.CURRENCY && next.valueOf(description) != null) {
                shown.put(field, messages.getMessage(Text.of("aid.item.value",
                        Money.of((BigDecimal) value, (String) next.valueOf(description))), locale));
                i++;
                continue;
            }
            String text = show(field, value, locale);
            if (!text.isEmpty()) {
                shown.put(field, text);
            }
        }
        return shown;
    }

    private String reference(ItemField field, Object value, Locale locale) {
        return switch (field.reference()) {
            case ORGANISATION -> registry.find((Long) value).map(OrganisationRef::name).orElse("#" + value);
            case AGENCY -> agencies.find((Long) value).map(agency -> agency.name(locale)).orElse("#" + value);
            case PRIORITY_FIELD -> priorityFields.byCode(value.toString())
                    .map(priority -> priority.code() + " · " + priority.name(locale)).orElse(value.toString());
            case CURRENCY, NONE -> value.toString();
        };
    }

    private String percent(BigDecimal value, Locale locale) {
        return messages.getMessage(Text.of("aid.item.percent", DecimalText.stripped(value)), locale);
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
