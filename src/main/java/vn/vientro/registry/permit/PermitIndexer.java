package vn.vientro.registry.permit;

import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import vn.vientro.registry.OrganisationChanged;
import vn.vientro.registry.PermitChanged;
import vn.vientro.registry.PermitRecorded;
import vn.vientro.registry.RegistryPolicy;
import vn.vientro.search.SearchDocument;
import vn.vientro.search.SearchIndex;
import vn.vientro.shared.Role;
import vn.vientro.shared.Text;

/**
 * Feeds the shared search with registration papers, findable only by those who may read them, after each change to a
 * paper commits, and again when its organisation's name may have changed (it is the paper's subtitle).
 */
@Component
class PermitIndexer {

    private final PermitQueries queries;
    private final SearchIndex index;
    private final Set<String> readers;

    PermitIndexer(PermitQueries queries, SearchIndex index, RegistryPolicy policy) {
        this.queries = queries;
        this.index = index;
        this.readers = policy.rolesReadingPermits().stream().map(Role::name).collect(Collectors.toSet());
    }

    @ApplicationModuleListener
    void on(PermitRecorded recorded) {
        reindex(recorded.permitId());
    }

    @ApplicationModuleListener
    void on(PermitChanged changed) {
        reindex(changed.permitId());
    }

    /** Each read again under its document's lock, in the order of their ids (SearchIndex#reindex). */
    @ApplicationModuleListener
    void on(OrganisationChanged changed) {
        queries.ofOrganisation(changed.organisationId()).stream().map(PermitView::id).sorted()
                .forEach(this::reindex);
    }

    private void reindex(long permitId) {
        index.reindex("permit", Long.toString(permitId), () -> queries.find(permitId).map(this::document));
    }

    private SearchDocument document(PermitView permit) {
        return new SearchDocument("permit", Long.toString(permit.id()),
                Text.of("registry.permit.searchTitle", permit.number()),
                SearchDocument.joined(permit.organisationName(),
                        Text.of("search.period", permit.validFrom(), permit.validUntil())),
                permit.scopeAreas() == null ? null
                        : permit.scopeAreas() + " " + (permit.scopeFields() == null ? "" : permit.scopeFields()),
                "/app/registry/permits/" + permit.id(), readers, permit.number());
    }
}
