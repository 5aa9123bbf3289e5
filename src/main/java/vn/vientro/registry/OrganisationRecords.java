package vn.vientro.registry;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What another module keeps about an organisation (its aid items, for instance), listed on the organisation's page.
 * Implementations return only what the signed-in user may see.
 */
public interface OrganisationRecords {

    /** Message key of the tab that lists these records. */
    String titleKey();

    List<Entry> of(long organisationId);

    /**
     * One record: a label (code), its title, a status text already in the user's language, a link.
     *
     * @param flagged whether the record needs attention (shown with a text mark)
     */
    record Entry(String label, String title, @Nullable String status, @Nullable String detail, String href,
                 boolean flagged) {
    }
}
