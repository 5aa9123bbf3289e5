package vn.vientro.search;

import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.vientro.platform.CurrentUser;
import vn.vientro.shared.Role;

/**
 * Who may search, and which documents they find: the one place for the search module's permissions. Which documents a
 * role or an agency may read is the owning module's to say, with its own policy, when it indexes them
 * ({@link SearchDocument#visibleTo()}); search only matches those labels against the ones the user holds. Indexing is
 * no one's permission: owners index from their listeners, after the change was allowed and committed.
 */
@Component("searchPolicy")
public class SearchPolicy {

    public static final String SEARCH = "@searchPolicy.canSearch()";

    /** Every member of staff searches; the public does not (yet). */
    public boolean canSearch() {
        return CurrentUser.holdsAny(Role.values());
    }

    /**
     * The labels of the documents the user finds: {@link SearchDocument#PUBLIC} for everyone, and for a member of
     * staff {@link SearchDocument#STAFF}, each of their roles by name and the agency they work for.
     */
    Set<String> findableLabels() {
        Set<String> labels = new LinkedHashSet<>();
        labels.add(SearchDocument.PUBLIC);
        if (!canSearch()) {
            return labels;
        }
        labels.add(SearchDocument.STAFF);
        for (Role role : Role.values()) {
            if (CurrentUser.holdsAny(role)) {
                labels.add(role.name());
            }
        }
        CurrentUser.agency().ifPresent(agency -> labels.add(CurrentUser.agencyAuthority(agency)));
        return labels;
    }
}
