package vn.vientro.registry.organisation;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.vientro.platform.Actor;
import vn.vientro.registry.OrganisationChanged;
import vn.vientro.registry.OrganisationRegistered;
import vn.vientro.registry.OrganisationStatusChanged;
import vn.vientro.registry.PermitChanged;
import vn.vientro.registry.PermitRecorded;
import vn.vientro.search.SearchDocument;
import vn.vientro.search.SearchIndex;
import vn.vientro.shared.Text;

/**
 * Feeds the shared search with an organisation, findable by every member of staff, after each change to it or to its
 * papers commits; and once a night, because "without a valid paper" changes with the date alone.
 */
@Component
class OrganisationIndexer {

    private final OrganisationQueries queries;
    private final SearchIndex index;

    OrganisationIndexer(OrganisationQueries queries, SearchIndex index) {
        this.queries = queries;
        this.index = index;
    }

    @ApplicationModuleListener
    void on(OrganisationRegistered registered) {
        reindex(registered.organisationId());
    }

    @ApplicationModuleListener
    void on(OrganisationChanged changed) {
        reindex(changed.organisationId());
    }

    @ApplicationModuleListener
    void on(OrganisationStatusChanged changed) {
        reindex(changed.organisationId());
    }

    @ApplicationModuleListener
    void on(PermitRecorded recorded) {
        reindex(recorded.organisationId());
    }

    @ApplicationModuleListener
    void on(PermitChanged changed) {
        reindex(changed.organisationId());
    }

    @Scheduled(cron = "${vientro.registry.organisation-reindex-cron:0 45 6 * * *}",
            zone = "${vientro.time-zone:Asia/Ho_Chi_Minh}")
    @SchedulerLock(name = "registry.organisation-reindex", lockAtMostFor = "30m")
    public void refreshDaily() {
        Actor.runAs("system:scheduler", () -> queries.allIds().forEach(this::reindex));
    }

    private void reindex(long organisationId) {
        index.reindex("organisation", Long.toString(organisationId),
                () -> queries.find(organisationId).map(OrganisationIndexer::document));
    }

    private static SearchDocument document(OrganisationView organisation) {
        String names = Stream.of(organisation.nameOriginal(), organisation.nameEn(), organisation.nameVi(),
                        organisation.abbreviation(), organisation.iatiIdentifier())
                .filter(name -> name != null && !name.isBlank()).distinct().collect(Collectors.joining(" "));
        Text subtitle = SearchDocument.joined(Text.of("registry.kind." + organisation.kind()),
                organisation.countryCode(), Text.of("registry.status." + organisation.status()),
                organisation.withoutValidPermit() ? Text.of("registry.withoutValidPermit") : null);
        String body = Stream.of(organisation.nameOriginal(), organisation.nameEn(), organisation.abbreviation(),
                        organisation.iatiIdentifier(), organisation.addressVn(), organisation.headOfOffice(),
                        String.join(" ", organisation.sectorCodes()), organisation.notes())
                .filter(part -> part != null && !part.isBlank()).collect(Collectors.joining(" · "));
        return new SearchDocument("organisation", Long.toString(organisation.id()),
                SearchDocument.name(organisation.displayName()), subtitle, body,
                "/app/registry/organisations/" + organisation.id(), Set.of(SearchDocument.STAFF), names);
    }
}
