package vn.vientro.aid.appraisal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import vn.vientro.aid.item.AidItemRecord;
import vn.vientro.identity.Agencies;
import vn.vientro.identity.AgencyKind;
import vn.vientro.identity.AgencyView;

/**
 * The agencies the appraisal lead normally asks for an item (DOMAIN.md §4.3): the configured topics of its kind,
 * each resolved to the agencies that answer it, never the lead's own agency (in most provinces the finance department
 * leads the appraisal and is also the agency the finance topic names).
 */
@Component
class DefaultOpinionSet {

    private final AppraisalRules rules;
    private final Agencies agencies;

    DefaultOpinionSet(AppraisalRules rules, Agencies agencies) {
        this.rules = rules;
        this.agencies = agencies;
    }

    /** @param leadAgency the appraisal lead's agency (the signed-in appraiser's) */
    List<ProposedRequest> propose(AidItemRecord item, long leadAgency) {
        List<AgencyView> active = agencies.all().stream().filter(AgencyView::active).toList();
        Map<String, ProposedRequest> proposed = new LinkedHashMap<>();
        for (OpinionTopic topic : rules.defaultTopics(item.kind())) {
            for (AgencyView agency : resolve(topic, item, active, leadAgency)) {
                if (agency.id() == leadAgency) {
                    continue;
                }
                proposed.putIfAbsent(agency.id() + ":" + topic,
                        new ProposedRequest(agency.id(), agency.nameVi(), topic));
            }
        }
        return new ArrayList<>(proposed.values());
    }

    private List<AgencyView> resolve(OpinionTopic topic, AidItemRecord item, List<AgencyView> active,
                                     long leadAgency) {
        return switch (topic) {
            case SECURITY -> ofKind(active, AgencyKind.POLICE);
            case FOREIGN_AFFAIRS -> agencies.focalPoints();
            case FINANCE -> ofKind(active, AgencyKind.FINANCE);
            case SECTOR -> ownerOrGoverning(item, AgencyKind.LINE_DEPARTMENT, leadAgency);
            case COMMUNE -> ownerOrGoverning(item, AgencyKind.COMMUNE_COMMITTEE, leadAgency);
            case OTHER -> List.of();
        };
    }

    private static List<AgencyView> ofKind(List<AgencyView> active, AgencyKind kind) {
        return active.stream().filter(agency -> agency.kind() == kind).toList();
    }

    /** The owner or governing agency of that kind, unless it is the appraisal lead (it does not ask itself). */
    private List<AgencyView> ownerOrGoverning(AidItemRecord item, AgencyKind kind, long leadAgency) {
        return Stream.of(item.ownerAgencyId(), item.governingAgencyId()).distinct()
                .map(agencies::find).flatMap(Optional::stream)
                .filter(agency -> agency.active() && agency.kind() == kind)
                .filter(agency -> !agency.appraisalLead() && agency.id() != leadAgency)
                .toList();
    }
}
