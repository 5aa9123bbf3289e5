package vn.vientro.aid.item;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import vn.vientro.aid.AidItemDescribed;
import vn.vientro.aid.AidItemDrafted;
import vn.vientro.aid.AidItemMoved;
import vn.vientro.aid.ConsultationEnded;
import vn.vientro.aid.OpinionRequested;
import vn.vientro.reference.CodelistsLoaded;
import vn.vientro.registry.OrganisationChanged;
import vn.vientro.search.SearchIndex;

/**
 * Feeds the shared search with an aid item ({@link AidItemDocuments} says what it holds), findable by the provincial
 * roles and by the agencies involved with it, after each change to it commits; again when an organisation it names
 * changes, and all items when the codelists were reloaded (a sector renamed). (The public finds approved items through
 * the portal's own catalogue.)
 */
@Component
class AidItemIndexer {

    private final AidItemQueries queries;
    private final SearchIndex index;
    private final AidItemDocuments documents;

    AidItemIndexer(AidItemQueries queries, SearchIndex index, AidItemDocuments documents) {
        this.queries = queries;
        this.index = index;
        this.documents = documents;
    }

    @ApplicationModuleListener
    void on(AidItemDrafted drafted) {
        reindex(drafted.itemId());
    }

    @ApplicationModuleListener
    void on(AidItemDescribed described) {
        reindex(described.itemId());
    }

    @ApplicationModuleListener
    void on(AidItemMoved moved) {
        reindex(moved.itemId());
    }

    /** A consulted agency finds the item from now on (a security request lets no one in). */
    @ApplicationModuleListener
    void on(OpinionRequested requested) {
        reindex(requested.itemId());
    }

    @ApplicationModuleListener
    void on(ConsultationEnded ended) {
        reindex(ended.itemId());
    }

    /** Its names are in the documents of the items it gives, implements or partners. */
    @ApplicationModuleListener
    void on(OrganisationChanged changed) {
        queries.idsNaming(changed.organisationId()).forEach(this::reindex);
    }

    /** Sector names are copied into every item's document. */
    @ApplicationModuleListener
    void on(CodelistsLoaded loaded) {
        queries.ids().forEach(this::reindex);
    }

    private void reindex(long id) {
        queries.find(id).ifPresentOrElse(view -> index.put(documents.of(view)),
                () -> index.remove("aid-item", Long.toString(id)));
    }
}
