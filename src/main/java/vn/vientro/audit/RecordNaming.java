package vn.vientro.audit;

import java.text.Collator;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Turns recorded events into lines of the audit log: the table as users call it, the record by its name. */
@Component
class RecordNaming {

    private final List<RecordNames> modules;
    private final MessageSource messages;

    RecordNaming(List<RecordNames> modules, MessageSource messages) {
        this.modules = modules;
        this.messages = messages;
    }

    List<AuditLine> lines(List<AuditEvent> events, Locale locale) {
        List<AuditedRow> rows = events.stream().map(AuditedRow::new).toList();
        Map<Long, NamedRecord> names = new HashMap<>();
        modules.forEach(module -> names.putAll(module.name(rows, locale)));
        return events.stream().map(event -> new AuditLine(event, tableLabel(event.table(), locale),
                names.get(event.id()))).toList();
    }

    /** The audited tables with their names, in the order of the names. */
    List<TableChoice> tables(List<String> tables, Locale locale) {
        return tables.stream().map(table -> new TableChoice(table, tableLabel(table, locale)))
                .sorted(Comparator.comparing(TableChoice::label, Collator.getInstance(locale))).toList();
    }

    String tableLabel(String table, Locale locale) {
        return messages.getMessage("audit.table." + table, null, table, locale);
    }
}
