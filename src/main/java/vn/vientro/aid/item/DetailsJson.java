package vn.vientro.aid.item;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.vientro.platform.StrictJson;
import vn.vientro.shared.InvalidInputException;

/**
 * An item's description as the API takes it: each field of {@link ItemDescription} by its name, beside the lists
 * ({@code sectors}, {@code locations}, {@code parties}, {@code contacts}, {@code publicGroups}). A value of the wrong
 * type is refused at its field; a property the description does not know is left alone.
 */
public final class DetailsJson {

    private static final JsonMapper JSON = StrictJson.mapper();

    private DetailsJson() {
    }

    public static AidItemDetails read(JsonNode body) {
        Map<String, Object> values = new HashMap<>();
        for (ItemField field : ItemFields.all()) {
            Object value = FieldValues.read(field, body.get(field.name()));
            if (value != null) {
                values.put(field.name(), value);
            }
        }
        return new AidItemDetails(ItemFields.build(values),
                list(body, "sectors", new TypeReference<List<SectorShare>>() { }),
                list(body, "locations", new TypeReference<List<LocationShare>>() { }).stream()
                        .map(share -> new LocationShare(share.communeCode(), "", null, share.percent())).toList(),
                list(body, "parties", new TypeReference<List<Party>>() { }),
                list(body, "contacts", new TypeReference<List<ItemContact>>() { }),
                Set.copyOf(list(body, "publicGroups", new TypeReference<List<PublicGroup>>() { })));
    }

    private static <T> List<T> list(JsonNode body, String name, TypeReference<List<T>> type) {
        JsonNode node = body.get(name);
        if (node == null || node.isNull()) {
            return List.of();
        }
        try {
            return JSON.convertValue(node, type);
        } catch (RuntimeException e) {
            throw new InvalidInputException(name, "aid.item.field.unreadable", node.toString());
        }
    }
}
