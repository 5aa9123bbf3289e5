package vn.vientro.aid.item;

import java.util.List;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
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

    /** Items re-indexed per transaction when all are. */
    private static final int BATCH = 500;

    private final AidItemQueries queries;
    private final SearchIndex index;
    private final AidItemDocuments documents;
    private final TransactionTemplate separately;

    AidItemIndexer(AidItemQueries queries, SearchIndex index, AidItemDocuments documents,
                   PlatformTransactionManager transactionManager) {
        this.queries = queries;
        this.index = index;
        this.documents = documents;
        this.separately = new TransactionTemplate(transactionManager);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
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

    /**
     * Sector names are copied into every item's document. A batch per transaction: a national portfolio (100,000
     * items) is not re-indexed under one transaction holding every document's row lock for minutes; a run cut short
     * is handed over again and starts over, which re-indexing allows.
     */
    @ApplicationModuleListener
    void on(CodelistsLoaded loaded) {
        List<Long> ids = queries.ids();
        for (int from = 0; from < ids.size(); from += BATCH) {
            List<Long> batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
            separately.executeWithoutResult(status -> batch.forEach(this::reindex));
        }
    }

    private void reindex(long id) {
        index.reindex("aid-item", Long.toString(id), () -> queries.find(id).map(documents::of));
    }
}
