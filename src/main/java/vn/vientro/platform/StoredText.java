package vn.vientro.platform;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import vn.vientro.shared.Money;
import vn.vientro.shared.Text;

/**
 * A {@link Text} as JSON, each argument with its type, so that a date stays a date and a status label stays a key until
 * the reader's language renders them: how notices and search results keep their words.
 */
public final class StoredText {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private StoredText() {
    }

    /** The arguments alone, for a table that keeps the key in a column of its own. */
    public static String arguments(Text text) {
        return JSON.writeValueAsString(array(text.arguments()));
    }

    public static Text read(String key, String arguments) {
        return new Text(key, values(JSON.readTree(arguments)));
    }

    /** The whole text, key and arguments. */
    public static String write(Text text) {
        ObjectNode node = JSON.createObjectNode();
        node.put("k", text.key()).set("a", array(text.arguments()));
        return JSON.writeValueAsString(node);
    }

    public static Text read(String json) {
        JsonNode node = JSON.readTree(json);
        return new Text(node.path("k").asString(), values(node.path("a")));
    }

    private static ArrayNode array(List<Object> arguments) {
        ArrayNode array = JSON.createArrayNode();
        arguments.forEach(argument -> array.add(node(argument)));
        return array;
    }

    private static ObjectNode node(Object argument) {
        ObjectNode node = JSON.createObjectNode();
        if (argument instanceof Text nested) {
            node.put("t", "text").put("k", nested.key()).set("a", array(nested.arguments()));
        } else if (argument instanceof LocalDate date) {
            node.put("t", "date").put("v", date.toString());
        } else if (argument instanceof Instant instant) {
            node.put("t", "instant").put("v", instant.toString());
        } else if (argument instanceof Money money) {
            node.put("t", "money").put("v", money.amount().toPlainString())
                    .put("c", money.currency().getCurrencyCode());
        } else if (argument instanceof BigDecimal decimal) {
            node.put("t", "decimal").put("v", decimal.toPlainString());
        } else if (argument instanceof Long || argument instanceof Integer) {
            node.put("t", "integer").put("v", ((Number) argument).longValue());
        } else if (argument instanceof String words) {
            node.put("t", "words").put("v", words);
        } else {
            throw new IllegalArgumentException("a notice argument cannot be a " + argument.getClass());
        }
        return node;
    }

    private static List<Object> values(JsonNode array) {
        List<Object> values = new ArrayList<>();
        for (JsonNode node : array) {
            values.add(switch (node.path("t").asString()) {
                case "text" -> new Text(node.path("k").asString(), values(node.path("a")));
                case "date" -> LocalDate.parse(node.path("v").asString());
                case "instant" -> Instant.parse(node.path("v").asString());
                case "money" -> Money.of(new BigDecimal(node.path("v").asString()), node.path("c").asString());
                case "decimal" -> new BigDecimal(node.path("v").asString());
                case "integer" -> node.path("v").asLong();
                default -> node.path("v").asString();
            });
        }
        return values;
    }
}
