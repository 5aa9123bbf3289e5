package vn.vientro.identity;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What another module keeps about an agency (its compliance scorecard, for instance), shown on the agency's page, as
 * the registry's {@code OrganisationRecords} are on an organisation's. Implementations return only what the signed-in
 * user may see; a contribution with nothing to show is left off the page.
 */
public interface AgencyRecords {

    /** Message key of the section that lists these records. */
    String titleKey();

    List<Entry> of(long agencyId);

    /**
     * One record: a label, its title, a status text already in the user's language, a detail, a link.
     *
     * @param flagged whether the record needs attention (shown with a text mark)
     */
    record Entry(String label, String title, @Nullable String status, @Nullable String detail, String href,
                 boolean flagged) {
    }
}
