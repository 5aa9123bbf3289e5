package vn.vientro.monitoring.inspection;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vientro.aid.files.AidFiles;
import vn.vientro.aid.files.StoredFile;
import vn.vientro.identity.Agencies;
import vn.vientro.monitoring.MonitoringPolicy;
import vn.vientro.monitoring.MonitoringProblem;
import vn.vientro.platform.Actor;
import vn.vientro.shared.BusinessRuleException;
import vn.vientro.shared.InvalidInputException;
import vn.vientro.shared.NotFoundException;
import vn.vientro.shared.StaleVersionException;
import vn.vientro.shared.Text;

/**
 * An inspection's findings, their evidence and the recommendations made on them (DOMAIN.md §7). The team records them
 * while the inspection is under way; they are confidential until it is concluded (DOMAIN.md §10): every read carries
 * {@link MonitoringPolicy#READ_FINDINGS}. Once concluded, the recommendations are followed up.
 */
@Service
public class Findings {

    private final FindingRepository findings;
    private final RecommendationRepository recommendations;
    private final InspectionRepository inspections;
    private final FindingQueries queries;
    private final AidFiles files;
    private final Agencies agencies;
    private final Clock clock;

    @SuppressWarnings("checkstyle:ParameterNumber")
    Findings(FindingRepository findings, RecommendationRepository recommendations, InspectionRepository inspections,
             FindingQueries queries, AidFiles files, Agencies agencies, Clock clock) {
        this.findings = findings;
        this.recommendations = recommendations;
        this.inspections = inspections;
        this.queries = queries;
        this.files = files;
        this.agencies = agencies;
        this.clock = clock;
    }

    @PreAuthorize(MonitoringPolicy.READ_FINDINGS)
    @Transactional(readOnly = true)
    public List<FindingView> list(long inspectionId) {
        inspection(inspectionId);
        return queries.list(inspectionId, LocalDate.now(clock), id -> agencies.find(id)
                .map(agency -> agency.name(LocaleContextHolder.getLocale())).orElse(""));
    }

    /** Records a finding, with a first piece of evidence if one is given; while the inspection is under way. */
    @PreAuthorize(MonitoringPolicy.WORK_INSPECTION)
    @Transactional
    public long record(long inspectionId, FindingInput input, @Nullable Upload evidence) {
        requireUnderWay(inspectionId, "FINDING");
        Finding finding = Finding.record(inspectionId, Objects.requireNonNull(input.category()),
                Objects.requireNonNull(input.severity()), Objects.requireNonNull(input.description()).strip(),
                Actor.current(), clock.instant());
        if (evidence != null) {
            StoredFile file = files.store(evidence.name(), evidence.content());
            finding.attach(file.id(), evidence.name());
        }
        return findings.save(finding).id();
    }

    /** Keeps one more file bearing the finding out, checked by its content like every upload. */
    @PreAuthorize(MonitoringPolicy.WORK_INSPECTION)
    @Transactional
    public void attach(long inspectionId, long findingId, Upload evidence) {
        requireUnderWay(inspectionId, "FINDING");
        Finding finding = finding(inspectionId, findingId);
        StoredFile file = files.store(evidence.name(), evidence.content());
        finding.attach(file.id(), evidence.name());
        findings.save(finding);
    }

    @PreAuthorize(MonitoringPolicy.READ_FINDINGS)
    @Transactional(readOnly = true)
    public EvidenceDownload evidence(long inspectionId, long findingId, long fileId) {
        Evidence kept = finding(inspectionId, findingId).evidence(fileId)
                .orElseThrow(() -> new NotFoundException("finding evidence", fileId));
        StoredFile file = files.find(fileId).orElseThrow(() -> new NotFoundException("finding evidence", fileId));
        return new EvidenceDownload(file, file.downloadName(kept.fileName()), files.read(fileId));
    }

    /** A recommendation on a finding, to an agency of the province, by a deadline; while under way. */
    @PreAuthorize(MonitoringPolicy.WORK_INSPECTION)
    @Transactional
    public long recommend(long inspectionId, long findingId, RecommendationInput input) {
        requireUnderWay(inspectionId, "RECOMMEND");
        finding(inspectionId, findingId);
        long agency = Objects.requireNonNull(input.ownerAgencyId());
        if (agencies.find(agency).isEmpty()) {
            throw new InvalidInputException("ownerAgencyId", "monitoring.inspection.subject.unknown");
        }
        return recommendations.save(Recommendation.make(findingId, inspectionId,
                Objects.requireNonNull(input.text()).strip(), agency, Objects.requireNonNull(input.deadline()),
                Actor.current(), clock.instant())).id();
    }

    /** Records the follow-up of a recommendation, once the inspection is concluded. */
    @PreAuthorize(MonitoringPolicy.FOLLOW_UP)
    @Transactional
    public void followUp(long inspectionId, long recommendationId, FollowUpInput input) {
        Inspection inspection = inspection(inspectionId);
        if (inspection.status() != InspectionStatus.CONCLUDED) {
            throw refused("FOLLOW_UP", inspection.status());
        }
        Recommendation recommendation = recommendations.findById(recommendationId)
                .filter(found -> found.inspectionId() == inspectionId)
                .orElseThrow(() -> new NotFoundException("recommendation", recommendationId));
        if (recommendation.version() != input.versionOrNone()) {
            throw new StaleVersionException("recommendation", recommendationId);
        }
        String note = input.note() == null || input.note().isBlank() ? null : input.note().strip();
        recommendation.followUp(Boolean.TRUE.equals(input.done()), LocalDate.now(clock), note, Actor.current(),
                clock.instant());
        recommendations.save(recommendation);
    }

    private void requireUnderWay(long inspectionId, String step) {
        Inspection inspection = inspection(inspectionId);
        if (inspection.status() != InspectionStatus.IN_PROGRESS) {
            throw refused(step, inspection.status());
        }
    }

    private static BusinessRuleException refused(String step, InspectionStatus status) {
        return new BusinessRuleException(MonitoringProblem.INSPECTION_STEP_REFUSED,
                "monitoring.inspection.stepRefused", null, Text.of("monitoring.inspection.step." + step),
                Text.of("monitoring.inspection.status." + status));
    }

    private Inspection inspection(long inspectionId) {
        return inspections.findById(inspectionId)
                .orElseThrow(() -> new NotFoundException("inspection", inspectionId));
    }

    private Finding finding(long inspectionId, long findingId) {
        return findings.findById(findingId).filter(found -> found.inspectionId() == inspectionId)
                .orElseThrow(() -> new NotFoundException("finding", findingId));
    }

    /** A file the team uploads: the name it had and its bytes. */
    public record Upload(String name, byte[] content) {
    }

    /** Evidence to download: the kept file (its type read from the content), the name to offer, the bytes. */
    public record EvidenceDownload(StoredFile file, String downloadName, byte[] content) {
    }
}
