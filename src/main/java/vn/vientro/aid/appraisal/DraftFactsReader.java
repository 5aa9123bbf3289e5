package vn.vientro.aid.appraisal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.vientro.aid.AidAction;
import vn.vientro.aid.item.AidItemView;
import vn.vientro.aid.lifecycle.DecisionView;
import vn.vientro.aid.lifecycle.Lifecycle;
import vn.vientro.aid.lifecycle.TimelineEntry;
import vn.vientro.identity.Agencies;
import vn.vientro.identity.AgencyHeads;
import vn.vientro.identity.AgencyKind;
import vn.vientro.identity.AgencyView;

/**
 * Gathers what the drafts state beyond an item's description: the latest conclusion of its appraisal (the report's
 * number, its date or else the day it was recorded, the recommendation and its reasons), the latest submission, the
 * approval decision, and the heads' titles from the agencies' data.
 */
@Component
class DraftFactsReader {

    private final Lifecycle lifecycle;
    private final Agencies agencies;
    private final AgencyHeads heads;
    private final Clock clock;

    DraftFactsReader(Lifecycle lifecycle, Agencies agencies, AgencyHeads heads, Clock clock) {
        this.lifecycle = lifecycle;
        this.agencies = agencies;
        this.heads = heads;
        this.clock = clock;
    }

    DraftFacts of(AidItemView item) {
        List<TimelineEntry> timeline = lifecycle.timeline(item.id());
        Optional<TimelineEntry> concluded = last(timeline, AidAction.CONCLUDE_APPRAISAL);
        Optional<DecisionView> approval = lifecycle.decisions(item.id()).stream()
                .filter(decision -> "APPROVAL".equals(decision.kind()) && decision.number() != null)
                .reduce((earlier, later) -> later);
        return new DraftFacts(concluded.flatMap(this::report).orElse(null),
                concluded.filter(entry -> entry.recommendation() != null)
                        .map(entry -> new DraftFacts.Conclusion(entry.recommendation(), entry.reason())).orElse(null),
                last(timeline, AidAction.PROPOSE_DECISION).flatMap(DraftFactsReader::paper).orElse(null),
                approval.map(decision -> new DraftFacts.Paper(decision.number(), decision.signedOn())).orElse(null),
                approval.map(DecisionView::signer).orElse(null), heads(item));
    }

    private static Optional<TimelineEntry> last(List<TimelineEntry> timeline, AidAction action) {
        return timeline.stream().filter(entry -> entry.action() == action).reduce((earlier, later) -> later);
    }

    /** The report is dated as given, else on the day its conclusion was recorded. */
    private Optional<DraftFacts.Paper> report(TimelineEntry concluded) {
        LocalDate recorded = LocalDate.ofInstant(concluded.occurredAt(), clock.getZone());
        return paper(concluded).map(paper -> paper.date() != null ? paper
                : new DraftFacts.Paper(paper.number(), recorded));
    }

    private static Optional<DraftFacts.Paper> paper(TimelineEntry entry) {
        return Optional.ofNullable(entry.referenceNumber())
                .map(number -> new DraftFacts.Paper(number, entry.referenceDate()));
    }

    private DraftFacts.Heads heads(AidItemView item) {
        List<AgencyView> active = agencies.all().stream().filter(AgencyView::active)
                .sorted(Comparator.comparingLong(AgencyView::id)).toList();
        Optional<AgencyView> lead = first(active, AgencyView::appraisalLead);
        Optional<AgencyView> committee = first(active, agency -> agency.kind() == AgencyKind.PEOPLES_COMMITTEE);
        Optional<AgencyView> office = first(active, agency -> agency.kind() == AgencyKind.PC_OFFICE);
        long owner = item.item().ownerAgencyId();
        // the owner is named once: a lead or an office owning the item is already charged by its other title
        boolean namedAlready = lead.filter(agency -> agency.id() == owner).isPresent()
                || office.filter(agency -> agency.id() == owner).isPresent();
        return new DraftFacts.Heads(title(lead), title(committee), title(office),
                namedAlready ? null : title(agencies.find(owner)));
    }

    private static Optional<AgencyView> first(List<AgencyView> agencies, Predicate<AgencyView> which) {
        return agencies.stream().filter(which).findFirst();
    }

    private @Nullable String title(Optional<AgencyView> agency) {
        return agency.map(found -> heads.title(found, DraftModel.VI)).orElse(null);
    }
}
