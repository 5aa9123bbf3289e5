package vn.vientro.aid.item;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.vientro.audit.AuditEvent;
import vn.vientro.audit.AuditTrail;
import vn.vientro.shared.BusinessRuleException;

/**
 * The audit trail of an item's row told in words: for each change, the fields of the description that changed, with
 * their labels and their values before and after as people read them ({@link FieldDisplay}), and the status when it
 * moved. The raw rows stay beside the words for those who check them.
 */
@Component
class ChangeHistory {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final AuditTrail audit;
    private final FieldDisplay display;
    private final DescriptionChanges descriptionChanges;
    private final MessageSource messages;

    ChangeHistory(AuditTrail audit, FieldDisplay display, DescriptionChanges descriptionChanges,
                  MessageSource messages) {
        this.audit = audit;
        this.display = display;
        this.descriptionChanges = descriptionChanges;
        this.messages = messages;
    }

    /** One recorded change of the item's row, newest first. */
    record Entry(Instant occurredAt, String actor, String operation, List<String> changes, @Nullable String before,
                 @Nullable String after) {
    }

    List<Entry> of(long itemId, int limit, Locale locale) {
        List<AuditEvent> events = audit.historyOf("aid.aid_item", List.of(Long.toString(itemId)), limit);
        return events.stream().map(event -> new Entry(event.occurredAt(), event.actor(), event.operation(),
                changes(row(event.before()), row(event.after()), locale), event.before(), event.after())).toList();
    }

    private List<String> changes(@Nullable JsonNode before, @Nullable JsonNode after, Locale locale) {
        List<String> changes = new ArrayList<>();
        String statusBefore = text(before, "status");
        String statusAfter = text(after, "status");
        if (!Objects.equals(statusBefore, statusAfter) && statusAfter != null) {
            changes.add(change("aid.item.status", statusBefore == null ? "" : message("aid.status." + statusBefore,
                    locale), message("aid.status." + statusAfter, locale), locale));
        }
        for (ItemField field : ItemFields.all()) {
            Object was = value(field, before);
            Object is = value(field, after);
            if (!FieldValues.same(was, is)) {
                Optional<ItemField> currency = ItemFields.currencyOf(field);
                changes.add(change(field.labelKey(),
                        display.show(field, was, currency.map(of -> value(of, before)).orElse(null), locale),
                        display.show(field, is, currency.map(of -> value(of, after)).orElse(null), locale), locale));
            }
        }
        return changes;
    }

    private String change(String labelKey, String before, String after, Locale locale) {
        return descriptionChanges.line(labelKey, before, after, locale);
    }

    private static @Nullable Object value(ItemField field, @Nullable JsonNode row) {
        if (row == null) {
            return null;
        }
        JsonNode node = row.get(field.column());
        try {
            return FieldValues.read(field, node);
        } catch (BusinessRuleException e) {
            // a value kept from before the field's declaration changed: show it as it was stored
            return node == null ? null : node.asString();
        }
    }

    private static @Nullable String text(@Nullable JsonNode row, String column) {
        JsonNode node = row == null ? null : row.get(column);
        return node == null || node.isNull() ? null : node.asString();
    }

    private static @Nullable JsonNode row(@Nullable String json) {
        return json == null ? null : JSON.readTree(json);
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
