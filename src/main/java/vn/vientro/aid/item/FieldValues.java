package vn.vientro.aid.item;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import vn.vientro.shared.BusinessRuleException;
import vn.vientro.shared.CommonProblem;
import vn.vientro.shared.DateText;
import vn.vientro.shared.DecimalText;
import vn.vientro.shared.InvalidInputException;
import vn.vientro.shared.Money;

/**
 * Reads an item field's value from what a form or the API gave, checks it against its declaration, and writes it back
 * as a form shows it. Every refusal names the field, in the reader's language.
 */
public final class FieldValues {

    private FieldValues() {
    }

    /** What was typed in a form; blank is empty. */
    public static @Nullable Object parse(ItemField field, @Nullable String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String text = typed.strip();
        try {
            return switch (field.input()) {
                case TEXT, TEXT_AREA -> text;
                case NUMBER -> field.type() == Long.class ? (Object) Long.valueOf(text)
                        : (Object) Integer.valueOf(text);
                case DECIMAL -> AmountText.parse(text, field.name());
                case DATE -> DateText.parse(text);
                case YES_NO -> Boolean.valueOf(yes(text));
                case CHOICE -> enumConstant(field, text);
                case REFERENCE -> field.type() == Long.class ? (Object) Long.valueOf(text)
                        : field.reference() == ItemDescription.Reference.CURRENCY ? text.toUpperCase(Locale.ROOT)
                        : text;
            };
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new InvalidInputException(field.name(), "aid.item.field.unreadable", text);
        }
    }

    /** A value the API sent: a JSON string, number or boolean of the field's type. */
    public static @Nullable Object read(ItemField field, @Nullable JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (field.input() == ItemField.Input.YES_NO && node.isBoolean()) {
            return node.booleanValue();
        }
        if ((field.input() == ItemField.Input.NUMBER || field.input() == ItemField.Input.REFERENCE)
                && field.type() == Long.class && !node.isIntegralNumber() && !node.isString()) {
            throw unreadable(field, node.toString());
        }
        if (field.input() == ItemField.Input.DECIMAL && node.isNumber()) {
            return node.decimalValue();
        }
        if (field.input() == ItemField.Input.CHOICE && !node.isString()) {
            throw unreadable(field, node.toString());
        }
        try {
            return parse(field, node.isString() ? node.asString() : node.toString());
        } catch (InvalidInputException e) {
            throw new BusinessRuleException(CommonProblem.UNREADABLE, e.messageKey(), field.name(), e.arguments());
        }
    }

    /** Checks what the declaration asks of a value: given when required, not longer or larger than its column. */
    public static void check(ItemField field, @Nullable Object value) {
        if (field.required() && value == null) {
            throw new InvalidInputException(field.name(), field.labelKey() + ".required");
        }
        int max = field.spec().maxLength();
        if (max > 0 && value instanceof String text && text.length() > max) {
            throw new InvalidInputException(field.name(), "aid.item.field.tooLong", max);
        }
        if (value instanceof BigDecimal amount) { // the description's decimals are amounts of money
            DecimalText.requireFits(field.name(), amount, Money.PRECISION, Money.SCALE);
        }
    }

    /** How a form shows a value, so that saving the form unchanged keeps it. */
    public static String text(ItemField field, @Nullable Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.stripTrailingZeros().toPlainString();
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        if (value instanceof LocalDate date) {
            return DateText.of(date);
        }
        return value.toString();
    }

    /** Whether two values are the same for people: blank and missing are; line ends and trailing zeros are not told. */
    public static boolean same(@Nullable Object a, @Nullable Object b) {
        return canonical(a).equals(canonical(b));
    }

    public static String canonical(@Nullable Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.signum() == 0 ? "0" : decimal.stripTrailingZeros().toPlainString();
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        return value.toString().replace("\r\n", "\n").replace('\r', '\n').strip();
    }

    private static boolean yes(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1", "on" -> true;
            case "false", "no", "0", "off" -> false;
            default -> throw new NumberFormatException(text);
        };
    }

    private static Object enumConstant(ItemField field, String text) {
        for (Object constant : field.choices()) {
            if (((Enum<?>) constant).name().equalsIgnoreCase(text)) {
                return constant;
            }
        }
        throw new InvalidInputException(field.name(), "aid.item.field.notAChoice", text);
    }

    /** A value of the wrong JSON type is the API's "unreadable" problem, at its field, as Jackson's own would be. */
    private static BusinessRuleException unreadable(ItemField field, String value) {
        return new BusinessRuleException(CommonProblem.UNREADABLE, "aid.item.field.unreadable", field.name(), value);
    }
}
