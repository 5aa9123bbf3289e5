package vn.vientro.aid.amendment;

import tools.jackson.databind.json.JsonMapper;
import vn.vientro.aid.item.AidItemDetails;

/** A description as a kept version holds it: the item API's JSON shape (its fields beside its lists). */
final class Snapshots {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Snapshots() {
    }

    static String write(AidItemDetails description) {
        return JSON.writeValueAsString(description);
    }

    static AidItemDetails read(String json) {
        return JSON.readValue(json, AidItemDetails.class);
    }
}
