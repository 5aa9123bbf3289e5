package vn.vientro.interchange.importing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSourceResolvable;

/**
 * The schema's complaints in the reader's language: the JDK's validator (Xerces) words them in English only, each
 * starting with its key ({@code cvc-complex-type.2.4.a: Invalid content was found starting with element ...}); the
 * common ones are read back into their key and arguments, after the validator's own English texts
 * ({@code XMLSchemaMessages.properties}), and shown through {@code interchange.schema.<key>}. A complaint not read
 * back is shown as the validator said it.
 */
final class SchemaMessages {

    /** The validator's English texts after their key, arguments as {@code {n}}, quotes as printed. */
    private static final Map<String, String> ENGLISH = new LinkedHashMap<>();

    static {
        ENGLISH.put("cvc-complex-type.2.1", "Element '{0}' must have no character or element information item "
                + "[children], because the type's content type is empty.");
        ENGLISH.put("cvc-complex-type.2.2", "Element '{0}' must have no element [children], and the value must be "
                + "valid.");
        ENGLISH.put("cvc-complex-type.2.3", "Element '{0}' cannot have character [children], because the type's "
                + "content type is element-only.");
        ENGLISH.put("cvc-complex-type.2.4.a", "Invalid content was found starting with element '{0}'. One of '{1}' "
                + "is expected.");
        ENGLISH.put("cvc-complex-type.2.4.b", "The content of element '{0}' is not complete. One of '{1}' is "
                + "expected.");
        ENGLISH.put("cvc-complex-type.2.4.d", "Invalid content was found starting with element '{0}'. No child "
                + "element is expected at this point.");
        ENGLISH.put("cvc-complex-type.2.4.e", "'{0}' can occur a maximum of '{2}' times in the current sequence. "
                + "This limit was exceeded. At this point one of '{1}' is expected.");
        ENGLISH.put("cvc-complex-type.2.4.f", "'{0}' can occur a maximum of '{1}' times in the current sequence. "
                + "This limit was exceeded. No child element is expected at this point.");
        ENGLISH.put("cvc-complex-type.3.2.2", "Attribute '{1}' is not allowed to appear in element '{0}'.");
        ENGLISH.put("cvc-complex-type.4", "Attribute '{1}' must appear on element '{0}'.");
        ENGLISH.put("cvc-datatype-valid.1.2.1", "'{0}' is not a valid value for '{1}'.");
        ENGLISH.put("cvc-datatype-valid.1.2.3", "'{0}' is not a valid value of union type '{1}'.");
        ENGLISH.put("cvc-enumeration-valid", "Value '{0}' is not facet-valid with respect to enumeration '{1}'. It "
                + "must be a value from the enumeration.");
        ENGLISH.put("cvc-minLength-valid", "Value '{0}' with length = '{1}' is not facet-valid with respect to "
                + "minLength '{2}' for type '{3}'.");
        ENGLISH.put("cvc-maxLength-valid", "Value '{0}' with length = '{1}' is not facet-valid with respect to "
                + "maxLength '{2}' for type '{3}'.");
        ENGLISH.put("cvc-pattern-valid", "Value '{0}' is not facet-valid with respect to pattern '{1}' for type "
                + "'{2}'.");
        ENGLISH.put("cvc-minInclusive-valid", "Value '{0}' is not facet-valid with respect to minInclusive '{1}' "
                + "for type '{2}'.");
        ENGLISH.put("cvc-maxInclusive-valid", "Value '{0}' is not facet-valid with respect to maxInclusive '{1}' "
                + "for type '{2}'.");
        ENGLISH.put("cvc-fractionDigits-valid", "Value '{0}' has {1} fraction digits, but the number of fraction "
                + "digits has been limited to {2}.");
        ENGLISH.put("cvc-totalDigits-valid", "Value '{0}' has {1} total digits, but the number of total digits has "
                + "been limited to {2}.");
        ENGLISH.put("cvc-attribute.3", "The value '{2}' of attribute '{1}' on element '{0}' is not valid with "
                + "respect to its type, '{3}'.");
        ENGLISH.put("cvc-type.3.1.3", "The value '{1}' of element '{0}' is not valid.");
        ENGLISH.put("cvc-elt.1.a", "Cannot find the declaration of element '{0}'.");
        ENGLISH.put("cvc-id.2", "There are multiple occurrences of ID value '{0}'.");
    }

    private static final Pattern KEYED = Pattern.compile("^([a-zA-Z][\\w.-]{0,60}): (.*)$", Pattern.DOTALL);
    private static final Map<String, Compiled> PATTERNS = new LinkedHashMap<>();

    static {
        ENGLISH.forEach((key, text) -> PATTERNS.put(key, compile(text)));
    }

    /** A template as a pattern; {@code order} the argument number of each group. */
    private record Compiled(Pattern pattern, List<Integer> order, int arguments) {
    }

    private SchemaMessages() {
    }

    /** The complaint as a message of the reader's language, with the validator's words as the fallback. */
    static Message of(String message) {
        return parse(message).orElseGet(() -> new Message("interchange.schema.unknown", List.of(message), message));
    }

    /** The key ({@code interchange.schema.<validator key>}) and arguments, if the complaint is one read back. */
    static Optional<Message> parse(String message) {
        Matcher keyed = KEYED.matcher(message.strip());
        if (!keyed.matches()) {
            return Optional.empty();
        }
        Compiled compiled = PATTERNS.get(keyed.group(1));
        if (compiled == null) {
            return Optional.empty();
        }
        Matcher matcher = compiled.pattern().matcher(keyed.group(2));
        if (!matcher.matches()) {
            return Optional.empty();
        }
        Object[] arguments = new Object[compiled.arguments()];
        for (int group = 1; group <= matcher.groupCount(); group++) {
            arguments[compiled.order().get(group - 1)] = matcher.group(group);
        }
        List<Object> values = new ArrayList<>();
        for (Object argument : arguments) {
            values.add(argument == null ? "" : argument);
        }
        return Optional.of(new Message("interchange.schema." + keyed.group(1), values, message));
    }

    private static Compiled compile(String template) {
        StringBuilder regex = new StringBuilder();
        List<Integer> order = new ArrayList<>();
        Matcher placeholder = Pattern.compile("\\{(\\d)}").matcher(template);
        int at = 0;
        int highest = -1;
        while (placeholder.find()) {
            regex.append(Pattern.quote(template.substring(at, placeholder.start()))).append("(.*?)");
            int number = Integer.parseInt(placeholder.group(1));
            order.add(number);
            highest = Math.max(highest, number);
            at = placeholder.end();
        }
        regex.append(Pattern.quote(template.substring(at)));
        return new Compiled(Pattern.compile(regex.toString(), Pattern.DOTALL), order, highest + 1);
    }

    /** A complaint to show: resolved by the message source, the validator's words when the key has no text. */
    record Message(String key, List<Object> arguments, String original) implements MessageSourceResolvable {

        @Override
        public String[] getCodes() {
            return new String[] {key};
        }

        @Override
        public Object[] getArguments() {
            return arguments.toArray();
        }

        @Override
        public @Nullable String getDefaultMessage() {
            return original;
        }
    }
}
