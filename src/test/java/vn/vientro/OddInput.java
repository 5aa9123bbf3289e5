package vn.vientro;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The odd input an attacker or a careless client sends, made from an operation's schema: a body whose every value of
 * one kind is odd and the others plausible, so that the request goes as deep as that kind can take it; the same
 * kinds as query parameters and path variables.
 */
enum OddInput {
    /** A NUL character in every text. */
    NUL,
    /**
     * A text 100,001 characters long, in one field at a time (a query parameter 5,000 long, in all at once: a longer
     * request line is Tomcat's to refuse).
     */
    LONG,
    /** Every number (amounts, rates, values) 10^20. */
    HUGE,
    /** Every integer (ids, versions, counts) beyond a long. */
    HUGE_INTEGER,
    /** Every enum as its ordinal number. */
    ORDINAL,
    /** Every integer (ids, versions, counts) with a fraction. */
    FRACTION,
    /** Every value of another JSON type than its schema's. */
    WRONG_TYPE,
    /** A {@code javascript:} URL in every field named as a web address. */
    SCRIPT_URL,
    /** Every value null. */
    NULLS,
    /** A body that is not JSON at all. */
    MALFORMED;

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String LONG_TEXT = "x".repeat(100_001);

    /** The odd values a path variable takes. */
    static final List<String> PATH_VALUES = List.of("7.5", "99999999999999999999", "%00", "-1", "abc");

    /**
     * The bodies of this kind for a JSON schema: none when it would be the plausible body itself. Long texts go one
     * field at a time, so that the first field refused does not hide a later one that nothing refuses.
     */
    Map<String, String> bodies(ApiDocument document, JsonNode schema) {
        if (this == MALFORMED) {
            return Map.of(name(), "{\"version\": ");
        }
        JsonNode plausible = value(document, schema, "", null);
        JsonNode odd = value(document, schema, "", this);
        if (odd.equals(plausible)) {
            return Map.of();
        }
        if (this != LONG) {
            return Map.of(name(), odd.toString());
        }
        Map<String, String> bodies = new java.util.LinkedHashMap<>();
        for (List<Object> path : longTexts(odd, new ArrayList<>(), new ArrayList<>())) {
            JsonNode body = plausible.deepCopy();
            JsonNode parent = body;
            for (Object step : path.subList(0, path.size() - 1)) {
                parent = step instanceof Integer index ? parent.get(index) : parent.get((String) step);
            }
            Object last = path.get(path.size() - 1);
            if (parent instanceof ObjectNode object) {
                object.put((String) last, LONG_TEXT);
            } else {
                ((ArrayNode) parent).set((Integer) last, NODES.stringNode(LONG_TEXT));
            }
            bodies.put(name() + " " + path, body.toString());
        }
        return bodies;
    }

    private static List<List<Object>> longTexts(JsonNode node, List<Object> at, List<List<Object>> found) {
        if (node.isString() && node.asString().length() == LONG_TEXT.length()) {
            found.add(List.copyOf(at));
        }
        int index = 0;
        for (JsonNode element : node.isArray() ? node.values() : List.<JsonNode>of()) {
            at.add(index++);
            longTexts(element, at, found);
            at.remove(at.size() - 1);
        }
        for (Map.Entry<String, JsonNode> property : node.isObject() ? node.properties()
                : java.util.Set.<Map.Entry<String, JsonNode>>of()) {
            at.add(property.getKey());
            longTexts(property.getValue(), at, found);
            at.remove(at.size() - 1);
        }
        return found;
    }

    /**
     * The query string of this kind: the odd value in each parameter it applies to, the others left out so that they
     * do not refuse the request first; null when it applies to none.
     */
    String query(ApiDocument document, List<ApiDocument.Parameter> parameters) {
        List<String> pairs = new ArrayList<>();
        for (ApiDocument.Parameter parameter : parameters) {
            String value = queryValue(document.schema(parameter.schema()));
            if (value != null) {
                pairs.add(parameter.name() + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        }
        return pairs.isEmpty() ? null : "?" + String.join("&", pairs);
    }

    private String queryValue(JsonNode schema) {
        String type = type(schema);
        boolean text = !schema.has("enum") && "string".equals(type) && !schema.has("format");
        boolean number = "integer".equals(type) || "number".equals(type);
        return switch (this) {
            case NUL -> text ? "a\u0000b" : null;
            case LONG -> text ? "x".repeat(5_000) : null;
            case HUGE -> number ? "1E+20" : null;
            case HUGE_INTEGER -> "integer".equals(type) ? "99999999999999999999" : null;
            case ORDINAL -> schema.has("enum") ? "1" : null;
            case FRACTION -> "integer".equals(type) ? "7.5" : null;
            case WRONG_TYPE -> text ? null : "@@";
            case NULLS -> "";
            case SCRIPT_URL, MALFORMED -> null;
        };
    }

    /** A multipart body of this kind for the schema's text fields and files, or null when the kind has no form. */
    String multipart(ApiDocument document, JsonNode schema, String boundary) {
        String text = switch (this) {
            case NUL -> "a\u0000b";
            case LONG -> LONG_TEXT;
            case WRONG_TYPE -> "@@";
            default -> null;
        };
        if (text == null) {
            return null;
        }
        StringBuilder body = new StringBuilder();
        for (Map.Entry<String, JsonNode> property : document.schema(schema).path("properties").properties()) {
            body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"")
                    .append(property.getKey()).append('"');
            if ("binary".equals(property.getValue().path("format").asString())) {
                String name = this == LONG ? LONG_TEXT.substring(0, 5_000) : text;
                body.append("; filename=\"").append(name).append(".pdf\"\r\nContent-Type: application/pdf\r\n\r\n")
                        .append("%PDF-1.4 not quite a paper");
            } else {
                body.append("\r\n\r\n").append(text);
            }
            body.append("\r\n");
        }
        return body.append("--").append(boundary).append("--\r\n").toString();
    }

    /** A value for the schema: plausible when {@code kind} is null, else odd where the kind applies. */
    private static JsonNode value(ApiDocument document, JsonNode reference, String name, OddInput kind) {
        JsonNode schema = document.schema(reference);
        if (kind == NULLS && !schema.has("properties")) {
            return NODES.nullNode();
        }
        String type = type(schema);
        if (schema.has("enum")) {
            return kind == ORDINAL ? NODES.numberNode(1) : kind == WRONG_TYPE ? NODES.numberNode(3)
                    : NODES.stringNode(schema.path("enum").get(0).asString());
        }
        return switch (type) {
            case "object" -> object(document, schema, kind);
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                array.add(value(document, schema.path("items"), name, kind));
                yield kind == WRONG_TYPE ? NODES.stringNode("x") : array;
            }
            case "integer" -> kind == HUGE_INTEGER ? NODES.numberNode(new java.math.BigInteger("99999999999999999999"))
                    : kind == FRACTION ? NODES.numberNode(new java.math.BigDecimal("7.5"))
                    : kind == WRONG_TYPE ? NODES.stringNode("abc") : NODES.numberNode(1);
            case "number" -> kind == HUGE ? NODES.numberNode(new java.math.BigDecimal("1E+20"))
                    : kind == WRONG_TYPE ? NODES.stringNode("abc") : NODES.numberNode(1);
            case "boolean" -> kind == WRONG_TYPE ? NODES.stringNode("maybe") : NODES.booleanNode(true);
            default -> text(schema, name, kind);
        };
    }

    private static JsonNode object(ApiDocument document, JsonNode schema, OddInput kind) {
        ObjectNode object = NODES.objectNode();
        List<String> names = new ArrayList<>();
        schema.path("properties").properties().forEach(p -> names.add(p.getKey()));
        for (String property : names) {
            object.set(property, value(document, schema.path("properties").path(property), property, kind));
        }
        return kind == WRONG_TYPE && names.isEmpty() ? NODES.numberNode(1) : object;
    }

    private static JsonNode text(JsonNode schema, String name, OddInput kind) {
        String format = schema.path("format").asString();
        if ("date".equals(format)) {
            return NODES.stringNode(kind == WRONG_TYPE ? "31/02/2026" : "2026-01-15");
        }
        if (kind == SCRIPT_URL) {
            return NODES.stringNode(name.toLowerCase(java.util.Locale.ROOT).matches(".*(website|url|link).*")
                    ? "javascript:alert(document.cookie)" : plausible(name));
        }
        return switch (kind == null ? NULLS : kind) {
            case NUL -> NODES.stringNode("a\u0000b");
            case LONG -> NODES.stringNode(LONG_TEXT);
            case WRONG_TYPE -> NODES.objectNode().put("x", 1);
            default -> NODES.stringNode(plausible(name));
        };
    }

    /** Texts that pass the first checks, so that the odd value of another kind is what the request is judged on. */
    private static String plausible(String name) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        if (lower.contains("currency")) {
            return "USD";
        }
        if (lower.contains("email")) {
            return "probe@example.org";
        }
        if (lower.matches(".*(website|url|link).*")) {
            return "https://example.org";
        }
        return "Thử 1";
    }

    private static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode each : type) {
                if (!"null".equals(each.asString())) {
                    return each.asString();
                }
            }
        }
        return type.isString() ? type.asString() : schema.has("properties") ? "object" : "string";
    }
}
