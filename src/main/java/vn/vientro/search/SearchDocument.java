package vn.vientro.search;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A thing people may look for, as its owning module describes it.
 *
 * @param type      document kind, e.g. {@code organisation}, {@code permit}, {@code contact}
 * @param names     the short name fields (names, abbreviations, identifiers) matched with typo tolerance
 * @param visibleTo role names allowed to find it, {@link #STAFF} for every signed-in user, {@link #PUBLIC} for all
 */
public record SearchDocument(String type, String id, String title, @Nullable String subtitle, @Nullable String body,
                             String url, Set<String> visibleTo, String names) {

    public static final String STAFF = "STAFF";
    public static final String PUBLIC = "PUBLIC";
}
