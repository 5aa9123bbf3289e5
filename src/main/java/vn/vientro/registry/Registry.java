package vn.vientro.registry;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.jspecify.annotations.Nullable;
import vn.vientro.registry.organisation.Funders;
import vn.vientro.registry.organisation.OrganisationQueries;
import vn.vientro.registry.organisation.OrganisationRegistry;
import vn.vientro.registry.organisation.StatusChange;
import vn.vientro.shared.NotFoundException;

/** What other modules may ask the registry: an organisation's name, kind, status and legal standing. */
@Service
@Transactional(readOnly = true)
public class Registry {

    private final OrganisationQueries organisations;
    private final Funders funders;
    private final OrganisationRegistry registry;

    Registry(OrganisationQueries organisations, Funders funders, OrganisationRegistry registry) {
        this.organisations = organisations;
        this.funders = funders;
        this.registry = registry;
    }

    /**
     * Puts the organisation under inspection (DOMAIN.md §7) by a decision, at the request of the module that inspects
     * it: the same status change as on the organisation's page, kept in its status history with its reason.
     */
    @PreAuthorize(RegistryPolicy.WRITE)
    @Transactional
    public void putUnderInspection(long organisationId, String reason, @Nullable String decisionNumber,
                                   java.time.@Nullable LocalDate decisionDate) {
        long version = organisations.find(organisationId)
                .orElseThrow(() -> new NotFoundException("organisation", organisationId)).version();
        registry.changeStatus(organisationId, version, new StatusChange(OrganisationStatus.UNDER_INSPECTION, reason,
                decisionNumber, decisionDate));
    }

    public Optional<OrganisationRef> find(long organisationId) {
        return organisations.find(organisationId).map(Registry::ref);
    }

    /**
     * Every name the organisation goes by (original, Vietnamese, English, abbreviation, IATI identifier), for other
     * modules' search documents: people look a donor up by any of them.
     */
    public List<String> names(long organisationId) {
        return organisations.find(organisationId).map(view -> Stream.of(view.nameOriginal(),
                        view.nameVi(), view.nameEn(), view.abbreviation(), view.iatiIdentifier())
                .filter(name -> name != null && !name.isBlank()).distinct().toList()).orElse(List.of());
    }

    /** Several organisations at once, for a list page; ids that do not exist are left out. */
    public Map<Long, OrganisationRef> findAll(Collection<Long> organisationIds) {
        if (organisationIds.isEmpty()) {
            return Map.of();
        }
        return organisations.findAll(organisationIds).stream().map(Registry::ref)
                .collect(Collectors.toMap(OrganisationRef::id, ref -> ref, (a, b) -> a));
    }

    /** Every organisation, in Vietnamese name order, for choice lists of other modules. */
    public List<OrganisationRef> choices() {
        return organisations.allInNameOrder().stream().map(Registry::ref).toList();
    }

    /**
     * Possible funders of a need, in one read: the organisations that declare its priority field, a sector of one of
     * its DAC categories (3 digits) or one of its communes, and the ones named (those with past aid like it), each
     * with its declared interests, standing and paper. Vietnamese agencies and partners are never funders.
     */
    public List<FunderProfile> funders(@Nullable String priorityField, Collection<String> sectorCategories,
                                       Collection<String> communeCodes, Collection<Long> alsoOrganisationIds) {
        return funders.declaringOrNamed(priorityField, sectorCategories, communeCodes, alsoOrganisationIds);
    }

    private static OrganisationRef ref(vn.vientro.registry.organisation.OrganisationView view) {
        return new OrganisationRef(view.id(), view.displayName(), view.abbreviation(), view.kind(), view.status(),
                view.countryCode(), view.iatiIdentifier(), view.withoutValidPermit());
    }
}
