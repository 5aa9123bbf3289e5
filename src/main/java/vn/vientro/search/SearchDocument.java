package vn.vientro.search;

import java.util.List;
import java.util.Arrays;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.vientro.shared.Text;

/**
 * A thing people may look for, as its owning module describes it. Title and subtitle are words to render in the
 * reader's language ({@code Text.of("search.name", name)} for a name that reads the same in every language).
 *
 * @param type      document kind, e.g. {@code organisation}, {@code permit}, {@code contact}
 * @param names     the short name fields (names, abbreviations, identifiers) matched with typo tolerance
 * @param visibleTo role names allowed to find it, {@link #STAFF} for every signed-in user, {@link #PUBLIC} for all
 * @param related   the names of what it refers to (parties, agencies, places, sectors), ranked below its own names
 *                  and above its description
 * @param prominence what its score is multiplied by: 1 for the records people mostly look for, less for those that
 *                  should follow them when both match as well
 */
public record SearchDocument(String type, String id, Text title, @Nullable Text subtitle, @Nullable String body,
                             String url, Set<String> visibleTo, String names, @Nullable String related,
                             double prominence) {

    public static final String STAFF = "STAFF";
    public static final String PUBLIC = "PUBLIC";

    public SearchDocument {
        if (!(prominence > 0 && prominence <= 1)) {
            throw new IllegalArgumentException("prominence " + prominence + " outside (0, 1]");
        }
    }

    /** A document as prominent as any. */
    public SearchDocument(String type, String id, Text title, @Nullable Text subtitle, @Nullable String body,
                          String url, Set<String> visibleTo, String names, @Nullable String related) {
        this(type, id, title, subtitle, body, url, visibleTo, names, related, 1);
    }

    /** A document that refers to nothing findable by name beyond its subtitle. */
    public SearchDocument(String type, String id, Text title, @Nullable Text subtitle, @Nullable String body,
                          String url, Set<String> visibleTo, String names) {
        this(type, id, title, subtitle, body, url, visibleTo, names, null);
    }

    /** A name or number that reads the same in every language. */
    public static Text name(String name) {
        return Text.of("search.name", name);
    }

    /** Parts shown one after the other ("VT-2026-0001 · Dự án · Đã nộp hồ sơ"), blank ones left out; none: null. */
    public static @Nullable Text joined(@Nullable Object... parts) {
        List<Object> shown = Arrays.stream(parts)
                .filter(part -> part != null && !(part instanceof String text && text.isBlank())).toList();
        return shown.isEmpty() ? null : new Text("search.parts." + shown.size(), shown);
    }
}
