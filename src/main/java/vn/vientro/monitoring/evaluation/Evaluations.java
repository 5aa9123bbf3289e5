package vn.vientro.monitoring.evaluation;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vientro.aid.ReportingBasis;
import vn.vientro.aid.files.AidFiles;
import vn.vientro.aid.files.FileDownloads;
import vn.vientro.aid.files.FileType;
import vn.vientro.aid.files.StoredFile;
import vn.vientro.monitoring.MonitoringPolicy;
import vn.vientro.platform.Actor;
import vn.vientro.shared.InputChecks;
import vn.vientro.shared.NotFoundException;
import vn.vientro.shared.StaleVersionException;

/**
 * Mid-term and final evaluations of approved aid items (issue 16 §6): the focal point or the aid owner records what
 * the evaluators found, rated on the OECD-DAC criteria, with their report; the item's readers read them and find them
 * in the search.
 */
@Service
public class Evaluations {

    /** An evaluation report: a PDF or a Word document, recognised from its content as the dossier's files are. */
    private static final Set<FileType> REPORT_TYPES = EnumSet.of(FileType.PDF, FileType.DOCX);

    private final EvaluationRepository evaluations;
    private final EvaluationQueries queries;
    private final EvaluationRules rules;
    private final AidFiles files;
    private final MonitoringPolicy policy;
    private final Clock clock;

    Evaluations(EvaluationRepository evaluations, EvaluationQueries queries, EvaluationRules rules, AidFiles files,
                MonitoringPolicy policy, Clock clock) {
        this.evaluations = evaluations;
        this.queries = queries;
        this.rules = rules;
        this.files = files;
        this.policy = policy;
        this.clock = clock;
    }

    @PreAuthorize(MonitoringPolicy.LIST_EVALUATIONS)
    @Transactional(readOnly = true)
    public EvaluationPage list(EvaluationFilter filter) {
        return queries.list(filter, policy.agencyScope());
    }

    @PreAuthorize(MonitoringPolicy.READ_EVALUATION)
    @Transactional(readOnly = true)
    public EvaluationView get(long evaluationId) {
        return queries.find(evaluationId).orElseThrow(() -> new NotFoundException("evaluation", evaluationId));
    }

    /** The items the user may evaluate: every item under monitoring for the focal point, an owner's own items. */
    @PreAuthorize(MonitoringPolicy.RECORD_EVALUATION)
    @Transactional(readOnly = true)
    public List<ItemChoice> itemChoices() {
        return queries.items(policy.recordsEvaluationsOfAll() ? OptionalLong.empty() : policy.agencyScope());
    }

    /** Records an evaluation of an approved item, with its report file if one is given; returns its number. */
    @PreAuthorize(MonitoringPolicy.RECORD_EVALUATION)
    @Transactional
    public long record(EvaluationInput input, @Nullable Upload report) {
        InputChecks checks = new InputChecks();
        ReportingBasis item = rules.item(input.itemId(), checks);
        EvaluationDetails details = rules.details(input, checks);
        checks.done();
        if (!policy.recordsEvaluationOf(Objects.requireNonNull(item).ownerAgencyId())) {
            throw new AccessDeniedException("not the item's owner");
        }
        Evaluation evaluation = Evaluation.of(item, Objects.requireNonNull(details), Actor.current(),
                clock.instant());
        attach(evaluation, report);
        return Objects.requireNonNull(evaluations.save(evaluation).id());
    }

    /** Corrects what the evaluators found, with a new report file if one is given; refused when saved meanwhile. */
    @PreAuthorize(MonitoringPolicy.EDIT_EVALUATION)
    @Transactional
    public void update(long evaluationId, EvaluationInput input, @Nullable Upload report) {
        Evaluation evaluation = load(evaluationId, input.version());
        InputChecks checks = new InputChecks();
        EvaluationDetails details = rules.details(input, checks);
        checks.done();
        evaluation.describe(Objects.requireNonNull(details), Actor.current(), clock.instant());
        attach(evaluation, report);
        evaluations.save(evaluation);
    }

    /** Keeps the evaluation report's file with the evaluation as it stands (the API's way). */
    @PreAuthorize(MonitoringPolicy.EDIT_EVALUATION)
    @Transactional
    public void attachReport(long evaluationId, long expectedVersion, Upload report) {
        Evaluation evaluation = load(evaluationId, expectedVersion);
        attach(evaluation, report);
        evaluations.save(evaluation);
    }

    /** The evaluation report's file, to download. */
    @PreAuthorize(MonitoringPolicy.READ_EVALUATION)
    @Transactional(readOnly = true)
    public ReportDownload reportFile(long evaluationId) {
        Evaluation evaluation = evaluations.findById(evaluationId)
                .orElseThrow(() -> new NotFoundException("evaluation", evaluationId));
        Long fileId = evaluation.reportFileId();
        if (fileId == null) {
            throw new NotFoundException("evaluation report file", evaluationId);
        }
        StoredFile file = files.find(fileId).orElseThrow();
        return new ReportDownload(file, file.downloadName(Objects.requireNonNull(evaluation.reportFileName())),
                files.read(fileId));
    }

    private void attach(Evaluation evaluation, @Nullable Upload report) {
        if (report != null) {
            StoredFile file = files.store(report.name(), report.content(), REPORT_TYPES);
            evaluation.attachReport(file.id(), report.name(), Actor.current(), clock.instant());
        }
    }

    private Evaluation load(long evaluationId, @Nullable Long expectedVersion) {
        Evaluation evaluation = evaluations.findById(evaluationId)
                .orElseThrow(() -> new NotFoundException("evaluation", evaluationId));
        if (expectedVersion == null || evaluation.version() != expectedVersion) {
            throw new StaleVersionException("evaluation", evaluationId);
        }
        return evaluation;
    }

    /** A file the user uploads: the name it had and its bytes. */
    public record Upload(String name, byte[] content) {
    }

    /** The report to download: the file as kept (its type read from the content), the name to offer, the bytes. */
    public record ReportDownload(StoredFile file, String downloadName, byte[] content) {

        public ResponseEntity<Resource> attachment() {
            return FileDownloads.attachment(file, downloadName, new ByteArrayResource(content));
        }
    }
}
