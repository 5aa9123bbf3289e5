package vn.vientro.aid.item;

import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;
import vn.vientro.platform.FieldErrors;
import vn.vientro.shared.BusinessRuleException;
import vn.vientro.shared.InputChecks;
import vn.vientro.shared.TextLength;

/**
 * The aid item form as typed: each field of {@link ItemDescription} by its name ({@code fields[nameVi]}), and the
 * lists one entry per line: sectors and communes as {@code code percent}, parties as {@code role; name}, contacts as
 * {@code name; position; phone; e-mail}. Drafting, editing and proposing a change use it alike; a correction during
 * appraisal gives its reason beside.
 */
public record AidItemForm(@Nullable Long version, Map<String, String> fields, String sectors, String locations,
                          String parties, String contacts, List<PublicGroup> publicGroups,
                          @Size(max = TextLength.TEXT, message = "{validation.tooLong}") String reason) {

    private static final List<PublicGroup> DEFAULT_PUBLIC = List.of(PublicGroup.SUMMARY, PublicGroup.VALUE,
            PublicGroup.SECTORS, PublicGroup.LOCATIONS);
    private static final Map<String, String> DEFAULT_FIELDS = Map.of("deliveryForm", DeliveryForm.CASH.name(),
            "totalCurrency", "USD", "counterpartCurrency", "VND");

    /**
     * A field left out of the request keeps its default, and so do the public groups when neither box was sent. The
     * map stays writable: after the constructor, Spring's binder puts each {@code fields[name]} into it once more.
     */
    public AidItemForm {
        Map<String, String> typed = new LinkedHashMap<>(DEFAULT_FIELDS);
        if (fields != null) {
            typed.putAll(fields);
        }
        fields = typed;
        sectors = text(sectors);
        locations = text(locations);
        parties = text(parties);
        contacts = text(contacts);
        publicGroups = publicGroups == null ? DEFAULT_PUBLIC : List.copyOf(publicGroups);
        reason = text(reason);
    }

    /** A new item; an officer drafts for their own agency, so it is the aid owner from the start. */
    static AidItemForm blank(OptionalLong ownerAgencyId) {
        Map<String, String> fields = ownerAgencyId.isEmpty() ? Map.of()
                : Map.of("ownerAgencyId", Long.toString(ownerAgencyId.getAsLong()));
        return new AidItemForm(null, fields, "", "", "", "", DEFAULT_PUBLIC, "");
    }

    /**
     * The blank form with what the address carries: the item's fields by name ({@code fields[nameVi]}), the sector,
     * commune and party lines. Nothing else is taken, and an officer's own agency stays the owner; everything is
     * checked as typed when the form is saved.
     */
    static AidItemForm prefilled(AidItemForm blank, Map<String, List<String>> query) {
        Map<String, String> fields = new LinkedHashMap<>(blank.fields());
        for (ItemField field : ItemFields.all()) {
            String value = first(query, "fields[" + field.name() + "]");
            if (value != null) {
                fields.put(field.name(), value);
            }
        }
        String ownAgency = blank.fields().get("ownerAgencyId");
        if (ownAgency != null) {
            fields.put("ownerAgencyId", ownAgency);
        }
        return new AidItemForm(null, fields, text(first(query, "sectors")), text(first(query, "locations")),
                text(first(query, "parties")), "", blank.publicGroups(), "");
    }

    private static @Nullable String first(Map<String, List<String>> query, String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** The form as the item stands, so that saving it unchanged keeps every value. */
    public static AidItemForm of(AidItemView view) {
        AidItemRecord item = view.item();
        Map<String, String> fields = new LinkedHashMap<>();
        for (ItemField field : ItemFields.all()) {
            fields.put(field.name(), FieldValues.text(field, field.valueOf(item.fields())));
        }
        return new AidItemForm(item.version(), fields,
                view.sectors().stream().map(s -> s.code() + " " + s.percent().stripTrailingZeros().toPlainString())
                        .collect(Collectors.joining("\n")),
                view.locations().stream()
                        .map(l -> l.communeCode() + " " + l.percent().stripTrailingZeros().toPlainString())
                        .collect(Collectors.joining("\n")),
                view.parties().stream().map(p -> p.role() + "; " + p.name()).collect(Collectors.joining("\n")),
                view.contacts().stream().map(c -> String.join("; ", text(c.fullName()), text(c.position()),
                        text(c.phone()), text(c.email()))).collect(Collectors.joining("\n")),
                item.publicGroups().stream().map(PublicGroup::valueOf).toList(), "");
    }

    AidItemForm withVersion(long stored) {
        return new AidItemForm(stored, fields, sectors, locations, parties, contacts, publicGroups, reason);
    }

    /** What was typed, read into a description; every value that cannot be read is refused at its field at once. */
    public AidItemDetails toDetails() {
        InputChecks checks = new InputChecks();
        Map<String, Object> values = new HashMap<>();
        for (ItemField field : ItemFields.all()) {
            Object value = checks.read(() -> FieldValues.parse(field, fields.get(field.name())));
            if (value != null) {
                values.put(field.name(), value);
            }
        }
        List<SectorShare> sectorShares = checks.read(() -> ShareLines.sectors(sectors));
        List<LocationShare> locationShares = checks.read(() -> ShareLines.locations(locations));
        List<Party> partyLines = checks.read(() -> ShareLines.parties(parties));
        List<ItemContact> contactLines = checks.read(() -> ShareLines.contacts(contacts));
        checks.done();
        return new AidItemDetails(ItemFields.build(values), sectorShares, locationShares, partyLines, contactLines,
                publicGroups.isEmpty() ? Set.of() : EnumSet.copyOf(publicGroups));
    }

    /** Shows a refused rule at the input it names ({@code nameVi} is {@code fields[nameVi]} here). */
    public static void reject(BindingResult errors, BusinessRuleException e) {
        for (BusinessRuleException each : e.refusals()) {
            String field = each.field();
            if (field != null && ItemFields.named(field).isPresent()) {
                errors.rejectValue("fields[" + field + "]", each.messageKey(), each.arguments(), each.messageKey());
            } else {
                FieldErrors.reject(errors, each);
            }
        }
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }
}
