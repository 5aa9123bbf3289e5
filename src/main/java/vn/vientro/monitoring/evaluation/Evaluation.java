package vn.vientro.monitoring.evaluation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;
import vn.vientro.aid.ReportingBasis;
import vn.vientro.monitoring.EvaluationRecorded;
import vn.vientro.platform.PublishingAggregate;

/**
 * A mid-term or final evaluation of an approved aid item: who evaluated it, when, their ratings on the OECD-DAC
 * criteria, the lessons learned and the report file. The item's parties are copied when it is recorded, for the
 * permissions and the list; its kind and item stay as recorded, the rest is corrected as the report is finalised.
 */
@Table(schema = "monitoring", name = "evaluation")
class Evaluation extends PublishingAggregate {

    @Id
    private @Nullable Long id;
    @Version
    private @Nullable Long version;
    private final long aidItemId;
    private EvaluationKind kind;
    private String evaluator;
    private LocalDate evaluatedOn;
    private String lessons;
    private @Nullable Long reportFileId;
    private @Nullable String reportFileName;
    private final String itemCode;
    private final String itemNameVi;
    private final @Nullable String itemNameEn;
    private final long ownerAgencyId;
    private final long managingAgencyId;
    @MappedCollection(idColumn = "evaluation_id")
    private Set<CriterionRating> ratings;
    private String updatedBy;
    private Instant updatedAt;

    @PersistenceCreator
    @SuppressWarnings("checkstyle:ParameterNumber")
    Evaluation(@Nullable Long id, @Nullable Long version, long aidItemId, EvaluationKind kind, String evaluator,
               LocalDate evaluatedOn, String lessons, @Nullable Long reportFileId, @Nullable String reportFileName,
               String itemCode, String itemNameVi, @Nullable String itemNameEn, long ownerAgencyId,
               long managingAgencyId, Set<CriterionRating> ratings, String updatedBy, Instant updatedAt) {
        this.id = id;
        this.version = version;
        this.aidItemId = aidItemId;
        this.kind = kind;
        this.evaluator = evaluator;
        this.evaluatedOn = evaluatedOn;
        this.lessons = lessons;
        this.reportFileId = reportFileId;
        this.reportFileName = reportFileName;
        this.itemCode = itemCode;
        this.itemNameVi = itemNameVi;
        this.itemNameEn = itemNameEn;
        this.ownerAgencyId = ownerAgencyId;
        this.managingAgencyId = managingAgencyId;
        this.ratings = ratings;
        this.updatedBy = updatedBy;
        this.updatedAt = updatedAt;
    }

    /** A new evaluation of the item as the aid module describes it now; the service checked the item was approved. */
    static Evaluation of(ReportingBasis item, EvaluationDetails details, String actor, Instant now) {
        Evaluation evaluation = new Evaluation(null, null, item.itemId(), details.kind(), details.evaluator(),
                details.evaluatedOn(), details.lessons(), null, null, item.code(), item.nameVi(), item.nameEn(),
                item.ownerAgencyId(), item.governingAgencyId(), Set.of(), actor, now);
        evaluation.describe(details, actor, now);
        return evaluation;
    }

    /** Changes what the evaluators found; criteria left blank are dropped. */
    void describe(EvaluationDetails details, String actor, Instant now) {
        kind = details.kind();
        evaluator = details.evaluator();
        evaluatedOn = details.evaluatedOn();
        lessons = details.lessons();
        Set<CriterionRating> kept = new LinkedHashSet<>();
        details.ratings().stream().filter(rating -> !rating.isBlank()).forEach(kept::add);
        ratings = kept;
        touched(actor, now);
    }

    /** Keeps the evaluation report's file, replacing the one kept before. */
    void attachReport(long fileId, String fileName, String actor, Instant now) {
        reportFileId = fileId;
        reportFileName = fileName;
        touched(actor, now);
    }

    private void touched(String actor, Instant now) {
        updatedBy = actor;
        updatedAt = now;
        long item = aidItemId;
        publish(evaluationId -> new EvaluationRecorded(evaluationId, item, actor));
    }

    @Override
    public @Nullable Long id() {
        return id;
    }

    long version() {
        return Objects.requireNonNull(version);
    }

    long aidItemId() {
        return aidItemId;
    }

    long ownerAgencyId() {
        return ownerAgencyId;
    }

    long managingAgencyId() {
        return managingAgencyId;
    }

    @Nullable Long reportFileId() {
        return reportFileId;
    }

    @Nullable String reportFileName() {
        return reportFileName;
    }

    /** The ratings by criterion, in the criteria's order. */
    Map<Criterion, CriterionRating> ratings() {
        Map<Criterion, CriterionRating> byCriterion = new EnumMap<>(Criterion.class);
        ratings.forEach(rating -> byCriterion.put(rating.criterion(), rating));
        return byCriterion;
    }
}
