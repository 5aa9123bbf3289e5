package vn.vientro.mobilisation.need;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vientro.aid.files.AidFiles;
import vn.vientro.aid.files.StoredFile;
import vn.vientro.mobilisation.MobilisationPolicy;
import vn.vientro.mobilisation.NeedAction;
import vn.vientro.mobilisation.NeedStatus;
import vn.vientro.platform.Actor;
import vn.vientro.platform.CurrentUser;
import vn.vientro.shared.NotFoundException;
import vn.vientro.shared.StaleVersionException;

/**
 * The catalogue of projects calling for aid (danh mục dự án kêu gọi vận động viện trợ): agencies propose needs, the
 * appraisal lead returns or accepts them into the compiled list, the province approves them by decision, the focal
 * point publishes them and links the aid that funds them. Every step is recorded with who, when and why.
 */
@Service
public class CatalogueNeeds {

    private final NeedRepository needs;
    private final NeedQueries queries;
    private final NeedRules rules;
    private final NeedTimeline timeline;
    private final NeedAttachments attachments;
    private final MobilisationPolicy policy;
    private final AidFiles files;
    private final StepRules stepRules;

    @SuppressWarnings("checkstyle:ParameterNumber")
    CatalogueNeeds(NeedRepository needs, NeedQueries queries, NeedRules rules, NeedTimeline timeline,
                   NeedAttachments attachments, MobilisationPolicy policy, AidFiles files, StepRules stepRules) {
        this.needs = needs;
        this.queries = queries;
        this.rules = rules;
        this.timeline = timeline;
        this.attachments = attachments;
        this.policy = policy;
        this.files = files;
        this.stepRules = stepRules;
    }

    @PreAuthorize(MobilisationPolicy.LIST)
    @Transactional(readOnly = true)
    public NeedPage list(NeedFilter filter) {
        return queries.list(filter, policy.visibility());
    }

    /** The agencies whose needs the person sees, for the list's filter. */
    @PreAuthorize(MobilisationPolicy.LIST)
    @Transactional(readOnly = true)
    public List<Long> agenciesWithNeeds() {
        return queries.agenciesWithNeeds(policy.visibility());
    }

    @PreAuthorize(MobilisationPolicy.READ)
    @Transactional(readOnly = true)
    public NeedView get(long needId) {
        return queries.find(needId).orElseThrow(() -> new NotFoundException("need", needId));
    }

    /** Proposes a need for the officer's own agency, as a draft. */
    @PreAuthorize(MobilisationPolicy.PROPOSE)
    @Transactional
    public long propose(NeedInput input) {
        NeedDescription description = NeedDescription.of(input);
        rules.check(description);
        long agency = CurrentUser.agency().orElseThrow();
        return Objects.requireNonNull(needs.save(Need.propose(agency, description, Actor.current())).id());
    }

    /** Changes a draft or a returned need; refused once submitted, and when someone saved it since it was read. */
    @PreAuthorize(MobilisationPolicy.EDIT)
    @Transactional
    public void update(long needId, long expectedVersion, NeedInput input) {
        Need need = load(needId, expectedVersion);
        NeedDescription description = NeedDescription.of(input);
        rules.check(description);
        need.describe(description, Actor.current());
        needs.save(need);
    }

    /** The steps the signed-in person may offer on this need now (what a step needs is checked when it is taken). */
    @PreAuthorize(MobilisationPolicy.READ)
    @Transactional(readOnly = true)
    public List<NeedAction> available(long needId) {
        NeedFacts need = get(needId).facts();
        return Arrays.stream(NeedAction.values()).filter(action -> !action.takenInCatalogue())
                .filter(action -> action.allowedFrom(need.status()))
                .filter(action -> policy.mayPerform(action, need)).toList();
    }

    /** Takes a step of the workflow and records it on the need's timeline. */
    @PreAuthorize(MobilisationPolicy.MOVE)
    @Transactional
    public void perform(long needId, long expectedVersion, NeedAction action, NeedStep step) {
        Need need = load(needId, expectedVersion);
        NeedStep checked = stepRules.check(action, need.status(), step);
        NeedStep.Upload scan = step.upload();
        if (scan != null) {
            checked = checked.withFile(files.store(scan.fileName(), scan.content()).id());
        }
        NeedStatus from = need.status();
        need.move(action, checked, Actor.current());
        needs.save(need);
        timeline.save(NeedTransition.taken(needId, action, from, checked, Actor.current()));
    }

    /**
     * Checks the decision that approves a catalogue version, keeping its scan when one is sent: answers the decision
     * as {@link #approveInCatalogue} takes it.
     */
    @PreAuthorize(MobilisationPolicy.APPROVE_CATALOGUE)
    @Transactional
    public NeedStep catalogueDecision(NeedStep decision) {
        NeedStep checked = stepRules.decision(decision);
        NeedStep.Upload scan = decision.upload();
        return scan == null ? checked : checked.withFile(files.store(scan.fileName(), scan.content()).id());
    }

    /**
     * Approves an accepted need by the decision that approves the catalogue version listing it: the one way a need
     * is approved, so that every approved need is in an approved version. Recorded on the need's timeline.
     */
    @PreAuthorize(MobilisationPolicy.APPROVE_CATALOGUE)
    @Transactional
    public void approveInCatalogue(long needId, NeedStep decision) {
        Need need = needs.findById(needId).orElseThrow(() -> new NotFoundException("need", needId));
        NeedStatus from = need.status();
        need.move(NeedAction.APPROVE, decision, Actor.current());
        needs.save(need);
        timeline.save(NeedTransition.taken(needId, NeedAction.APPROVE, from, decision, Actor.current()));
    }

    @PreAuthorize(MobilisationPolicy.READ)
    @Transactional(readOnly = true)
    public List<NeedTimelineEntry> timeline(long needId) {
        get(needId);
        return queries.timeline(needId);
    }

    /** Attaches a photo or paper (PDF, Word, Excel, PNG, JPEG, recognised from the content) to the need. */
    @PreAuthorize(MobilisationPolicy.EDIT)
    @Transactional
    public NeedAttachmentView attach(long needId, String fileName, byte[] content) {
        get(needId);
        StoredFile file = files.store(fileName, content);
        NeedAttachment saved = attachments.save(NeedAttachment.of(needId, file.id(), fileName.strip(),
                Actor.current()));
        return attachment(needId, Objects.requireNonNull(saved.id()));
    }

    @PreAuthorize(MobilisationPolicy.READ)
    @Transactional(readOnly = true)
    public List<NeedAttachmentView> attachments(long needId) {
        get(needId);
        return queries.attachments(needId).stream().map(this::view).toList();
    }

    @PreAuthorize(MobilisationPolicy.READ)
    @Transactional(readOnly = true)
    public NeedAttachmentView attachment(long needId, long attachmentId) {
        return queries.attachment(needId, attachmentId).map(this::view)
                .orElseThrow(() -> new NotFoundException("need attachment", attachmentId));
    }

    /** The attachment's file, to download: the decision's scan too, which is kept the same way. */
    @PreAuthorize(MobilisationPolicy.READ)
    @Transactional(readOnly = true)
    public NeedFile file(long needId, long attachmentId) {
        NeedQueries.AttachmentRecord attachment = queries.attachment(needId, attachmentId)
                .orElseThrow(() -> new NotFoundException("need attachment", attachmentId));
        StoredFile file = files.find(attachment.storedFileId()).orElseThrow();
        return new NeedFile(file, file.downloadName(attachment.fileName()), files.read(file.id()));
    }

    @PreAuthorize(MobilisationPolicy.READ)
    @Transactional(readOnly = true)
    public NeedFile decisionFile(long needId) {
        NeedView need = get(needId);
        Long fileId = need.decisionFileId();
        StoredFile file = (fileId == null ? java.util.Optional.<StoredFile>empty() : files.find(fileId))
                .orElseThrow(() -> new NotFoundException("need decision file", needId));
        return new NeedFile(file, file.downloadName(file.originalName()), files.read(file.id()));
    }

    private NeedAttachmentView view(NeedQueries.AttachmentRecord attachment) {
        StoredFile file = files.find(attachment.storedFileId()).orElseThrow();
        return new NeedAttachmentView(attachment.id(), attachment.fileName(), file.contentType(), file.sizeBytes(),
                attachment.uploadedBy(), attachment.uploadedAt());
    }

    private Need load(long needId, long expectedVersion) {
        Need need = needs.findById(needId).orElseThrow(() -> new NotFoundException("need", needId));
        if (need.version() != expectedVersion) {
            throw new StaleVersionException("need", needId);
        }
        return need;
    }
}
