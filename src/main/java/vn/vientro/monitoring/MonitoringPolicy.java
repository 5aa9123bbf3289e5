package vn.vientro.monitoring;

import static vn.vientro.shared.Role.AGENCY_OFFICER;
import static vn.vientro.shared.Role.APPRAISER;
import static vn.vientro.shared.Role.FOCAL_POINT;
import static vn.vientro.shared.Role.LEADER;
import static vn.vientro.shared.Role.SECURITY;

import java.util.EnumSet;
import java.util.OptionalLong;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.vientro.monitoring.duty.DutyFacts;
import vn.vientro.monitoring.duty.DutyQueries;
import vn.vientro.monitoring.evaluation.EvaluationQueries;
import vn.vientro.monitoring.inspection.InspectionFacts;
import vn.vientro.monitoring.inspection.InspectionQueries;
import vn.vientro.platform.CurrentUser;
import vn.vientro.shared.Role;

/**
 * Who may see which reporting duties and their reports: the one place for the monitoring module's permissions. Services carry the
 * expressions below in {@code @PreAuthorize}; the list's query takes {@link #agencyScope()} so an officer's list, page
 * or API, holds only their agency's duties.
 */
@Component("monitoringPolicy")
public class MonitoringPolicy {

    public static final String LIST_DUTIES = "@monitoringPolicy.canListDuties()";
    public static final String READ_RULES = "@monitoringPolicy.canReadRules()";
    public static final String EDIT_RULES = "@monitoringPolicy.canEditRules()";
    public static final String DRAFT_REMINDERS = "@monitoringPolicy.canDraftReminders()";
    public static final String READ_REPORT = "@monitoringPolicy.canReadReport(#dutyId)";
    public static final String WRITE_REPORT = "@monitoringPolicy.canWriteReport(#dutyId)";
    public static final String REVIEW_REPORT = "@monitoringPolicy.canReviewReport(#dutyId)";
    public static final String LIST_EVALUATIONS = "@monitoringPolicy.canListDuties()";
    public static final String READ_EVALUATION = "@monitoringPolicy.canReadEvaluation(#evaluationId)";
    public static final String RECORD_EVALUATION = "@monitoringPolicy.canRecordEvaluations()";
    public static final String EDIT_EVALUATION = "@monitoringPolicy.canEditEvaluation(#evaluationId)";
    public static final String KEEP_CALENDAR_FEED = "@monitoringPolicy.keepsCalendarFeed()";
    public static final String LIST_INSPECTIONS = "@monitoringPolicy.canListInspections()";
    public static final String PLAN_INSPECTIONS = "@monitoringPolicy.canPlanInspections()";
    public static final String READ_INSPECTION = "@monitoringPolicy.canReadInspection(#inspectionId)";
    public static final String WORK_INSPECTION = "@monitoringPolicy.canWorkOnInspection(#inspectionId)";
    public static final String CONCLUDE_INSPECTION = "@monitoringPolicy.canConcludeInspection(#inspectionId)";
    public static final String READ_FINDINGS = "@monitoringPolicy.canReadFindings(#inspectionId)";
    public static final String FOLLOW_UP = "@monitoringPolicy.canFollowUp(#inspectionId)";
    public static final String DRAFT_PROPOSAL = "@monitoringPolicy.canDraftProposal(#inspectionId)";
    public static final String DECIDE_OUTCOME = "@monitoringPolicy.canDecideOutcome(#inspectionId)";
    public static final String LIST_SCORECARDS = "@monitoringPolicy.canListScorecards()";
    public static final String READ_SCORECARD = "@monitoringPolicy.canReadScorecard(#kind, #id)";

    /** Every duty: the focal point who follows them up, the appraisal lead who receives settlements, leaders. */
    private static final Set<Role> READ_ALL = EnumSet.of(FOCAL_POINT, APPRAISER, LEADER);
    /**
     * The compliance scorecards of every NGO and aid owner: the focal point who follows the duties up, the appraisal
     * lead (the finance department) and the leaders.
     */
    private static final Set<Role> READ_ALL_SCORECARDS = EnumSet.of(FOCAL_POINT, APPRAISER, LEADER);

    /** The focal point receives every owner's report and may accept or return it (S000 §II.8d). */
    private static final Set<Role> REVIEW_ALL = EnumSet.of(FOCAL_POINT);

    /** The focal point follows every item's evaluations and records those the province commissions. */
    private static final Set<Role> RECORD_ALL_EVALUATIONS = EnumSet.of(FOCAL_POINT);

    /**
     * The inspecting bodies (S000 §II.4b, §II.5): the focal point, the finance department, the police, and the leaders
     * who order inspections and approve their conclusions. They read every inspection of the plan, not its findings.
     */
    private static final Set<Role> INSPECTORS = EnumSet.of(FOCAL_POINT, APPRAISER, SECURITY, LEADER);

    private final DutyQueries duties;
    private final EvaluationQueries evaluations;
    private final InspectionQueries inspections;

    MonitoringPolicy(DutyQueries duties, EvaluationQueries evaluations, InspectionQueries inspections) {
        this.duties = duties;
        this.evaluations = evaluations;
        this.inspections = inspections;
    }

    /** The roles that read every evaluation, for the search index. */
    public Set<Role> rolesReadingAllEvaluations() {
        return EnumSet.copyOf(READ_ALL);
    }

    /**
     * An evaluation is read as the item's reports are: by those who read every duty and by the officers of the item's
     * owner and managing agency. One that does not exist passes, so the service answers 404 rather than 403.
     */
    public boolean canReadEvaluation(long evaluationId) {
        return evaluations.parties(evaluationId).map(parties -> readsAllDuties()
                || officerOf(parties.ownerAgencyId()) || officerOf(parties.managingAgencyId())).orElse(true);
    }

    /** The focal point, and the aid owners for their own items (the owner commissions its evaluations). */
    public boolean canRecordEvaluations() {
        return recordsEvaluationsOfAll() || CurrentUser.holdsAny(AGENCY_OFFICER) && CurrentUser.agency().isPresent();
    }

    public boolean recordsEvaluationsOfAll() {
        return CurrentUser.holdsAny(RECORD_ALL_EVALUATIONS);
    }

    public boolean recordsEvaluationOf(long ownerAgencyId) {
        return recordsEvaluationsOfAll() || officerOf(ownerAgencyId);
    }

    /** Who may record an evaluation of the item may correct it; one that does not exist passes (404). */
    public boolean canEditEvaluation(long evaluationId) {
        return evaluations.parties(evaluationId).map(parties -> recordsEvaluationOf(parties.ownerAgencyId()))
                .orElse(true);
    }

    public boolean readsAllDuties() {
        return CurrentUser.holdsAny(READ_ALL);
    }

    /** Provincial roles list every duty; an officer those of the items their agency owns or manages. */
    public boolean canListDuties() {
        return readsAllDuties() || CurrentUser.holdsAny(AGENCY_OFFICER) && CurrentUser.agency().isPresent();
    }

    /** The agency whose duties alone the user sees; empty for those who see all. */
    public OptionalLong agencyScope() {
        return readsAllDuties() ? OptionalLong.empty() : CurrentUser.agency();
    }

    /** The NGOs' own duties are the registry's business: the provincial roles see them. */
    public boolean readsNgoDuties() {
        return readsAllDuties();
    }

    /**
     * A report is read by those who read every duty and by the officers of the item's owner and managing agency. A
     * duty that does not exist passes the report checks, so the service answers 404 rather than 403.
     */
    public boolean canReadReport(long dutyId) {
        return duties.facts(dutyId).map(this::readsReport).orElse(true);
    }

    public boolean readsReport(DutyFacts duty) {
        return readsAllDuties() || officerOf(duty.ownerAgencyId()) || officerOf(duty.managingAgencyId());
    }

    /** The aid owner writes and submits its own reports: its agency's officers. */
    public boolean canWriteReport(long dutyId) {
        return duties.facts(dutyId).map(this::writesReport).orElse(true);
    }

    public boolean writesReport(DutyFacts duty) {
        return officerOf(duty.ownerAgencyId());
    }

    /**
     * The managing agency and the focal point accept or return a report; an owner that manages its own item does not
     * review itself, the focal point does.
     */
    public boolean canReviewReport(long dutyId) {
        return duties.facts(dutyId).map(this::reviewsReport).orElse(true);
    }

    public boolean reviewsReport(DutyFacts duty) {
        return CurrentUser.holdsAny(REVIEW_ALL)
                || duty.managingAgencyId() != duty.ownerAgencyId() && officerOf(duty.managingAgencyId());
    }

    private static boolean officerOf(long agencyId) {
        return CurrentUser.holdsAny(AGENCY_OFFICER) && CurrentUser.worksFor(agencyId);
    }

    /** The focal point chases the owners with reminder letters, which the provincial leaders sign or read. */
    public boolean canDraftReminders() {
        return CurrentUser.holdsAny(FOCAL_POINT, LEADER);
    }

    /**
     * Every member of staff may keep a personal calendar feed: it holds only what the modules' policies let its owner
     * see in the application, read as them each time it is fetched.
     */
    public boolean keepsCalendarFeed() {
        return CurrentUser.holdsAny(Role.values());
    }

    /** The due-date rules and their legal sources are public knowledge to every member of staff. */
    public boolean canReadRules() {
        return CurrentUser.holdsAny(Role.values());
    }

    /** Administrators keep the configuration, the due-date rules among it, as a new regulation says. */
    public boolean canEditRules() {
        return CurrentUser.holdsAny(Role.ADMIN);
    }

    public boolean readsAllInspections() {
        return CurrentUser.holdsAny(INSPECTORS);
    }

    /** The inspecting bodies list the whole plan; an officer the inspections of their agency or on their team. */
    public boolean canListInspections() {
        return readsAllInspections() || CurrentUser.holdsAny(AGENCY_OFFICER);
    }

    /** The focal point draws up the yearly plan and each inspection's team (S004 §2.5). */
    public boolean canPlanInspections() {
        return CurrentUser.holdsAny(FOCAL_POINT);
    }

    /** An inspection that does not exist passes, so the service answers 404 rather than 403. */
    public boolean canReadInspection(long inspectionId) {
        return inspections.facts(inspectionId).map(this::readsInspection).orElse(true);
    }

    public boolean readsInspection(InspectionFacts inspection) {
        return readsAllInspections() || onTeam(inspection) || inspection.ownerAgencyId() != null
                && officerOf(inspection.ownerAgencyId());
    }

    /** The team's members of staff set out, answer the checklist and record the findings. */
    public boolean canWorkOnInspection(long inspectionId) {
        return inspections.facts(inspectionId).map(this::worksOnInspection).orElse(true);
    }

    public boolean worksOnInspection(InspectionFacts inspection) {
        return onTeam(inspection);
    }

    /** The team concludes, or the leader who approves its conclusion. */
    public boolean canConcludeInspection(long inspectionId) {
        return inspections.facts(inspectionId).map(this::concludesInspection).orElse(true);
    }

    public boolean concludesInspection(InspectionFacts inspection) {
        return onTeam(inspection) || CurrentUser.holdsAny(LEADER);
    }

    /**
     * Findings are confidential until the inspection is concluded (DOMAIN.md §10): the team and the leaders who
     * approve read them; once concluded, every reader of the inspection, the inspected owner's officers among them.
     */
    public boolean canReadFindings(long inspectionId) {
        return inspections.facts(inspectionId).map(this::readsFindings).orElse(true);
    }

    public boolean readsFindings(InspectionFacts inspection) {
        return onTeam(inspection) || CurrentUser.holdsAny(LEADER)
                || inspection.concluded() && readsInspection(inspection);
    }

    /**
     * Once the findings are read, the recommendations are followed up by the team, the focal point who keeps the plan,
     * and the inspected owner's officers who act on them.
     */
    public boolean canFollowUp(long inspectionId) {
        return inspections.facts(inspectionId).map(this::followsUp).orElse(true);
    }

    public boolean followsUp(InspectionFacts inspection) {
        return readsFindings(inspection) && (onTeam(inspection) || CurrentUser.holdsAny(FOCAL_POINT)
                || inspection.ownerAgencyId() != null && officerOf(inspection.ownerAgencyId()));
    }

    /**
     * The focal point drafts the proposal to the Ministry of Foreign Affairs on a finding, for the leaders who sign it;
     * both only as readers of the findings.
     */
    public boolean canDraftProposal(long inspectionId) {
        return inspections.facts(inspectionId).map(this::draftsProposal).orElse(true);
    }

    public boolean draftsProposal(InspectionFacts inspection) {
        return readsFindings(inspection) && CurrentUser.holdsAny(FOCAL_POINT, LEADER);
    }

    /**
     * A finding's outcome is decided by those who read it and decide for the province: the leaders suspend an aid
     * item, the focal point puts an NGO under inspection; the owning module checks which of them may make which.
     */
    public boolean canDecideOutcome(long inspectionId) {
        return inspections.facts(inspectionId).map(this::draftsProposal).orElse(true);
    }

    private static boolean onTeam(InspectionFacts inspection) {
        return inspection.teamUsernames().stream().anyMatch(CurrentUser::is);
    }

    /**
     * The ranking of scorecards: the provincial roles read all of it; an officer of an agency reads their own agency's
     * card in it (and the NGOs' cards, which follow what reads the organisation).
     */
    public boolean canListScorecards() {
        return readsAllScorecards() || CurrentUser.holdsAny(AGENCY_OFFICER) && CurrentUser.agency().isPresent();
    }

    public boolean readsAllScorecards() {
        return CurrentUser.holdsAny(READ_ALL_SCORECARDS);
    }

    /** An NGO's scorecard is read by whoever reads the organisation in the registry: every member of staff. */
    public boolean readsNgoScorecards() {
        return CurrentUser.holdsAny(Role.values());
    }

    /**
     * An aid owner's scorecard: the provincial roles, the officers of that agency, and the administrators who keep the
     * agency (on its page, the only one they have; never the ranking).
     */
    public boolean readsOwnerScorecard(long agencyId) {
        return readsAllScorecards() || officerOf(agencyId) || CurrentUser.holdsAny(Role.ADMIN);
    }

    /** The agency whose aid-owner card alone the user reads in the ranking; empty for those who read all. */
    public OptionalLong scorecardScope() {
        return readsAllScorecards() ? OptionalLong.empty() : CurrentUser.agency();
    }

    /**
     * One scorecard by its kind ({@code ngo} or {@code owner}) and subject. A kind that is not one passes, so the
     * service refuses it as bad input rather than as a permission.
     */
    public boolean canReadScorecard(@Nullable String kind, @Nullable Long id) {
        if ("ngo".equals(kind)) {
            return readsNgoScorecards();
        }
        if ("owner".equals(kind)) {
            return id == null ? readsAllScorecards() || CurrentUser.holdsAny(AGENCY_OFFICER, Role.ADMIN)
                    : readsOwnerScorecard(id);
        }
        return CurrentUser.holdsAny(Role.values());
    }
}
