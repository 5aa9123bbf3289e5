package vn.vientro.aid.item;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.vientro.reference.AdminUnits;
import vn.vientro.reference.PriorityFields;
import vn.vientro.reference.UnitSet;
import vn.vientro.shared.Text;

/** The aid list's filter in words, so a folded filter bar still says what the list shows. */
@Component
class ListFilterSummary {

    private final MessageSource messages;
    private final PriorityFields priorityFields;
    private final AdminUnits adminUnits;

    ListFilterSummary(MessageSource messages, PriorityFields priorityFields, AdminUnits adminUnits) {
        this.adminUnits = adminUnits;
        this.messages = messages;
        this.priorityFields = priorityFields;
    }

    /** What the list is narrowed by, in words ("Trạng thái: Đang thẩm định"), for the folded filter's summary. */
    List<String> applied(AidItemController.ListParameters filter) {
        Locale locale = LocaleContextHolder.getLocale();
        List<String> applied = new ArrayList<>();
        BiConsumer<String, String> add = (label, value) -> applied.add(messages.getMessage(
                Text.of("aid.item.labelled", Text.of(label), value), locale));
        if (filter.getQ() != null && !filter.getQ().isBlank()) {
            add.accept("aid.filter.text", "“" + filter.getQ().strip() + "”");
        }
        if (filter.getStatus() != null) {
            add.accept("aid.item.status", messages.getMessage("aid.status." + filter.getStatus(), null, locale));
        }
        if (filter.getKind() != null) {
            add.accept("aid.item.kind", messages.getMessage("aid.kind." + filter.getKind(), null, locale));
        }
        if (filter.getField() != null && !filter.getField().isBlank()) {
            add.accept("aid.item.priorityField", priorityFields.byCode(filter.getField())
                    .map(field -> field.name(locale)).orElse(filter.getField()));
        }
        if (filter.getCommune() != null && !filter.getCommune().isBlank()) {
            String commune = filter.getCommune().strip();
            add.accept("aid.filter.commune", adminUnits.describe(UnitSet.CURRENT, commune).orElse(commune));
        }
        if (filter.getYear() != null) {
            add.accept("aid.filter.year", filter.getYear().toString());
        }
        if (filter.isMine()) {
            applied.add(messages.getMessage("aid.filter.mine", null, locale));
        }
        if (filter.isOverdue()) {
            applied.add(messages.getMessage("aid.filter.overdue", null, locale));
        }
        return applied;
    }

}
