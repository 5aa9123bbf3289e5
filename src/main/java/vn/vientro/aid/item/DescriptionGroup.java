package vn.vientro.aid.item;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * A part of an item's description that a change request compares and the amendment rule names
 * ({@code vientro.aid.amendment.substantive-fields}): a group of {@link ItemDescription}'s fields (their
 * {@code group}), or one of its lists. Each part is compared in a canonical text form: blank and missing are the same,
 * line ends and trailing zeros do not count, shares are compared whatever their order.
 */
public record DescriptionGroup(String name) {

    private static final List<String> LISTS = List.of("SECTORS", "LOCATIONS", "PARTIES", "CONTACTS", "PUBLIC_GROUPS");

    public DescriptionGroup {
        if (!ItemFields.groups().contains(name) && !LISTS.contains(name)) {
            throw new IllegalArgumentException("no part of an aid item's description is called " + name);
        }
    }

    @JsonCreator
    public static DescriptionGroup named(String name) {
        return new DescriptionGroup(name.strip());
    }

    /** Every part, the field groups in their fields' order, then the lists. */
    public static List<DescriptionGroup> all() {
        return Stream.concat(ItemFields.groups().stream(), LISTS.stream()).map(DescriptionGroup::new).toList();
    }

    /** The parts that differ between two descriptions, in order. */
    public static List<DescriptionGroup> changedBetween(AidItemDetails before, AidItemDetails after) {
        return all().stream().filter(group -> group.differs(before, after)).toList();
    }

    @JsonValue
    @Override
    public String name() {
        return name;
    }

    public String labelKey() {
        return "aid.amendment.field." + name;
    }

    /** The fields of a field group; none for a list. */
    public List<ItemField> fields() {
        return ItemFields.inGroup(name);
    }

    public boolean differs(AidItemDetails before, AidItemDetails after) {
        return !parts(before).equals(parts(after));
    }

    /** The part's value in canonical text, one line per value (a field, a share, a contact ...). */
    public List<String> parts(AidItemDetails details) {
        return switch (name) {
            case "SECTORS" -> sorted(details.sectors(), share -> share.sectorCode() + " " + amount(share.percent()));
            case "LOCATIONS" -> sorted(details.locations(),
                    share -> share.communeCode() + " " + amount(share.percent()));
            case "PARTIES" -> sorted(details.parties(), party -> party.role() + "; " + party.name().strip()
                    + (party.organisationId() == null ? "" : "; organisation " + party.organisationId())
                    + (party.agencyId() == null ? "" : "; agency " + party.agencyId()));
            case "CONTACTS" -> sorted(details.contacts(), contact -> String.join("; ",
                    FieldValues.canonical(contact.fullName()), FieldValues.canonical(contact.position()),
                    FieldValues.canonical(contact.phone()), FieldValues.canonical(contact.email())));
            case "PUBLIC_GROUPS" -> sorted(details.publicGroups(), Enum::name);
            default -> fieldParts(details.fields());
        };
    }

    private List<String> fieldParts(ItemDescription description) {
        List<ItemField> fields = fields();
        List<String> parts = new ArrayList<>();
        for (ItemField field : fields) {
            String value = FieldValues.canonical(field.valueOf(description));
            if (!value.isEmpty()) {
                parts.add(fields.size() == 1 ? value : field.name() + ": " + value);
            }
        }
        return parts;
    }

    private static <T> List<String> sorted(java.util.Collection<T> values, Function<T, String> text) {
        return values.stream().map(text).sorted().toList();
    }

    private static String amount(BigDecimal value) {
        return FieldValues.canonical(value);
    }
}
