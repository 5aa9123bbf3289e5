package vn.vientro.mobilisation;

import java.util.EnumSet;
import java.util.OptionalLong;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.vientro.mobilisation.catalogue.CatalogueQueries;
import vn.vientro.mobilisation.need.NeedFacts;
import vn.vientro.mobilisation.need.NeedQueries;
import vn.vientro.mobilisation.need.NeedVisibility;
import vn.vientro.mobilisation.plan.PlanQueries;
import vn.vientro.mobilisation.plan.PlanVisibility;
import vn.vientro.platform.CurrentUser;
import vn.vientro.shared.Role;

import static vn.vientro.shared.Role.AGENCY_OFFICER;
import static vn.vientro.shared.Role.APPRAISER;
import static vn.vientro.shared.Role.FOCAL_POINT;
import static vn.vientro.shared.Role.LEADER;

/**
 * Who may do what with the catalogue of needs: the one place for the mobilisation module's permissions. Services carry
 * the expressions below in {@code @PreAuthorize}; pages, lists and search ask the same methods. A proposer (an
 * officer of a line department, association or commune) sees and changes only its own agency's needs; the focal
 * point, the appraisal lead and leaders see every need once it is submitted, never another agency's draft. What the
 * need's state allows is not a permission: the service refuses it with a 409 problem after the check here.
 * <p>
 * A need that does not exist passes the need-level checks, so that the service answers 404 rather than 403.
 * <p>
 * Yearly mobilisation plans are the foreign-affairs focal point's to write (seed 003: the department of foreign
 * affairs drafts and carries out the plan); the appraisal lead and leaders read them whole. An agency officer reads
 * a plan only for the activities its agency leads or takes part in, and only those; no one else sees plans. A plan or
 * activity that does not exist passes as a need does.
 * <p>
 * Rewards are decisions the province publishes: every member of staff reads them; the focal point records them.
 * <p>
 * The foreign-affairs bulletin on the portal is the focal point's: it makes activities and rewards public.
 */
@Component("mobilisationPolicy")
public class MobilisationPolicy {

    public static final String LIST = "@mobilisationPolicy.canList()";
    public static final String READ = "@mobilisationPolicy.canRead(#needId)";
    public static final String PROPOSE = "@mobilisationPolicy.canPropose()";
    public static final String EDIT = "@mobilisationPolicy.canEdit(#needId)";
    public static final String MOVE = "@mobilisationPolicy.canPerform(#needId, #action)";
    public static final String READ_CATALOGUES = "@mobilisationPolicy.readsCatalogues()";
    public static final String READ_CATALOGUE_VERSION = "@mobilisationPolicy.canReadVersion(#versionId)";
    public static final String COMPILE = "@mobilisationPolicy.compiles()";
    public static final String APPROVE_CATALOGUE = "@mobilisationPolicy.approvesCatalogues()";
    public static final String READ_FUNNEL = "@mobilisationPolicy.readsFunnel()";
    public static final String READ_INTERESTS = "@mobilisationPolicy.canReadInterests(#needId)";
    public static final String RECORD_INTERESTS = "@mobilisationPolicy.recordsInterests()";
    public static final String READ_MATCHES = "@mobilisationPolicy.canReadMatches(#needId)";
    public static final String READS_MATCHES = "@mobilisationPolicy.readsMatches()";
    public static final String LIST_PLANS = "@mobilisationPolicy.canListPlans()";
    public static final String READ_PLAN = "@mobilisationPolicy.canReadPlan(#planId)";
    public static final String READ_ACTIVITY = "@mobilisationPolicy.canReadActivity(#activityId)";
    public static final String EDIT_PLANS = "@mobilisationPolicy.canEditPlans()";
    public static final String LIST_REWARDS = "@mobilisationPolicy.canListRewards()";
    public static final String EDIT_REWARDS = "@mobilisationPolicy.canEditRewards()";
    public static final String PUBLISH_BULLETIN = "@mobilisationPolicy.publishesBulletin()";

    /** Read every submitted need: the focal point, the appraisal lead who compiles the list, leaders who approve it. */
    private static final Set<Role> READ_SUBMITTED = EnumSet.of(FOCAL_POINT, APPRAISER, LEADER);
    /** The appraisal lead returns needs with comments and accepts them into the compiled list (seed 000 §II.7a). */
    private static final Set<Role> COMPILERS = EnumSet.of(APPRAISER);
    /** The Provincial People's Committee approves the catalogue by decision. */
    private static final Set<Role> DECIDERS = EnumSet.of(LEADER);
    /** The foreign-affairs focal point publishes the catalogue to NGOs and links the aid that funds a need. */
    private static final Set<Role> PUBLISHERS = EnumSet.of(FOCAL_POINT);
    private static final Set<Role> WITHDRAWERS = EnumSet.of(APPRAISER, FOCAL_POINT);
    /** The focal point runs mobilisation: it meets the organisations and records how far each has come. */
    private static final Set<Role> MOBILISERS = EnumSet.of(FOCAL_POINT);

    /** Read every plan and activity: the focal point who writes them, the appraisal lead, leaders. */
    private static final Set<Role> READ_PLANS = EnumSet.of(FOCAL_POINT, APPRAISER, LEADER);
    private static final Set<Role> PLANNERS = EnumSet.of(FOCAL_POINT);
    private static final Set<Role> STAFF = EnumSet.allOf(Role.class);
    private static final Set<Role> REWARD_KEEPERS = EnumSet.of(FOCAL_POINT);

    private final NeedQueries needs;
    private final CatalogueQueries versions;
    private final PlanQueries plans;

    MobilisationPolicy(NeedQueries needs, CatalogueQueries versions, PlanQueries plans) {
        this.needs = needs;
        this.versions = versions;
        this.plans = plans;
    }

    public boolean canList() {
        return readsSubmitted() || canPropose();
    }

    /** An officer with an agency proposes needs for that agency. */
    public boolean canPropose() {
        return CurrentUser.holdsAny(AGENCY_OFFICER) && CurrentUser.agency().isPresent();
    }

    /** The roles that read every need once it is submitted, for the search index. */
    public Set<Role> rolesReadingSubmitted() {
        return EnumSet.copyOf(READ_SUBMITTED);
    }

    public boolean readsSubmitted() {
        return CurrentUser.holdsAny(READ_SUBMITTED);
    }

    public boolean canRead(long needId) {
        return needs.facts(needId).map(this::mayRead).orElse(true);
    }

    public boolean mayRead(NeedFacts need) {
        return proposes(need) || readsSubmitted() && need.status() != NeedStatus.DRAFT;
    }

    public boolean canEdit(long needId) {
        return needs.facts(needId).map(this::proposes).orElse(true);
    }

    /** Acts for the proposing agency: its own officers only. */
    public boolean proposes(NeedFacts need) {
        return CurrentUser.holdsAny(AGENCY_OFFICER) && CurrentUser.worksFor(need.agencyId());
    }

    public boolean canPerform(long needId, NeedAction action) {
        return needs.facts(needId).map(need -> mayPerform(action, need)).orElse(true);
    }

    /** The same, for a step named by its slug in a path; an unknown slug passes, for the controller to answer 404. */
    public boolean canPerform(long needId, String actionSlug) {
        return NeedAction.fromSlug(actionSlug).map(action -> canPerform(needId, action)).orElse(true);
    }

    public boolean mayPerform(NeedAction action, NeedFacts need) {
        boolean role = switch (action) {
            case SUBMIT, RESUBMIT -> proposes(need);
            case RETURN, ACCEPT -> CurrentUser.holdsAny(COMPILERS);
            case APPROVE -> CurrentUser.holdsAny(DECIDERS);
            case PUBLISH, FUND -> CurrentUser.holdsAny(PUBLISHERS);
            case WITHDRAW -> proposes(need) || CurrentUser.holdsAny(WITHDRAWERS);
        };
        return role && mayRead(need);
    }

    /** Approved versions of the catalogue are read by everyone who works on it, agency officers included. */
    public boolean readsCatalogues() {
        return canList();
    }

    /** The appraisal lead compiles each version of a period's catalogue from the accepted needs. */
    public boolean compiles() {
        return CurrentUser.holdsAny(COMPILERS);
    }

    /** A leader approves a version of the catalogue by the province's decision. */
    public boolean approvesCatalogues() {
        return CurrentUser.holdsAny(DECIDERS);
    }

    /**
     * An approved version by every reader of the catalogue; a draft only by the provincial roles, since it lists
     * other agencies' needs that no decision has approved yet. A version that does not exist passes, for a 404.
     */
    public boolean canReadVersion(long versionId) {
        return versions.approved(versionId).map(approved -> approved ? readsCatalogues() : readsSubmitted())
                .orElse(true);
    }

    /** The whole funnel, every need's interests: the provincial roles that follow mobilisation. */
    public boolean readsFunnel() {
        return readsSubmitted();
    }

    /** A need's interests: the funnel's readers, and the proposing agency for its own need. */
    public boolean canReadInterests(long needId) {
        return needs.facts(needId).map(need -> proposes(need) || readsFunnel() && mayRead(need)).orElse(true);
    }

    /** Records an organisation's interest in a need and moves it through the funnel. */
    public boolean recordsInterests() {
        return CurrentUser.holdsAny(MOBILISERS);
    }

    /**
     * The organisations likely to fund a need, and the needs an organisation is likely to fund: the provincial roles
     * that follow mobilisation, as for the funnel, since both name organisations to approach.
     */
    public boolean readsMatches() {
        return readsFunnel();
    }

    public boolean canReadMatches(long needId) {
        return needs.facts(needId).map(need -> readsMatches() && mayRead(need)).orElse(true);
    }

    /** Which needs the user's lists and searches include: what {@link #mayRead} allows, as a filter. */
    public NeedVisibility visibility() {
        OptionalLong agency = CurrentUser.holdsAny(AGENCY_OFFICER) ? CurrentUser.agency() : OptionalLong.empty();
        return new NeedVisibility(readsSubmitted(), agency.isPresent() ? agency.getAsLong() : null);
    }

    public boolean canListPlans() {
        return readsAllPlans() || canPropose();
    }

    public boolean readsAllPlans() {
        return CurrentUser.holdsAny(READ_PLANS);
    }

    public boolean canEditPlans() {
        return CurrentUser.holdsAny(PLANNERS);
    }

    public boolean canReadPlan(long planId) {
        if (readsAllPlans() || !plans.planExists(planId)) {
            return true;
        }
        OptionalLong agency = officersAgency();
        return agency.isPresent() && plans.planInvolves(planId, agency.getAsLong());
    }

    public boolean canReadActivity(long activityId) {
        if (readsAllPlans()) {
            return true;
        }
        OptionalLong agency = officersAgency();
        return plans.activityInvolves(activityId, agency.isPresent() ? agency.getAsLong() : -1).orElse(true);
    }

    /** Which activities the user's plan pages and API show: what {@link #canReadActivity} allows, as a filter. */
    public PlanVisibility planVisibility() {
        OptionalLong agency = officersAgency();
        return new PlanVisibility(readsAllPlans(), agency.isPresent() ? agency.getAsLong() : null);
    }

    public boolean canListRewards() {
        return CurrentUser.holdsAny(STAFF);
    }

    public boolean canEditRewards() {
        return CurrentUser.holdsAny(REWARD_KEEPERS);
    }

    /** Makes a plan activity or a reward public in the foreign-affairs bulletin, or withdraws it. */
    public boolean publishesBulletin() {
        return CurrentUser.holdsAny(PUBLISHERS);
    }

    private static OptionalLong officersAgency() {
        return CurrentUser.holdsAny(AGENCY_OFFICER) ? CurrentUser.agency() : OptionalLong.empty();
    }
}
