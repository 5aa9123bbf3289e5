package vn.vientro.aid.item;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * One field of {@link ItemDescription} as the rest of the application sees it: its name (the JSON property, the form
 * parameter, the element id), its column, its label, its kind of input, and its declaration's attributes.
 */
public record ItemField(String name, String column, Class<?> type, ItemDescription.Field spec,
                        RecordComponent component) {

    /** The field of a record component: its column is its name in snake case. */
    static ItemField of(RecordComponent component) {
        String name = component.getName();
        return new ItemField(name, name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT),
                component.getType(), component.getAnnotation(ItemDescription.Field.class), component);
    }

    /** How a field is typed in and shown. */
    public enum Input {
        TEXT, TEXT_AREA, NUMBER, DECIMAL, DATE, YES_NO, CHOICE, REFERENCE
    }

    public String labelKey() {
        return spec.label().isEmpty() ? "aid.item." + name : spec.label();
    }

    public String group() {
        return spec.group();
    }

    public ItemDescription.Section section() {
        return spec.section();
    }

    public boolean required() {
        return spec.required();
    }

    public int width() {
        return spec.width();
    }

    public int rows() {
        return spec.rows();
    }

    public ItemDescription.Reference reference() {
        return spec.reference();
    }

    public Input input() {
        if (spec.reference() != ItemDescription.Reference.NONE) {
            return Input.REFERENCE;
        }
        if (type.isEnum()) {
            return Input.CHOICE;
        }
        if (type == Boolean.class) {
            return Input.YES_NO;
        }
        if (type == LocalDate.class) {
            return Input.DATE;
        }
        if (type == BigDecimal.class) {
            return Input.DECIMAL;
        }
        if (type == Integer.class || type == Long.class) {
            return Input.NUMBER;
        }
        return spec.rows() > 0 ? Input.TEXT_AREA : Input.TEXT;
    }

    /** The enum's constants, for a choice. */
    public Object[] choices() {
        return type.isEnum() ? type.getEnumConstants() : new Object[0];
    }

    /** The message key of an enum constant's label. */
    public String choiceKey(Object constant) {
        return spec.choices() + ((Enum<?>) constant).name();
    }

    public @Nullable Object valueOf(ItemDescription description) {
        try {
            return component.getAccessor().invoke(description);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + name, e);
        }
    }
}
