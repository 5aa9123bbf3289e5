package vn.vientro.aid.item;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;
import vn.vientro.platform.FieldErrors;
import vn.vientro.shared.BusinessRuleException;

/**
 * The aid item form as typed: each field of {@link ItemDescription} by its name ({@code fields[nameVi]}), and the
 * lists one entry per line: sectors and communes as {@code code percent}, parties as {@code role; name}, contacts as
 * {@code name; position; phone; e-mail}. Drafting, editing and proposing a change use it alike.
 */
public class AidItemForm {

    private static final List<PublicGroup> DEFAULT_PUBLIC = List.of(PublicGroup.SUMMARY, PublicGroup.VALUE,
            PublicGroup.SECTORS, PublicGroup.LOCATIONS);

    private @Nullable Long version;
    private Map<String, String> fields = new HashMap<>(Map.of("deliveryForm", DeliveryForm.CASH.name(),
            "totalCurrency", "USD", "counterpartCurrency", "VND"));
    private String sectors = "";
    private String locations = "";
    private String parties = "";
    private String contacts = "";
    private List<PublicGroup> publicGroups = new ArrayList<>(DEFAULT_PUBLIC);

    /** The form as the item stands, so that saving it unchanged keeps every value. */
    public static AidItemForm of(AidItemView view) {
        AidItemForm form = new AidItemForm();
        form.fill(view);
        return form;
    }

    protected void fill(AidItemView view) {
        AidItemRecord item = view.item();
        version = item.version();
        fields = new LinkedHashMap<>();
        for (ItemField field : ItemFields.all()) {
            fields.put(field.name(), FieldValues.text(field, field.valueOf(item.fields())));
        }
        sectors = view.sectors().stream().map(s -> s.code() + " " + s.percent().stripTrailingZeros().toPlainString())
                .collect(Collectors.joining("\n"));
        locations = view.locations().stream()
                .map(l -> l.communeCode() + " " + l.percent().stripTrailingZeros().toPlainString())
                .collect(Collectors.joining("\n"));
        parties = view.parties().stream().map(p -> p.role() + "; " + p.name()).collect(Collectors.joining("\n"));
        contacts = view.contacts().stream().map(c -> String.join("; ", text(c.fullName()), text(c.position()),
                text(c.phone()), text(c.email()))).collect(Collectors.joining("\n"));
        publicGroups = item.publicGroups().stream().map(PublicGroup::valueOf).collect(Collectors.toList());
    }

    /** What was typed, read into a description; a value that cannot be read is refused at its field. */
    public AidItemDetails toDetails() {
        Map<String, Object> values = new HashMap<>();
        for (ItemField field : ItemFields.all()) {
            Object value = FieldValues.parse(field, fields.get(field.name()));
            if (value != null) {
                values.put(field.name(), value);
            }
        }
        return new AidItemDetails(ItemFields.build(values), ShareLines.sectors(sectors), ShareLines.locations(locations),
                ShareLines.parties(parties), ShareLines.contacts(contacts),
                publicGroups.isEmpty() ? Set.of() : EnumSet.copyOf(publicGroups));
    }

    /** Shows a refused rule at the input it names ({@code nameVi} is {@code fields[nameVi]} here). */
    public static void reject(BindingResult errors, BusinessRuleException e) {
        String field = e.field();
        if (field != null && ItemFields.named(field).isPresent()) {
            errors.rejectValue("fields[" + field + "]", e.messageKey(), e.arguments(), e.messageKey());
        } else {
            FieldErrors.reject(errors, e);
        }
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }

    public @Nullable Long getVersion() {
        return version;
    }

    public void setVersion(@Nullable Long version) {
        this.version = version;
    }

    public Map<String, String> getFields() {
        return fields;
    }

    public void setFields(Map<String, String> fields) {
        this.fields = fields;
    }

    public String getSectors() {
        return sectors;
    }

    public void setSectors(String sectors) {
        this.sectors = sectors;
    }

    public String getLocations() {
        return locations;
    }

    public void setLocations(String locations) {
        this.locations = locations;
    }

    public String getParties() {
        return parties;
    }

    public void setParties(String parties) {
        this.parties = parties;
    }

    public String getContacts() {
        return contacts;
    }

    public void setContacts(String contacts) {
        this.contacts = contacts;
    }

    public List<PublicGroup> getPublicGroups() {
        return publicGroups;
    }

    public void setPublicGroups(List<PublicGroup> publicGroups) {
        this.publicGroups = publicGroups;
    }
}
