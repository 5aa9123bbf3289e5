package vn.vientro.aid.amendment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import vn.vientro.aid.item.Beneficiaries;

/**
 * The parts of an item's description that a change request can touch, each compared in a canonical text form: blank
 * and missing are the same, line ends and trailing zeros do not count, shares are compared whatever their order. The
 * names match the configuration of {@code vientro.aid.amendment.substantive-fields}.
 */
public enum DescriptionField {
    NAME(d -> labelled("vi", d.nameVi(), "en", d.nameEn(), "original", d.nameOriginal())),
    KIND(d -> one(d.kind())),
    DELIVERY_FORM(d -> one(d.deliveryForm())),
    IATI_IDENTIFIER(d -> one(d.iatiIdentifier())),
    OBJECTIVES(d -> labelled("vi", d.objectivesVi(), "en", d.objectivesEn())),
    DESCRIPTION(d -> labelled("vi", d.descriptionVi(), "en", d.descriptionEn())),
    PRIORITY_FIELD(d -> one(d.priorityField())),
    DONOR(d -> one(d.donorId())),
    IMPLEMENTER(d -> one(d.implementerId())),
    OWNER_AGENCY(d -> one(d.ownerAgencyId())),
    GOVERNING_AGENCY(d -> one(d.governingAgencyId())),
    START_DATE(d -> one(d.plannedStart())),
    END_DATE(d -> one(d.plannedEnd())),
    DISASTER_DATE(d -> one(d.disasterOn())),
    TOTAL_VALUE(d -> d.totalAmount() == null ? List.of() : List.of(amount(d.totalAmount()) + " " + d.totalCurrency())),
    COUNTERPART(d -> d.counterpartAmount() == null && d.counterpartSource() == null && d.counterpartForm() == null
            ? List.of() : labelled("amount", d.counterpartAmount() == null ? null
                    : amount(d.counterpartAmount()) + " " + Objects.requireNonNullElse(d.counterpartCurrency(), "VND"),
            "source", d.counterpartSource(), "form", d.counterpartForm() == null ? null : d.counterpartForm().name())),
    BENEFICIARIES(d -> beneficiaries(d.beneficiaries())),
    SECTORS(d -> sorted(d.sectors().stream().map(s -> s.sectorCode() + " " + amount(s.percent())))),
    LOCATIONS(d -> sorted(d.locations().stream().map(l -> l.communeCode() + " " + amount(l.percent())))),
    PARTIES(d -> sorted(d.parties().stream().map(p -> p.role() + "; " + text(p.name())
            + (p.organisationId() == null ? "" : "; organisation " + p.organisationId())
            + (p.agencyId() == null ? "" : "; agency " + p.agencyId())))),
    CONTACTS(d -> sorted(d.contacts().stream().map(c -> String.join("; ", text(c.fullName()), text(c.position()),
            text(c.phone()), text(c.email()))))),
    PUBLIC_GROUPS(d -> d.publicGroups().stream().map(Enum::name).toList());

    private final Function<Description, List<String>> parts;

    DescriptionField(Function<Description, List<String>> parts) {
        this.parts = parts;
    }

    /** The field's value in canonical text, one line per part (a share, a contact ...), for comparing and showing. */
    public List<String> parts(Description description) {
        return parts.apply(description);
    }

    public boolean differs(Description before, Description after) {
        return !parts(before).equals(parts(after));
    }

    public String labelKey() {
        return "aid.amendment.field." + name();
    }

    /** The fields that differ between two descriptions, in this enum's order. */
    public static List<DescriptionField> changedBetween(Description before, Description after) {
        return Stream.of(values()).filter(field -> field.differs(before, after)).toList();
    }

    static String amount(BigDecimal value) {
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }

    static String text(@Nullable String value) {
        return value == null ? "" : value.replace("\r\n", "\n").replace('\r', '\n').strip();
    }

    private static List<String> one(@Nullable Object value) {
        String shown = value instanceof LocalDate date ? date.toString() : value instanceof String s ? text(s)
                : value == null ? "" : value.toString();
        return shown.isEmpty() ? List.of() : List.of(shown);
    }

    private static List<String> labelled(@Nullable String... labelsAndValues) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < labelsAndValues.length; i += 2) {
            String value = text(labelsAndValues[i + 1]);
            if (!value.isEmpty()) {
                parts.add(labelsAndValues[i] + ": " + value);
            }
        }
        return parts;
    }

    private static List<String> beneficiaries(Beneficiaries b) {
        return labelled("targetGroups", b.targetGroups(), "total", string(b.total()), "women", string(b.women()),
                "disabled", string(b.disabled()), "ethnicMinority", string(b.ethnicMinority()),
                "children", string(b.children()));
    }

    private static @Nullable String string(@Nullable Integer value) {
        return value == null ? null : value.toString();
    }

    private static List<String> sorted(Stream<String> lines) {
        return lines.sorted().toList();
    }
}
