package vn.vientro.aid;

import java.util.EnumSet;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.vientro.aid.appraisal.OpinionFacts;
import vn.vientro.aid.appraisal.OpinionRequestQueries;
import vn.vientro.aid.dossier.DocumentType;
import vn.vientro.aid.item.AidItemQueries;
import vn.vientro.aid.item.AidItemRecord;
import vn.vientro.aid.item.Involvements;
import vn.vientro.audit.AuditPolicy;
import vn.vientro.identity.Agencies;
import vn.vientro.identity.AgencyKind;
import vn.vientro.platform.CurrentUser;
import vn.vientro.shared.Role;

import static vn.vientro.shared.Role.ADMIN;
import static vn.vientro.shared.Role.AGENCY_OFFICER;
import static vn.vientro.shared.Role.APPRAISER;
import static vn.vientro.shared.Role.FOCAL_POINT;
import static vn.vientro.shared.Role.LEADER;
import static vn.vientro.shared.Role.SECURITY;

/**
 * Who may do what with aid items: the one place for the aid module's permissions. Services carry the expressions below
 * in {@code @PreAuthorize}, so pages, the API and imports obey the same rule, checked before anything else; pages ask
 * the same methods which buttons and tabs to show, search and exports which rows to include. What the item's state
 * allows is not a permission: services refuse it with a 409 problem after the check here.
 * <p>
 * An item that does not exist passes the item-level checks, so that the service answers 404 rather than 403.
 */
@Component("aidPolicy")
public class AidPolicy {

    public static final String LIST = "@aidPolicy.canList()";
    public static final String READ = "@aidPolicy.canRead(#itemId)";
    public static final String READ_RECEIPT = "@aidPolicy.canReadReceipt(#itemId)";
    public static final String DRAFT = "@aidPolicy.canDraft()";
    public static final String EDIT = "@aidPolicy.canEdit(#itemId)";
    public static final String DESCRIBE = "@aidPolicy.canDescribe(#itemId)";
    public static final String MOVE = "@aidPolicy.canPerform(#itemId, #action)";
    public static final String SUSPEND = "@aidPolicy.canPerform(#itemId, T(vn.vientro.aid.AidAction).SUSPEND)";
    public static final String UPLOAD = "@aidPolicy.canUploadTo(#itemId)";
    public static final String ATTACH_SCANS = "@aidPolicy.canAttachDecisionScans(#itemId)";
    public static final String ASK_OPINIONS = "@aidPolicy.canAskOpinions(#itemId)";
    public static final String ANSWER = "@aidPolicy.canAnswer(#itemId, #opinionId)";
    public static final String READ_DRAFTS = "@aidPolicy.canReadDrafts(#itemId)";
    public static final String RECORD_MONEY = "@aidPolicy.canRecordMoney(#itemId)";
    public static final String SHAPE_RESULTS = "@aidPolicy.canShapeResults(#itemId)";
    public static final String REPORT_RESULTS = "@aidPolicy.canReportResults(#itemId)";
    public static final String REQUEST_AMENDMENT = "@aidPolicy.canRequestAmendment(#itemId)";
    public static final String NOTE_AMENDMENT = "@aidPolicy.canNoteAmendment(#itemId)";
    public static final String DECIDE_AMENDMENT = "@aidPolicy.canDecideAmendment(#itemId)";
    /** Close a reporting period to changes without a reason ({@link ClosedPeriods}). */
    public static final String CLOSE_PERIODS = "@aidPolicy.canClosePeriods()";

    /** Read every item: the focal point, the appraisal lead, the police, leaders, administrators. */
    private static final Set<Role> READ_ALL = EnumSet.of(FOCAL_POINT, APPRAISER, SECURITY, LEADER, ADMIN);
    /** Draft dossiers: the aid owner's officers, and the focal point and administrators acting for any owner. */
    private static final Set<Role> DRAFTERS = EnumSet.of(AGENCY_OFFICER, FOCAL_POINT, ADMIN);
    private static final Set<Role> ACT_FOR_ANY_OWNER = EnumSet.of(FOCAL_POINT, ADMIN);
    /** The appraisal lead (Sở Tài chính by default). */
    private static final Set<Role> APPRAISERS = EnumSet.of(APPRAISER);
    /** Who decides for the competent authority (the Provincial People's Committee chairman by default). */
    private static final Set<Role> DECIDERS = EnumSet.of(LEADER);
    /** Roles that speak for their agency; an administrator manages the system and gives no opinions. */
    private static final Set<Role> ANSWERERS = EnumSet.of(AGENCY_OFFICER, FOCAL_POINT, APPRAISER, SECURITY, LEADER);
    private static final Set<Role> DRAFT_READERS = EnumSet.of(APPRAISER, FOCAL_POINT, LEADER);
    private static final Set<Role> SCAN_ATTACHERS = EnumSet.of(LEADER, FOCAL_POINT);
    private static final Set<Role> CLOSERS = EnumSet.of(FOCAL_POINT, APPRAISER);
    /** Correct a submitted dossier during appraisal, with a written reason the owner is told of. */
    private static final Set<Role> CORRECTORS = EnumSet.of(FOCAL_POINT, APPRAISER);

    /** The focal point closes the reporting periods of the province's reports (DOMAIN.md §5). */
    private static final Set<Role> PERIOD_CLOSERS = EnumSet.of(FOCAL_POINT);

    private final AidItemQueries items;
    private final Involvements involvements;
    private final OpinionRequestQueries opinions;
    private final Agencies agencies;
    private final AuditPolicy audit;

    AidPolicy(AidItemQueries items, Involvements involvements, OpinionRequestQueries opinions, Agencies agencies,
              AuditPolicy audit) {
        this.items = items;
        this.involvements = involvements;
        this.opinions = opinions;
        this.agencies = agencies;
        this.audit = audit;
    }

    public boolean canClosePeriods() {
        return CurrentUser.holdsAny(PERIOD_CLOSERS);
    }

    /** The list: every member of staff, filtered to their agency's items unless they read all. */
    public boolean canList() {
        return CurrentUser.holdsAny(Role.values());
    }

    public boolean readsAll() {
        return CurrentUser.holdsAny(READ_ALL);
    }

    /** The roles that read every item, for the search index's visibility. */
    public Set<Role> rolesReadingAll() {
        return Set.copyOf(READ_ALL);
    }

    /** Provincial roles read every item; an officer the items their agency owns, governs, partners or is consulted on. */
    public boolean canRead(long itemId) {
        if (readsAll()) {
            return true;
        }
        OptionalLong agency = CurrentUser.agency();
        return CurrentUser.holdsAny(AGENCY_OFFICER) && agency.isPresent()
                && (items.record(itemId).isEmpty() || involvements.involves(itemId, agency.getAsLong()));
    }

    /**
     * The receipt of a submitted dossier and its check code: the aid owner's officers and the provincial roles that
     * read every item, never an agency only consulted or partnering (whoever holds the check code follows the dossier).
     */
    public boolean canReadReceipt(long itemId) {
        return readsAll() || item(itemId).map(item -> CurrentUser.holdsAny(AGENCY_OFFICER)
                && CurrentUser.worksFor(item.ownerAgencyId())).orElse(true);
    }

    public boolean canDraft() {
        return CurrentUser.holdsAny(DRAFTERS);
    }

    /** Drafts for this owner: the focal point and administrators for any, an officer for their own agency. */
    public boolean canDraftFor(long ownerAgencyId) {
        return CurrentUser.holdsAny(ACT_FOR_ANY_OWNER)
                || CurrentUser.holdsAny(AGENCY_OFFICER) && CurrentUser.worksFor(ownerAgencyId);
    }

    /** Acts for the aid owner (chủ khoản viện trợ): describes, submits, implements, reports, records money. */
    public boolean actsForOwner(AidItemRecord item) {
        return canDraftFor(item.ownerAgencyId());
    }

    public boolean canEdit(long itemId) {
        return item(itemId).map(this::actsForOwner).orElse(true);
    }

    /**
     * Changes the item's description: the owner's side, and the focal point and the appraisal lead, who correct a
     * submitted dossier. Which of them the item's state allows now, the service decides (a 409 problem otherwise).
     */
    public boolean canDescribe(long itemId) {
        return item(itemId).map(item -> actsForOwner(item) || correctsDossiers()).orElse(true);
    }

    /** Corrects a submitted dossier during appraisal, with a reason: the focal point and the appraisal lead. */
    public boolean correctsDossiers() {
        return CurrentUser.holdsAny(CORRECTORS);
    }

    /** Who makes which move (DOMAIN.md §4): the owner's side, the appraisal lead, the deciders, the focal point. */
    public boolean canPerform(long itemId, AidAction action) {
        // each role that moves an item reads every item, and the owner's side reads its own
        return item(itemId).map(item -> mayPerform(action, item)).orElse(true);
    }

    /** The same, for a move named by its slug in a path; an unknown slug passes, for the controller to answer 404. */
    public boolean canPerform(long itemId, String actionSlug) {
        return AidAction.fromSlug(actionSlug).map(action -> canPerform(itemId, action)).orElse(true);
    }

    public boolean mayPerform(AidAction action, AidItemRecord item) {
        return switch (action) {
            case SUBMIT, RESUBMIT, START, COMPLETE, HAND_OVER, REQUEST_AMENDMENT -> actsForOwner(item);
            case RETURN, OPEN_APPRAISAL, CONCLUDE_APPRAISAL, PROPOSE_DECISION, SETTLE -> CurrentUser.holdsAny(APPRAISERS);
            case APPROVE, REFUSE, APPROVE_AMENDMENT, REJECT_AMENDMENT, SUSPEND, RESUME, TERMINATE ->
                    CurrentUser.holdsAny(DECIDERS);
            case CLOSE -> CurrentUser.holdsAny(CLOSERS);
        };
    }

    /** Adds papers to the dossier: the owner's side its papers, the appraisal lead the appraisal's own. */
    public boolean canUploadTo(long itemId) {
        return item(itemId).map(item -> actsForOwner(item) || CurrentUser.holdsAny(APPRAISERS)).orElse(true);
    }

    public boolean mayUpload(AidItemRecord item, DocumentType type) {
        return switch (type.uploadedBy()) {
            case OWNER -> actsForOwner(item);
            case APPRAISER -> CurrentUser.holdsAny(APPRAISERS);
        };
    }

    /** Documents internal to the government (the appraisal report ...) are read by the provincial roles only. */
    public boolean readsInternalDocuments() {
        return readsAll();
    }

    public boolean canAttachDecisionScans(long itemId) {
        return CurrentUser.holdsAny(SCAN_ATTACHERS) && canRead(itemId);
    }

    public boolean canAskOpinions(long itemId) {
        return CurrentUser.holdsAny(APPRAISERS) && canRead(itemId);
    }

    /** Whether the user gives opinions for an agency, so has an inbox. */
    public boolean givesOpinions() {
        return CurrentUser.holdsAny(ANSWERERS) && CurrentUser.agency().isPresent();
    }

    /** Whom in the asked agency to tell of a request: those who may answer it (a security one: its readers only). */
    public Set<Role> answeringRoles(boolean confidential) {
        return confidential ? audit.rolesReadingSealed() : Set.copyOf(ANSWERERS);
    }

    /** Security opinions are sealed records: their readers are the same for every module (the audit module's rule). */
    public boolean readsSecurityOpinions() {
        return audit.readsSealed();
    }

    /**
     * Reads every non-confidential opinion of the item, not only those asked of their agency: the provincial roles, and
     * an officer of the aid owner or governing agency when that agency is itself a state body (a department, a commune
     * committee), not a hospital, school or association.
     */
    public boolean readsAllOpinionsOf(AidItemRecord item) {
        if (readsAll()) {
            return true;
        }
        OptionalLong mine = CurrentUser.agency();
        return mine.isPresent() && (mine.getAsLong() == item.ownerAgencyId()
                || mine.getAsLong() == item.governingAgencyId()) && isStateBody(mine.getAsLong());
    }

    public boolean mayReadOpinion(OpinionFacts opinion, AidItemRecord item) {
        return (!opinion.confidential() || readsSecurityOpinions())
                && (readsAllOpinionsOf(item) || CurrentUser.worksFor(opinion.agencyId()));
    }

    /**
     * The asked agency's own staff answer; the appraisal lead records any reply received in writing. A confidential
     * request passes for those who may not read it, so that the service reports it as not found: a 403 would tell them
     * that it exists.
     */
    public boolean canAnswer(long itemId, long opinionId) {
        return CurrentUser.holdsAny(ANSWERERS) && opinions.facts(itemId, opinionId)
                .filter(opinion -> !opinion.confidential() || readsSecurityOpinions()).map(this::mayAnswer)
                .orElse(true);
    }

    public boolean mayAnswer(OpinionFacts opinion) {
        if (opinion.confidential() && !readsSecurityOpinions()) {
            return false;
        }
        return CurrentUser.holdsAny(APPRAISERS)
                || CurrentUser.holdsAny(ANSWERERS) && CurrentUser.worksFor(opinion.agencyId());
    }

    public boolean canReadDrafts(long itemId) {
        return CurrentUser.holdsAny(DRAFT_READERS) && canRead(itemId);
    }

    public boolean canRecordMoney(long itemId) {
        return item(itemId).map(this::mayRecordMoney).orElse(true);
    }

    public boolean mayRecordMoney(AidItemRecord item) {
        return actsForOwner(item) || CurrentUser.holdsAny(APPRAISERS);
    }

    /** Sets results, indicators and targets: the owner's side (after the decision only the focal point, a state rule). */
    public boolean canShapeResults(long itemId) {
        return canEdit(itemId);
    }

    /** After the decision the framework is adjusted by the focal point or an administrator only, as a decision says. */
    public boolean adjustsApprovedResults() {
        return CurrentUser.holdsAny(ACT_FOR_ANY_OWNER);
    }

    public boolean canReportResults(long itemId) {
        return canEdit(itemId);
    }

    public boolean canRequestAmendment(long itemId) {
        return canDraft() && canEdit(itemId);
    }

    /** Another owner is another item's business: only the focal point moves an item to another aid owner. */
    public boolean mayChangeOwner() {
        return CurrentUser.holdsAny(ACT_FOR_ANY_OWNER);
    }

    public boolean canNoteAmendment(long itemId) {
        return CurrentUser.holdsAny(APPRAISERS) && canRead(itemId);
    }

    public boolean canDecideAmendment(long itemId) {
        return CurrentUser.holdsAny(DECIDERS) && canRead(itemId);
    }

    /** An officer of an agency (owner, partner, consulted), as opposed to the provincial roles. */
    public boolean isAgencyOfficer() {
        return CurrentUser.holdsAny(AGENCY_OFFICER);
    }

    /** The agency an officer drafts for by default: their own. */
    public OptionalLong ownAgencyAsOwner() {
        return isAgencyOfficer() ? CurrentUser.agency() : OptionalLong.empty();
    }

    /** Whose next step a stage is, for "waiting for me": the appraisal lead's, the deciders', the focal point's. */
    public boolean isAppraisalLead() {
        return CurrentUser.holdsAny(APPRAISERS);
    }

    public boolean isDecider() {
        return CurrentUser.holdsAny(DECIDERS);
    }

    /** The focal point closes a settled file. */
    public boolean closesSettledFiles() {
        return CurrentUser.holdsAny(FOCAL_POINT);
    }

    /** The raw history of changes is the audit trail's: its readers only, as the audit module says. */
    public boolean readsChangeHistory() {
        return audit.canRead();
    }

    /** The item's facts for an owner-side check; acting for the owner implies reading the item. */
    private Optional<AidItemRecord> item(long itemId) {
        return items.record(itemId);
    }

    private boolean isStateBody(long agencyId) {
        return agencies.find(agencyId).map(agency -> isStateBody(agency.kind())).orElse(false);
    }

    static boolean isStateBody(AgencyKind kind) {
        return switch (kind) {
            case PEOPLES_COMMITTEE, PC_OFFICE, FOREIGN_AFFAIRS, FINANCE, PLANNING_INVESTMENT, POLICE, LINE_DEPARTMENT,
                 COMMUNE_COMMITTEE -> true;
            case FRIENDSHIP_UNION, AID_OWNER, OTHER -> false;
        };
    }
}
