package vn.vientro.platform;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.deser.jackson.JsonNodeDeserializer;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * How the application reads a client's JSON: an enum by its name, never by its ordinal ({@code "kind": 1} is
 * refused); an integer (an id, a version, a count) never from a number with a fraction ({@code 7.5} is not read as 7);
 * no text, in a record or in a tree, with a NUL character, which PostgreSQL cannot store. Spring's mapper for request
 * bodies follows these rules, and so does code that converts a client's JSON itself ({@link #mapper()}). A refusal is
 * the API's "unreadable" problem at the field.
 */
@Configuration(proxyBeanMethods = false)
public class StrictJson {

    private static final JsonMapper MAPPER = configure(JsonMapper.builder()).build();

    /** A mapper with the rules, for code that reads a client's JSON itself. */
    public static JsonMapper mapper() {
        return MAPPER;
    }

    @Bean
    JsonMapperBuilderCustomizer strictJsonInput() {
        return StrictJson::configure;
    }

    static JsonMapper.Builder configure(JsonMapper.Builder builder) {
        SimpleModule noNul = new SimpleModule("vientro-no-nul");
        noNul.addDeserializer(String.class, new TextWithoutNul());
        noNul.addDeserializer(JsonNode.class, new TreeWithoutNul());
        return builder.enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .addModule(noNul);
    }

    /** Whether the text holds a NUL character. */
    public static boolean hasNul(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\0') {
                return true;
            }
        }
        return false;
    }

    private static InvalidFormatException nul(JsonParser parser, String text) {
        return InvalidFormatException.from(parser, "text with a NUL character", text, String.class);
    }

    /** Jackson's own reading of a text, then the check: the refusal carries the property's path. */
    private static final class TextWithoutNul extends StringDeserializer {
        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws JacksonException {
            String text = super.deserialize(parser, context);
            if (text != null && hasNul(text)) {
                throw nul(parser, text);
            }
            return text;
        }
    }

    /** A tree (a body read as {@link JsonNode}) is walked whole: names and texts, the path of the first NUL kept. */
    private static final class TreeWithoutNul extends StdDeserializer<JsonNode> {

        TreeWithoutNul() {
            super(JsonNode.class);
        }

        @Override
        public JsonNode deserialize(JsonParser parser, DeserializationContext context) throws JacksonException {
            JsonNode tree = (JsonNode) JsonNodeDeserializer.getDeserializer(JsonNode.class).deserialize(parser, context);
            Deque<Object> path = new ArrayDeque<>();
            if (walk(tree, path)) {
                JacksonException refused = nul(parser, "\0");
                for (Object at : path) {
                    refused = at instanceof Integer index ? refused.prependPath(tree, index)
                            : refused.prependPath(tree, (String) at);
                }
                throw refused;
            }
            return tree;
        }

        @Override
        public JsonNode getNullValue(DeserializationContext context) {
            return tools.jackson.databind.node.NullNode.getInstance();
        }

        /** True when a NUL is found; {@code path} then holds the way to it, innermost first. */
        private static boolean walk(JsonNode node, Deque<Object> path) {
            if (node.isString()) {
                return hasNul(node.asString());
            }
            int index = 0;
            if (node.isArray()) {
                for (JsonNode element : node.values()) {
                    path.push(index++);
                    if (walk(element, path)) {
                        return true;
                    }
                    path.pop();
                }
            }
            for (Map.Entry<String, JsonNode> property : node.isObject() ? node.properties()
                    : java.util.Set.<Map.Entry<String, JsonNode>>of()) {
                path.push(property.getKey());
                if (hasNul(property.getKey()) || walk(property.getValue(), path)) {
                    return true;
                }
                path.pop();
            }
            return false;
        }
    }
}
