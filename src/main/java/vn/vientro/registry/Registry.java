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
import vn.vientro.registry.organisation.OrganisationDetails;
import vn.vientro.registry.organisation.OrganisationNames;
import vn.vientro.registry.organisation.OrganisationRules;
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
    private final OrganisationRules rules;

    Registry(OrganisationQueries organisations, Funders funders, OrganisationRegistry registry,
             OrganisationRules rules) {
        this.organisations = organisations;
        this.funders = funders;
        this.registry = registry;
        this.rules = rules;
    }

    /** An organisation as another system reports it (an IATI file): its name, IATI identifier and type. */
    public record ReportedOrganisation(String name, @Nullable String iatiIdentifier, @Nullable String iatiOrgType) {
    }

    /**
     * Registers an organisation another system reports, as the registry's minimal record: its name as the original
     * name, its IATI identifier and type when well formed, its kind from the type (a government, a multilateral, a
     * company; any other foreign organisation counts as an NGO, which needs a registration paper, and is flagged as
     * lacking one until it is recorded). One already registered under the same IATI identifier or name is answered
     * instead, so two activities naming the same organisation register it once.
     *
     * @return the organisation's id
     */
    @PreAuthorize(RegistryPolicy.WRITE)
    @Transactional
    public long registerReported(ReportedOrganisation reported) {
        String name = reported.name().strip();
        if (name.length() > vn.vientro.shared.TextLength.NAME) {
            name = name.substring(0, vn.vientro.shared.TextLength.NAME);
        }
        String identifier = reported.iatiIdentifier() == null || reported.iatiIdentifier().isBlank()
                || !rules.wellFormedIatiIdentifier(reported.iatiIdentifier().strip()) ? null
                : reported.iatiIdentifier().strip();
        String type = reported.iatiOrgType() == null || !rules.knownIatiOrgType(reported.iatiOrgType().strip()) ? null
                : reported.iatiOrgType().strip();
        String reduced = OrganisationNames.reduce(name);
        for (vn.vientro.registry.organisation.OrganisationView known : organisations.similar(reduced, identifier,
                null)) {
            if (identifier != null && identifier.equalsIgnoreCase(known.iatiIdentifier())
                    || OrganisationNames.reduce(known.nameOriginal()).equals(reduced)) {
                return known.id();
            }
        }
        return registry.register(new OrganisationDetails(kindOf(type), name, null, null, null, null, identifier, type,
                null, null, null, null, null, null, List.of(), List.of(), List.of(), null), true);
    }

    /** IATI OrganisationType to the registry's kinds: 10, 11, 15 government; 40 multilateral; 70-73 companies. */
    private static OrganisationKind kindOf(@Nullable String type) {
        if (type == null) {
            return OrganisationKind.FOREIGN_NGO;
        }
        return switch (type) {
            case "10", "11", "15" -> OrganisationKind.FOREIGN_GOVERNMENT;
            case "40" -> OrganisationKind.MULTILATERAL;
            case "70", "71", "72", "73" -> OrganisationKind.FOREIGN_COMPANY_OR_INDIVIDUAL;
            default -> OrganisationKind.FOREIGN_NGO;
        };
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

    /** The ids of the organisations of a country (ISO code, any case): a donor country's filter, in one read. */
    public java.util.Set<Long> idsInCountry(String countryCode) {
        return java.util.Set.copyOf(organisations.idsInCountry(countryCode));
    }

    /**
     * Every organisation's country code by id, in one read of the two columns (a chart by donor country needs no more
     * of the thousands of donors it regroups); organisations without a country are absent.
     */
    public Map<Long, String> countryCodes() {
        return Map.copyOf(organisations.countryCodes());
    }

    /**
     * Every organisation's name, kind and country, by id: what a choice list of thousands of organisations needs, read
     * without their papers (a caller that sorts them may keep its sorted list while this reads the same).
     */
    public List<OrganisationChoice> choiceNames() {
        return organisations.choiceNames();
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
