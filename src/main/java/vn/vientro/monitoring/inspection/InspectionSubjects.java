package vn.vientro.monitoring.inspection;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.vientro.aid.AidReportingQueries;
import vn.vientro.aid.ReportingBasis;
import vn.vientro.identity.Agencies;
import vn.vientro.identity.AgencyView;
import vn.vientro.registry.OrganisationRef;
import vn.vientro.registry.Registry;

/**
 * What an inspection may look at, through the owners' public APIs: approved aid items, the registry's organisations,
 * the active agencies; and the name of a subject in the reader's language.
 */
@Component
class InspectionSubjects {

    private final AidReportingQueries items;
    private final Registry registry;
    private final Agencies agencies;

    InspectionSubjects(AidReportingQueries items, Registry registry, Agencies agencies) {
        this.items = items;
        this.registry = registry;
        this.agencies = agencies;
    }

    /** The approved item, for its owner agency; empty if there is none or it was never approved. */
    Optional<ReportingBasis> approvedItem(long itemId) {
        return items.basis(itemId).filter(item -> item.status().wasApproved() && item.approvedOn() != null);
    }

    boolean organisationExists(long organisationId) {
        return registry.find(organisationId).isPresent();
    }

    boolean agencyExists(long agencyId) {
        return agencies.find(agencyId).filter(AgencyView::active).isPresent();
    }

    List<ReportingBasis> itemChoices() {
        return items.approvedItems();
    }

    List<OrganisationRef> organisationChoices() {
        return registry.choices();
    }

    List<AgencyView> agencyChoices() {
        return agencies.all().stream().filter(AgencyView::active).toList();
    }

    /** The rows with their subjects named: an item by its number and name, an organisation, an agency. */
    List<InspectionRow> named(List<InspectionRow> rows, Locale locale) {
        return rows.stream().map(row -> row.named(name(row.subjectKind(), row.subjectId(), locale))).toList();
    }

    String name(SubjectKind kind, @Nullable Long id, Locale locale) {
        if (id == null) {
            return "";
        }
        return switch (kind) {
            case AID_ITEM -> items.basis(id).map(item -> itemName(item, locale)).orElse("");
            case ORGANISATION -> registry.find(id).map(OrganisationRef::name).orElse("");
            case AGENCY -> agencies.find(id).map(agency -> agency.name(locale)).orElse("");
        };
    }

    /** The foreign NGO an inspection concerns: the organisation inspected, or the donor of the item inspected. */
    Optional<OrganisationRef> inspectedNgo(SubjectKind kind, @Nullable Long id) {
        if (id == null || kind == SubjectKind.AGENCY) {
            return Optional.empty();
        }
        long organisation = kind == SubjectKind.ORGANISATION ? id
                : items.basis(id).map(item -> item.donorId()).orElse(-1L);
        return registry.find(organisation);
    }

    static String itemName(ReportingBasis item, Locale locale) {
        String name = "en".equals(locale.getLanguage()) && item.nameEn() != null ? item.nameEn() : item.nameVi();
        return item.code() + " · " + name;
    }
}
