package vn.vientro.reporting.pivot;

import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.vientro.reference.AdminUnits;
import vn.vientro.reference.CodelistItem;
import vn.vientro.reference.Codelists;
import vn.vientro.reference.PriorityFields;
import vn.vientro.reference.UnitSet;
import vn.vientro.registry.OrganisationRef;
import vn.vientro.registry.Registry;

/**
 * Names the keys of a pivot's dimensions in the reader's language, from the modules that own them: fields, sectors,
 * communes and countries from reference data, organisations from the registry, kinds and statuses from the aid
 * module's words. An empty key is the money of items that name no such thing, and says so.
 */
@Component
class DimensionLabels {

    private final MessageSource messages;
    private final PriorityFields fields;
    private final Codelists codelists;
    private final AdminUnits units;
    private final Registry registry;

    DimensionLabels(MessageSource messages, PriorityFields fields, Codelists codelists, AdminUnits units,
                    Registry registry) {
        this.messages = messages;
        this.fields = fields;
        this.codelists = codelists;
        this.units = units;
        this.registry = registry;
    }

    /** Each key's name, looked up once per key. */
    Map<String, String> names(PivotDimension dimension, Collection<String> keys, Locale locale) {
        Set<String> distinct = Set.copyOf(keys);
        Map<String, OrganisationRef> organisations = dimension == PivotDimension.ORGANISATION
                ? registry.findAll(distinct.stream().filter(key -> key.matches("\\d+")).map(Long::valueOf)
                        .collect(Collectors.toSet())).entrySet().stream()
                        .collect(Collectors.toMap(e -> e.getKey().toString(), Map.Entry::getValue))
                : Map.of();
        Map<String, String> names = new HashMap<>();
        for (String key : distinct) {
            names.put(key, key.isEmpty() ? message("reporting.pivot.none." + dimension.name(), locale)
                    : name(dimension, key, organisations, locale));
        }
        return names;
    }

    private String name(PivotDimension dimension, String key, Map<String, OrganisationRef> organisations,
                        Locale locale) {
        return switch (dimension) {
            case YEAR -> key;
            case QUARTER -> key.length() == 7 ? message("reporting.pivot.quarterOf", locale, key.substring(6),
                    key.substring(0, 4)) : key;
            case FIELD -> fields.byCode(key).map(field -> field.name(locale)).orElse(key);
            case SECTOR -> codelists.find(Codelists.SECTOR, key).map(item -> coded(item, locale)).orElse(key);
            case SECTOR_CATEGORY -> codelists.find(Codelists.SECTOR_CATEGORY, key).map(item -> coded(item, locale))
                    .orElse(key);
            case COMMUNE -> units.find(UnitSet.CURRENT, key).map(unit -> unit.fullName(locale)).orElse(key);
            case ORGANISATION -> organisations.containsKey(key) ? organisations.get(key).name() : key;
            case COUNTRY -> codelists.find(Codelists.COUNTRY, key).map(item -> item.name(locale)).orElse(key);
            case KIND -> message("aid.kind." + key, locale);
            case STATUS -> message("aid.status." + key, locale);
        };
    }

    private static String coded(CodelistItem item, Locale locale) {
        return item.code() + " " + item.name(locale);
    }

    private String message(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, key, locale);
    }
}
