package vn.vientro.mobilisation.need;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import vn.vientro.identity.Agencies;
import vn.vientro.identity.AgencyView;
import vn.vientro.mobilisation.MobilisationPolicy;
import vn.vientro.mobilisation.NeedDescribed;
import vn.vientro.mobilisation.NeedMoved;
import vn.vientro.mobilisation.NeedProposed;
import vn.vientro.mobilisation.NeedStatus;
import vn.vientro.platform.CurrentUser;
import vn.vientro.reference.AdminUnits;
import vn.vientro.reference.Codelists;
import vn.vientro.reference.PriorityField;
import vn.vientro.reference.PriorityFields;
import vn.vientro.reference.UnitSet;
import vn.vientro.search.SearchDocument;
import vn.vientro.search.SearchIndex;
import vn.vientro.shared.Text;

/**
 * Feeds the shared search with the catalogue's needs after each change commits, found by who may read them in their
 * lists ({@link MobilisationPolicy#mayRead}): a draft by its own agency only; once submitted, also by the provincial
 * roles that compile, approve and publish the catalogue. Found by their titles in both languages first, then by the
 * proposing agency, priority field, sectors and communes, then by their summary and objectives.
 */
@Component
class NeedIndexer {

    static final String TYPE = "need";

    /**
     * Below an aid item that matches as well: who types an agency or a place ("Sở Y tế", "Vĩnh Phúc") first means the
     * aid the province manages there, then the proposals still looking for a donor.
     */
    private static final double PROMINENCE = 0.8;

    private static final Logger log = LoggerFactory.getLogger(NeedIndexer.class);

    private final NeedQueries queries;
    private final SearchIndex index;
    private final MobilisationPolicy policy;
    private final Agencies agencies;
    private final PriorityFields priorityFields;
    private final Codelists codelists;
    private final AdminUnits adminUnits;

    NeedIndexer(NeedQueries queries, SearchIndex index, MobilisationPolicy policy, Agencies agencies,
                PriorityFields priorityFields, Codelists codelists, AdminUnits adminUnits) {
        this.queries = queries;
        this.index = index;
        this.policy = policy;
        this.agencies = agencies;
        this.priorityFields = priorityFields;
        this.codelists = codelists;
        this.adminUnits = adminUnits;
    }

    @ApplicationModuleListener
    void on(NeedProposed proposed) {
        reindex(proposed.needId());
    }

    @ApplicationModuleListener
    void on(NeedDescribed described) {
        reindex(described.needId());
    }

    @ApplicationModuleListener
    void on(NeedMoved moved) {
        reindex(moved.needId());
    }

    /**
     * Needs proposed before they were searchable: indexed once the application is ready, off its start-up path. Those
     * in the index are left to the events, so a start changes nothing that is already there.
     */
    @Async
    @EventListener(ApplicationReadyEvent.class)
    public void onReady() {
        indexMissing();
    }

    void indexMissing() {
        Set<String> indexed = index.ids(TYPE);
        int added = 0;
        for (long id : queries.ids()) {
            if (indexed.contains(Long.toString(id))) {
                continue;
            }
            try {
                reindex(id);
                added++;
            } catch (RuntimeException e) {
                log.error("Need {} not indexed for search", id, e);
            }
        }
        if (added > 0) {
            log.info("Indexed {} needs for search", added);
        }
    }

    private void reindex(long id) {
        index.reindex(TYPE, Long.toString(id), () -> queries.find(id).map(this::document));
    }

    private SearchDocument document(NeedView need) {
        Set<String> readers = new HashSet<>();
        readers.add(CurrentUser.agencyAuthority(need.agencyId()));
        if (need.status() != NeedStatus.DRAFT) {
            policy.rolesReadingSubmitted().forEach(role -> readers.add(role.name()));
        }
        Text title = Text.of("mobilisation.need.searchTitle", need.titleVi(),
                need.titleEn() == null ? need.titleVi() : need.titleEn());
        Optional<AgencyView> agency = agencies.find(need.agencyId());
        Text subtitle = SearchDocument.joined(Text.of("mobilisation.status." + need.status()),
                agency.map(proposer -> proposer.shortName() == null ? proposer.nameVi() : proposer.shortName())
                        .orElse(null));
        String body = joined(Stream.of(need.summaryVi(), need.summaryEn(), need.objectivesVi(),
                need.objectivesEn()));
        String names = joined(Stream.of(need.titleVi(), need.titleEn()));
        return new SearchDocument(TYPE, Long.toString(need.id()), title, subtitle, body,
                "/app/mobilisation/needs/" + need.id(), readers, names, related(need, agency), PROMINENCE);
    }

    /** The names of what the need refers to: its agency, priority field, sectors and communes, in both languages. */
    private String related(NeedView need, Optional<AgencyView> proposer) {
        List<String> related = new ArrayList<>();
        proposer.ifPresent(agency -> related.addAll(Stream.of(agency.nameVi(),
                agency.nameEn(), agency.shortName()).filter(Objects::nonNull).toList()));
        priorityFields.all().stream().filter(field -> field.code().equals(need.priorityField()))
                .findFirst().ifPresent(field -> related.addAll(names(field)));
        need.sectors().forEach(code -> codelists.sector(code).ifPresent(sector -> related.addAll(
                Stream.of(sector.nameVi(), sector.nameEn()).filter(Objects::nonNull).toList())));
        need.communes().forEach(code -> adminUnits.find(UnitSet.CURRENT, code).ifPresent(unit -> related.addAll(
                Stream.of(unit.path(), unit.pathEn()).filter(Objects::nonNull).toList())));
        return joined(related.stream());
    }

    private static List<String> names(PriorityField field) {
        return Stream.of(field.nameVi(), field.nameEn()).filter(Objects::nonNull).toList();
    }

    private static String joined(Stream<String> parts) {
        return parts.filter(Objects::nonNull).filter(part -> !part.isBlank()).collect(Collectors.joining(" · "));
    }
}
