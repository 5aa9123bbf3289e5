package vn.vientro.mobilisation.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vientro.aid.files.AidFiles;
import vn.vientro.aid.files.StoredFile;
import vn.vientro.mobilisation.MobilisationPolicy;
import vn.vientro.mobilisation.need.NeedAttachmentView;
import vn.vientro.mobilisation.need.NeedFile;
import vn.vientro.platform.Actor;
import vn.vientro.shared.NotFoundException;
import vn.vientro.shared.StaleVersionException;

/**
 * Yearly mobilisation plans (kế hoạch vận động viện trợ, seed 003) within their programme: the focal point writes the
 * plan and records its activities as they are carried out; readers follow the year view, progress and budget.
 */
@Service
public class MobilisationPlans {

    private final PlanRepository plans;
    private final ActivityRepository activities;
    private final ActivityAttachments attachments;
    private final PlanQueries queries;
    private final PlanRules rules;
    private final MobilisationPolicy policy;
    private final AidFiles files;
    private final Clock clock;

    @SuppressWarnings("checkstyle:ParameterNumber")
    MobilisationPlans(PlanRepository plans, ActivityRepository activities, ActivityAttachments attachments,
                      PlanQueries queries, PlanRules rules, MobilisationPolicy policy, AidFiles files, Clock clock) {
        this.plans = plans;
        this.activities = activities;
        this.attachments = attachments;
        this.queries = queries;
        this.rules = rules;
        this.policy = policy;
        this.files = files;
        this.clock = clock;
    }

    /** The plans the person sees, newest year first; an officer's only where its agency has an activity. */
    @PreAuthorize(MobilisationPolicy.LIST_PLANS)
    @Transactional(readOnly = true)
    public List<PlanRow> list() {
        return queries.list(policy.planVisibility());
    }

    @PreAuthorize(MobilisationPolicy.READ_PLAN)
    @Transactional(readOnly = true)
    public PlanView get(long planId) {
        return queries.find(planId).orElseThrow(() -> new NotFoundException("plan", planId));
    }

    /** The plan with the activities the person sees, and their year view, progress and budget as of today. */
    @PreAuthorize(MobilisationPolicy.READ_PLAN)
    @Transactional(readOnly = true)
    public PlanDetail detail(long planId) {
        PlanView plan = get(planId);
        PlanOverview overview = overview(plan);
        return new PlanDetail(plan, queries.activities(planId, policy.planVisibility()), overview.progress(),
                overview.budget());
    }

    @PreAuthorize(MobilisationPolicy.READ_PLAN)
    @Transactional(readOnly = true)
    public PlanOverview overview(long planId) {
        return overview(get(planId));
    }

    @PreAuthorize(MobilisationPolicy.EDIT_PLANS)
    @Transactional
    public long create(PlanInput input) {
        rules.check(input);
        return Objects.requireNonNull(plans.save(MobilisationPlan.draw(input, Actor.current())).id());
    }

    /** Rewords the plan; refused when someone saved it since it was read. */
    @PreAuthorize(MobilisationPolicy.EDIT_PLANS)
    @Transactional
    public void update(long planId, long expectedVersion, PlanInput input) {
        MobilisationPlan plan = plans.findById(planId).orElseThrow(() -> new NotFoundException("plan", planId));
        if (plan.version() != expectedVersion) {
            throw new StaleVersionException("plan", planId);
        }
        rules.check(input);
        plan.revise(input);
        plans.save(plan);
    }

    @PreAuthorize(MobilisationPolicy.EDIT_PLANS)
    @Transactional
    public long addActivity(long planId, ActivityInput input) {
        get(planId);
        ActivityDetails details = ActivityDetails.of(input);
        rules.check(details);
        return Objects.requireNonNull(activities.save(PlanActivity.plan(planId, details, Actor.current())).id());
    }

    /** Records what changed in an activity (its status, spending, outcome); refused on a stale version. */
    @PreAuthorize(MobilisationPolicy.EDIT_PLANS)
    @Transactional
    public void updateActivity(long planId, long activityId, long expectedVersion, ActivityInput input) {
        PlanActivity activity = activities.findById(activityId).filter(found -> found.planId() == planId)
                .orElseThrow(() -> new NotFoundException("plan activity", activityId));
        if (activity.version() != expectedVersion) {
            throw new StaleVersionException("plan activity", activityId);
        }
        ActivityDetails details = ActivityDetails.of(input);
        rules.check(details);
        activity.record(details);
        activities.save(activity);
    }

    @PreAuthorize(MobilisationPolicy.READ_ACTIVITY)
    @Transactional(readOnly = true)
    public ActivityView activity(long planId, long activityId) {
        return queries.activity(planId, activityId)
                .orElseThrow(() -> new NotFoundException("plan activity", activityId));
    }

    /** Attaches a report, invitation or photo (PDF, Word, Excel, PNG, JPEG, recognised from the content). */
    @PreAuthorize(MobilisationPolicy.EDIT_PLANS)
    @Transactional
    public void attach(long planId, long activityId, String fileName, byte[] content) {
        activity(planId, activityId);
        StoredFile file = files.store(fileName, content);
        attachments.save(ActivityAttachment.of(activityId, file.id(), fileName.strip(), Actor.current()));
    }

    @PreAuthorize(MobilisationPolicy.READ_ACTIVITY)
    @Transactional(readOnly = true)
    public List<NeedAttachmentView> attachments(long planId, long activityId) {
        activity(planId, activityId);
        return queries.attachments(activityId).stream().map(attachment -> {
            StoredFile file = files.find(attachment.storedFileId()).orElseThrow();
            return new NeedAttachmentView(attachment.id(), attachment.fileName(), file.contentType(),
                    file.sizeBytes(), attachment.uploadedBy(), attachment.uploadedAt());
        }).toList();
    }

    @PreAuthorize(MobilisationPolicy.READ_ACTIVITY)
    @Transactional(readOnly = true)
    public NeedFile file(long planId, long activityId, long attachmentId) {
        activity(planId, activityId);
        PlanQueries.AttachmentRecord attachment = queries.attachments(activityId).stream()
                .filter(found -> found.id() == attachmentId).findFirst()
                .orElseThrow(() -> new NotFoundException("activity attachment", attachmentId));
        StoredFile file = files.find(attachment.storedFileId()).orElseThrow();
        return new NeedFile(file, file.downloadName(attachment.fileName()), files.read(file.id()));
    }

    private PlanOverview overview(PlanView plan) {
        return PlanOverview.of(plan.year(), queries.activities(plan.id(), policy.planVisibility()),
                LocalDate.now(clock));
    }
}
