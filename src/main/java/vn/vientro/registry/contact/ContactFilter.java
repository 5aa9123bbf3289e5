package vn.vientro.registry.contact;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Filters of the contact list; every part optional. {@code text} matches names, titles and interests. */
public record ContactFilter(@Nullable ContactKind kind, @Nullable Long organisationId, @Nullable String text,
                            @Nullable String language, int page, int pageSize) {

    public ContactFilter {
        text = text == null || text.isBlank() ? null : text.trim();
        language = language == null || language.isBlank() ? null : language.trim().toLowerCase(Locale.ROOT);
        page = Math.max(page, 0);
        pageSize = Math.max(1, Math.min(pageSize, 500));
    }

    public static ContactFilter all() {
        return new ContactFilter(null, null, null, null, 0, 50);
    }
}
