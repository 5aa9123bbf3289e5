package vn.vientro.aid.amendment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.vientro.aid.item.Beneficiaries;
import vn.vientro.identity.Agencies;
import vn.vientro.reference.AdminUnits;
import vn.vientro.reference.Codelists;
import vn.vientro.reference.PriorityFields;
import vn.vientro.reference.UnitSet;
import vn.vientro.registry.OrganisationRef;
import vn.vientro.registry.Registry;

/**
 * Lays two descriptions side by side for people: organisations, agencies, sectors and communes by name, kinds and
 * roles in the reader's language; amounts and dates are left to the page's formatters.
 */
@Component
class Comparisons {

    private final MessageSource messages;
    private final Registry registry;
    private final Agencies agencies;
    private final Codelists codelists;
    private final AdminUnits adminUnits;
    private final PriorityFields priorityFields;

    Comparisons(MessageSource messages, Registry registry, Agencies agencies, Codelists codelists,
                AdminUnits adminUnits, PriorityFields priorityFields) {
        this.messages = messages;
        this.registry = registry;
        this.agencies = agencies;
        this.codelists = codelists;
        this.adminUnits = adminUnits;
        this.priorityFields = priorityFields;
    }

    Comparison compare(Comparison.Side beforeSide, Description before, Comparison.Side afterSide, Description after,
                       Collection<DescriptionField> needApproval) {
        Locale locale = LocaleContextHolder.getLocale();
        List<Comparison.Row> rows = new ArrayList<>();
        for (DescriptionField field : DescriptionField.values()) {
            boolean changed = field.differs(before, after);
            rows.add(new Comparison.Row(field, changed, changed && needApproval.contains(field), field.parts(before),
                    field.parts(after), shown(field, before, locale), shown(field, after, locale)));
        }
        return new Comparison(beforeSide, afterSide, rows);
    }

    private List<Object> shown(DescriptionField field, Description d, Locale locale) {
        List<@Nullable Object> shown = switch (field) {
            case NAME -> labelled(locale, "aid.item.nameVi", d.nameVi(), "aid.item.nameEn", d.nameEn(),
                    "aid.item.nameOriginal", d.nameOriginal());
            case KIND -> List.of(d.kind() == null ? null : message("aid.kind." + d.kind(), locale));
            case DELIVERY_FORM -> List.of(d.deliveryForm() == null ? null
                    : message("aid.deliveryForm." + d.deliveryForm(), locale));
            case IATI_IDENTIFIER -> single(d.iatiIdentifier());
            case OBJECTIVES -> labelled(locale, "aid.item.objectivesVi", d.objectivesVi(), "aid.item.objectivesEn",
                    d.objectivesEn());
            case DESCRIPTION -> labelled(locale, "aid.item.descriptionVi", d.descriptionVi(),
                    "aid.item.descriptionEn", d.descriptionEn());
            case PRIORITY_FIELD -> single(d.priorityField() == null ? null : priorityFields.byCode(d.priorityField())
                    .map(p -> p.code() + " · " + p.name(locale)).orElse(d.priorityField()));
            case DONOR -> single(organisation(d.donorId()));
            case IMPLEMENTER -> single(organisation(d.implementerId()));
            case OWNER_AGENCY -> single(agency(d.ownerAgencyId(), locale));
            case GOVERNING_AGENCY -> single(agency(d.governingAgencyId(), locale));
            case START_DATE -> single(d.plannedStart());
            case END_DATE -> single(d.plannedEnd());
            case DISASTER_DATE -> single(d.disasterOn());
            case TOTAL_VALUE -> single(d.totalValue());
            case COUNTERPART -> java.util.Arrays.asList(d.counterpartValue(), d.counterpartSource(),
                    d.counterpartForm() == null ? null : message("aid.counterpartForm." + d.counterpartForm(), locale));
            case BENEFICIARIES -> beneficiaries(d.beneficiaries(), locale);
            case SECTORS -> d.sectors().stream().map(s -> (Object) (s.sectorCode() + " · " + codelists
                    .sector(s.sectorCode()).map(e -> e.name(locale)).orElse("") + " · " + percent(s.percent())))
                    .toList();
            case LOCATIONS -> d.locations().stream().map(l -> (Object) (adminUnits.find(UnitSet.CURRENT,
                    l.communeCode()).map(u -> u.path(locale)).orElse(l.communeCode()) + " · " + percent(l.percent())))
                    .toList();
            case PARTIES -> d.parties().stream().map(p -> (Object) (message("aid.partyRole." + p.role(), locale)
                    + ": " + p.name())).toList();
            case CONTACTS -> d.contacts().stream().map(c -> (Object) String.join("; ", java.util.stream.Stream.of(
                    c.fullName(), c.position(), c.phone(), c.email()).filter(Objects::nonNull).toList())).toList();
            case PUBLIC_GROUPS -> d.publicGroups().stream()
                    .map(g -> (Object) message("aid.publicGroup." + g, locale)).toList();
        };
        return shown.stream().filter(v -> v != null && !(v instanceof String s && s.isBlank()))
                .map(v -> (Object) v).toList();
    }

    private List<@Nullable Object> labelled(Locale locale, @Nullable String... keysAndValues) {
        List<@Nullable Object> parts = new ArrayList<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            String value = keysAndValues[i + 1];
            if (value != null && !value.isBlank()) {
                parts.add(message(Objects.requireNonNull(keysAndValues[i]), locale) + ": " + value.strip());
            }
        }
        return parts;
    }

    private List<@Nullable Object> beneficiaries(Beneficiaries b, Locale locale) {
        List<@Nullable Object> parts = new ArrayList<>(labelled(locale, "aid.item.targetGroups", b.targetGroups()));
        String[] keys = {"aid.item.beneficiariesTotal", "aid.item.beneficiariesWomen", "aid.item.beneficiariesDisabled",
                "aid.item.beneficiariesEthnic", "aid.item.beneficiariesChildren"};
        Integer[] counts = {b.total(), b.women(), b.disabled(), b.ethnicMinority(), b.children()};
        for (int i = 0; i < keys.length; i++) {
            if (counts[i] != null) {
                parts.add(message(keys[i], locale) + ": " + counts[i]);
            }
        }
        return parts;
    }

    private static List<@Nullable Object> single(@Nullable Object value) {
        return java.util.Collections.singletonList(value);
    }

    private @Nullable String organisation(@Nullable Long id) {
        return id == null ? null : registry.find(id).map(OrganisationRef::name).orElse("#" + id);
    }

    private @Nullable String agency(@Nullable Long id, Locale locale) {
        return id == null ? null : agencies.find(id).map(a -> a.name(locale)).orElse("#" + id);
    }

    private static String percent(BigDecimal value) {
        return DescriptionField.amount(value) + " %";
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
