package vn.vientro.aid.item;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.vientro.shared.Text;

/**
 * What changed between two descriptions, told the way the history tells a change: each field by its label with its
 * value before and after as people read it ({@link FieldDisplay}), each changed list (sectors, communes ...) as its
 * entries before and after.
 */
@Component
class DescriptionChanges {

    private final FieldDisplay display;
    private final MessageSource messages;

    DescriptionChanges(FieldDisplay display, MessageSource messages) {
        this.display = display;
        this.messages = messages;
    }

    /** The message keys of the labels of what changed: each changed field, each changed list, in the form's order. */
    static List<String> labelKeys(AidItemDetails before, AidItemDetails after) {
        List<String> keys = new ArrayList<>();
        for (DescriptionGroup group : DescriptionGroup.changedBetween(before, after)) {
            if (group.fields().isEmpty()) {
                keys.add(group.labelKey());
            }
            changedFields(group, before, after).forEach(field -> keys.add(field.labelKey()));
        }
        return keys;
    }

    /** Each change as a line in the reader's language: "Tổng giá trị: 240.000,00 USD → 999.999,00 USD". */
    List<String> lines(AidItemDetails before, AidItemDetails after, Locale locale) {
        List<String> lines = new ArrayList<>();
        for (DescriptionGroup group : DescriptionGroup.changedBetween(before, after)) {
            if (group.fields().isEmpty()) {
                lines.add(line(group.labelKey(), String.join("; ", display.show(group, before, locale)),
                        String.join("; ", display.show(group, after, locale)), locale));
            }
            for (ItemField field : changedFields(group, before, after)) {
                lines.add(line(field.labelKey(), shown(field, before, locale), shown(field, after, locale), locale));
            }
        }
        return lines;
    }

    private String shown(ItemField field, AidItemDetails details, Locale locale) {
        Object currency = ItemFields.currencyOf(field).map(of -> of.valueOf(details.fields())).orElse(null);
        return display.show(field, field.valueOf(details.fields()), currency, locale);
    }

    /** One change: a value set, changed or cleared. */
    String line(String labelKey, String before, String after, Locale locale) {
        String key = before.isEmpty() ? "aid.history.set" : after.isEmpty() ? "aid.history.cleared"
                : "aid.history.changed";
        return messages.getMessage(Text.of(key, Text.of(labelKey), before, after), locale);
    }

    private static List<ItemField> changedFields(DescriptionGroup group, AidItemDetails before,
                                                 AidItemDetails after) {
        return group.fields().stream()
                .filter(field -> !FieldValues.same(field.valueOf(before.fields()), field.valueOf(after.fields())))
                .toList();
    }
}
