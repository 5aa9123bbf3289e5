package vn.vientro.aid.item;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * The catalogue of {@link ItemDescription}'s fields, read once from its components: what forms, the API, comparisons,
 * the history, the export and the decision draft walk over, and how a description is built from values by name.
 */
public final class ItemFields {

    private static final List<ItemField> ALL = Arrays.stream(ItemDescription.class.getRecordComponents())
            .map(ItemField::of)
            .toList();
    private static final Map<String, ItemField> BY_NAME = new LinkedHashMap<>();
    private static final Constructor<ItemDescription> CANONICAL;

    static {
        ALL.forEach(field -> BY_NAME.put(field.name(), field));
        try {
            CANONICAL = ItemDescription.class.getDeclaredConstructor(Arrays.stream(
                    ItemDescription.class.getRecordComponents()).map(RecordComponent::getType).toArray(Class[]::new));
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }

    private ItemFields() {
    }

    public static List<ItemField> all() {
        return ALL;
    }

    /** The currency an amount is in: the currency field declared right after it, if there is one. */
    public static Optional<ItemField> currencyOf(ItemField amount) {
        List<ItemField> all = all();
        int at = all.indexOf(amount);
        return amount.input() == ItemField.Input.DECIMAL && at >= 0 && at + 1 < all.size()
                && all.get(at + 1).reference() == ItemDescription.Reference.CURRENCY
                ? Optional.of(all.get(at + 1)) : Optional.empty();
    }

    public static Optional<ItemField> named(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    public static List<ItemField> where(Predicate<ItemField> condition) {
        return ALL.stream().filter(condition).toList();
    }

    public static List<ItemField> inSection(ItemDescription.Section section) {
        return where(field -> field.section() == section);
    }

    /** The amendment groups in the order of their first field. */
    public static List<String> groups() {
        return ALL.stream().map(ItemField::group).distinct().toList();
    }

    public static List<ItemField> inGroup(String group) {
        return where(field -> field.group().equals(group));
    }

    /** The exported fields, in their columns' order. */
    public static List<ItemField> exported() {
        return ALL.stream().filter(field -> field.spec().export() > 0)
                .sorted(java.util.Comparator.comparingInt(field -> field.spec().export())).toList();
    }

    /** A description whose fields are all empty. */
    static ItemDescription blank() {
        return build(Map.of());
    }

    /** A description from values by field name; a field not given is empty. */
    public static ItemDescription build(Map<String, ?> values) {
        Object[] arguments = new Object[ALL.size()];
        for (int i = 0; i < ALL.size(); i++) {
            ItemField field = ALL.get(i);
            Object value = values.get(field.name());
            if (value != null && !field.type().isInstance(value)) {
                throw new IllegalArgumentException(field.name() + " takes a " + field.type().getSimpleName()
                        + ", not a " + value.getClass().getSimpleName());
            }
            arguments[i] = value;
        }
        try {
            return CANONICAL.newInstance(arguments);
        } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot build an item description", e);
        }
    }

    /** A description read from a row holding its columns (as {@code select * from aid.aid_item} does). */
    public static ItemDescription fromRow(ResultSet row) throws SQLException {
        Map<String, Object> values = new LinkedHashMap<>();
        for (ItemField field : ALL) {
            Object value = row.getObject(field.column());
            if (value != null) {
                values.put(field.name(), columnValue(field, value));
            }
        }
        return build(values);
    }

    private static Object columnValue(ItemField field, Object value) {
        Class<?> type = field.type();
        if (type.isEnum()) {
            return enumConstant(type, value.toString());
        }
        if (type == LocalDate.class && value instanceof java.sql.Date date) {
            return date.toLocalDate();
        }
        if (type == Long.class && value instanceof Number number) {
            return number.longValue();
        }
        if (type == Integer.class && value instanceof Number number) {
            return number.intValue();
        }
        if (type == String.class) {
            return value.toString();
        }
        return value;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object enumConstant(Class<?> type, String name) {
        return Enum.valueOf((Class) type, name);
    }

    /** The description's values by field name (empty ones included, as null). */
    public static Map<String, @Nullable Object> values(ItemDescription description) {
        Map<String, @Nullable Object> values = new LinkedHashMap<>();
        ALL.forEach(field -> values.put(field.name(), field.valueOf(description)));
        return values;
    }

    /** The same description with one field changed. */
    public static ItemDescription with(ItemDescription description, String name, @Nullable Object value) {
        Map<String, @Nullable Object> values = values(description);
        values.put(name, value);
        return build(values);
    }
}
