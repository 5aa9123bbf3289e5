package vn.vientro.reporting.pivot;

import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.vientro.registry.OrganisationRef;
import vn.vientro.registry.Registry;
import vn.vientro.reporting.KeyLabels;

/**
 * Names the keys of a pivot's dimensions in the reader's language, from the modules that own them: fields, sectors,
 * communes and countries as the rest of reporting does ({@link KeyLabels}), organisations from the registry, kinds and statuses from the aid
 * module's words. An empty key is the money of items that name no such thing, and says so.
 */
@Component
class DimensionLabels {

    private final MessageSource messages;
    private final KeyLabels keys;
    private final Registry registry;

    DimensionLabels(MessageSource messages, KeyLabels keys, Registry registry) {
        this.messages = messages;
        this.keys = keys;
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
        Map<String, String> communes = dimension == PivotDimension.COMMUNE
                ? this.keys.communes(distinct.stream().filter(key -> !key.isEmpty()).collect(Collectors.toSet()), locale)
                : Map.of();
        Map<String, String> names = new HashMap<>();
        for (String key : distinct) {
            names.put(key, key.isEmpty() ? message("reporting.pivot.none." + dimension.name(), locale)
                    : dimension == PivotDimension.COMMUNE ? communes.getOrDefault(key, key)
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
            case FIELD -> keys.field(key, locale);
            case SECTOR, SECTOR_CATEGORY -> keys.codedSector(key, locale);
            case COMMUNE -> keys.commune(key, locale);
            case ORGANISATION -> organisations.containsKey(key) ? organisations.get(key).name() : key;
            case COUNTRY -> keys.country(key, locale);
            case KIND -> message("aid.kind." + key, locale);
            case STATUS -> message("aid.status." + key, locale);
        };
    }

    private String message(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, key, locale);
    }
}
