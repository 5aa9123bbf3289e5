package vn.vientro.aid.appraisal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import vn.vientro.aid.AidPolicy;
import vn.vientro.aid.AidRules;
import vn.vientro.aid.AidStatus;
import vn.vientro.aid.item.AidItemTab;
import vn.vientro.aid.item.AidItemView;
import vn.vientro.audit.ReadChannel;
import vn.vientro.identity.Agencies;
import vn.vientro.identity.AgencyView;
import vn.vientro.platform.CurrentUser;

/**
 * The item page's appraisal tab: the opinions asked with their answers, the form to ask more (the default set ticked),
 * links to answer, withdraw and draft. Confidential rows are simply not there for those who may not read them.
 */
@Component
class AppraisalTab implements AidItemTab {

    private final Appraisals appraisals;
    private final AidPolicy policy;
    private final OpinionRequestQueries queries;
    private final Agencies agencies;
    private final AidRules rules;
    private final Clock clock;

    AppraisalTab(Appraisals appraisals, AidPolicy policy, OpinionRequestQueries queries, Agencies agencies,
                 AidRules rules, Clock clock) {
        this.appraisals = appraisals;
        this.policy = policy;
        this.queries = queries;
        this.agencies = agencies;
        this.rules = rules;
        this.clock = clock;
    }

    @Override
    public String key() {
        return "appraisal";
    }

    @Override
    public String labelKey() {
        return "aid.tab.appraisal";
    }

    @Override
    public int order() {
        return 70;
    }

    /** The provincial roles; an officer whose agency reads the item's opinions or was asked for one. */
    @Override
    public boolean visibleFor(AidItemView item) {
        return policy.readsAllOpinionsOf(item.item()) || queries.askedOf(item.id(),
                CurrentUser.agency().orElse(-1), policy.readsSecurityOpinions());
    }

    @Override
    public String fragment() {
        return "aid/appraisal/tab :: tab";
    }

    @Override
    public void fill(Model model, AidItemView item) {
        List<OpinionRequestView> opinions = appraisals.opinions(item.id(), ReadChannel.PAGE);
        model.addAttribute("opinions", opinions);
        boolean asks = policy.canAskOpinions(item.id());
        model.addAttribute("answerable", opinions.stream()
                .filter(opinion -> opinion.pending() && policy.mayAnswer(opinion.facts()))
                .map(OpinionRequestView::id).collect(Collectors.toSet()));
        model.addAttribute("withdrawable", opinions.stream().filter(opinion -> asks && opinion.pending())
                .map(OpinionRequestView::id).collect(Collectors.toSet()));
        model.addAttribute("opinionLimit", rules.opinion());
        model.addAttribute("silenceMeansConsent", rules.silenceMeansConsent());
        model.addAttribute("mayDraft", policy.canReadDrafts(item.id()));
        model.addAttribute("today", LocalDate.now(clock));
        boolean mayRequest = asks && item.item().status() == AidStatus.UNDER_APPRAISAL;
        model.addAttribute("mayRequest", mayRequest);
        if (mayRequest) {
            model.addAttribute("choices", choices(item, opinions));
            model.addAttribute("topics", OpinionTopic.values());
            model.addAttribute("opinionRequest", OpinionRequestForm.datedOn(LocalDate.now(clock)));
        }
    }

    /** Every active agency not asked yet: the default set first and ticked, then the others with their usual topic. */
    private List<Choice> choices(AidItemView item, List<OpinionRequestView> opinions) {
        Set<Long> asked = opinions.stream().filter(o -> !o.withdrawn()).map(OpinionRequestView::agencyId)
                .collect(Collectors.toSet());
        Map<Long, Choice> choices = new LinkedHashMap<>();
        for (ProposedRequest proposed : appraisals.proposal(item.id())) {
            if (!asked.contains(proposed.agencyId())) {
                choices.putIfAbsent(proposed.agencyId(), new Choice(proposed.agencyId(), proposed.agencyName(),
                        proposed.topic(), true));
            }
        }
        for (AgencyView agency : agencies.all()) {
            if (agency.active() && !asked.contains(agency.id())) {
                choices.putIfAbsent(agency.id(), new Choice(agency.id(), agency.nameVi(),
                        OpinionTopic.usualFor(agency), false));
            }
        }
        return new ArrayList<>(choices.values());
    }

    /** One line of the request form. */
    public record Choice(long agencyId, String agencyName, OpinionTopic topic, boolean proposed) {
    }
}
