package vn.vientro.registry.importing;

import java.text.Normalizer;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.vientro.registry.OrganisationKind;

/**
 * The words a sheet may use for headers and kinds: the codes, and the Vietnamese and English labels, compared
 * without case, diacritics or punctuation, so "Tên gốc", "TEN GOC" and "name_original" name one column.
 */
@Component
class ImportVocabulary {

    static final Locale VI = Locale.forLanguageTag("vi");
    static final Locale EN = Locale.ENGLISH;

    private final MessageSource messages;
    private final Map<String, ImportColumn> columns = new HashMap<>();
    private final Map<String, OrganisationKind> kinds = new HashMap<>();

    ImportVocabulary(MessageSource messages) {
        this.messages = messages;
        for (ImportColumn column : ImportColumn.values()) {
            columns.put(plain(column.code()), column);
            columns.put(plain(messages.getMessage(column.headerKey(), null, VI)), column);
            columns.put(plain(messages.getMessage(column.headerKey(), null, EN)), column);
        }
        for (OrganisationKind kind : OrganisationKind.values()) {
            kinds.put(plain(kind.name()), kind);
            kinds.put(plain(kindLabel(kind, VI)), kind);
            kinds.put(plain(kindLabel(kind, EN)), kind);
        }
    }

    Optional<ImportColumn> column(String header) {
        return Optional.ofNullable(columns.get(plain(header)));
    }

    Optional<OrganisationKind> kind(String text) {
        return Optional.ofNullable(kinds.get(plain(text)));
    }

    String header(ImportColumn column, Locale locale) {
        return messages.getMessage(column.headerKey(), null, locale);
    }

    String kindLabel(OrganisationKind kind, Locale locale) {
        return messages.getMessage("registry.kind." + kind.name(), null, locale);
    }

    Map<ImportColumn, String> headers(Locale locale) {
        Map<ImportColumn, String> headers = new EnumMap<>(ImportColumn.class);
        for (ImportColumn column : ImportColumn.values()) {
            headers.put(column, header(column, locale));
        }
        return headers;
    }

    String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    static String plain(String text) {
        return Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "");
    }
}
