package vn.vientro.monitoring.inspection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;
import vn.vientro.monitoring.InspectionConcluded;
import vn.vientro.monitoring.InspectionPlanned;
import vn.vientro.platform.PublishingAggregate;
import vn.vientro.monitoring.MonitoringProblem;
import vn.vientro.shared.BusinessRuleException;
import vn.vientro.shared.Text;

/**
 * An inspection of the yearly plan: its subject, team, days and the checklist of its type. Planned, it may still be
 * changed; under way, the team answers the checklist (and records findings); concluded, it is closed and its findings
 * reach the inspected owner.
 */
@Table(schema = "monitoring", name = "inspection")
class Inspection extends PublishingAggregate {

    @Id
    private @Nullable Long id;
    @Version
    private @Nullable Long version;
    private int planYear;
    private InspectionType type;
    private String title;
    private SubjectKind subjectKind;
    private @Nullable Long aidItemId;
    private @Nullable Long organisationId;
    private @Nullable Long agencyId;
    private @Nullable Long ownerAgencyId;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private InspectionStatus status;
    private @Nullable String conclusion;
    private @Nullable LocalDate concludedOn;
    private String updatedBy;
    private Instant updatedAt;
    @MappedCollection(idColumn = "inspection_id", keyColumn = "position")
    private List<TeamMember> team;
    @MappedCollection(idColumn = "inspection_id", keyColumn = "position")
    private List<ChecklistEntry> checks;

    @PersistenceCreator
    @SuppressWarnings("checkstyle:ParameterNumber")
    Inspection(@Nullable Long id, @Nullable Long version, int planYear, InspectionType type, String title,
               SubjectKind subjectKind, @Nullable Long aidItemId, @Nullable Long organisationId,
               @Nullable Long agencyId, @Nullable Long ownerAgencyId, LocalDate startsOn, LocalDate endsOn,
               InspectionStatus status, @Nullable String conclusion, @Nullable LocalDate concludedOn,
               String updatedBy, Instant updatedAt, List<TeamMember> team, List<ChecklistEntry> checks) {
        this.id = id;
        this.version = version;
        this.planYear = planYear;
        this.type = type;
        this.title = title;
        this.subjectKind = subjectKind;
        this.aidItemId = aidItemId;
        this.organisationId = organisationId;
        this.agencyId = agencyId;
        this.ownerAgencyId = ownerAgencyId;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.status = status;
        this.conclusion = conclusion;
        this.concludedOn = concludedOn;
        this.updatedBy = updatedBy;
        this.updatedAt = updatedAt;
        this.team = new ArrayList<>(team);
        this.checks = new ArrayList<>(checks);
    }

    /** A planned inspection with its type's checklist, every point open. */
    static Inspection plan(InspectionDetails details, List<String> checklist, String actor, Instant now) {
        Inspection planned = new Inspection(null, null, details.planYear(), details.type(), details.title(),
                details.subjectKind(), null, null, null, null, details.startsOn(), details.endsOn(),
                InspectionStatus.PLANNED, null, null, actor, now, List.of(), List.of());
        planned.describe(details, checklist, actor, now);
        planned.publish(id -> new InspectionPlanned(id, planned.title, planned.ownerAgencyId,
                planned.type != InspectionType.AD_HOC, planned.startsOn, planned.endsOn, planned.staffOnTeam(),
                actor));
        return planned;
    }

    /**
     * Changes what was planned; until concluded. The type changes only while planned, and brings its own checklist:
     * the points answered under way belong to the type they were asked for.
     */
    void describe(InspectionDetails details, List<String> checklist, String actor, Instant now) {
        if (status == InspectionStatus.CONCLUDED || status != InspectionStatus.PLANNED && details.type() != type) {
            throw refused("CHANGE");
        }
        if (checks.isEmpty() || details.type() != type) {
            checks = new ArrayList<>(checklist.stream().map(ChecklistEntry::open).toList());
        }
        planYear = details.planYear();
        type = details.type();
        title = details.title();
        subjectKind = details.subjectKind();
        aidItemId = details.aidItemId();
        organisationId = details.organisationId();
        agencyId = details.agencyId();
        ownerAgencyId = details.ownerAgencyId();
        startsOn = details.startsOn();
        endsOn = details.endsOn();
        team = new ArrayList<>(details.team());
        stamp(actor, now);
    }

    /** The team sets out: the checklist and the findings open. */
    void start(String actor, Instant now) {
        if (status != InspectionStatus.PLANNED) {
            throw refused("START");
        }
        status = InspectionStatus.IN_PROGRESS;
        stamp(actor, now);
    }

    /** Answers the checklist's points, each by its code; a code the checklist lacks is ignored. */
    void answer(List<ChecklistEntry> answers, String actor, Instant now) {
        if (status != InspectionStatus.IN_PROGRESS) {
            throw refused("CHECK");
        }
        checks = new ArrayList<>(checks.stream().map(point -> answers.stream()
                .filter(answer -> answer.code().equals(point.code())).findFirst()
                .map(answer -> new ChecklistEntry(point.code(), answer.result(), answer.note()))
                .orElse(point)).toList());
        stamp(actor, now);
    }

    /** Closes the inspection with its conclusion: from now on the inspected owner reads the findings. */
    void conclude(String text, LocalDate on, String actor, Instant now) {
        if (status != InspectionStatus.IN_PROGRESS) {
            throw refused("CONCLUDE");
        }
        status = InspectionStatus.CONCLUDED;
        conclusion = text;
        concludedOn = on;
        stamp(actor, now);
        publish(id -> new InspectionConcluded(id, title, ownerAgencyId, staffOnTeam(), actor));
    }

    private List<String> staffOnTeam() {
        return team.stream().map(TeamMember::username).filter(Objects::nonNull).toList();
    }

    private void stamp(String actor, Instant now) {
        updatedBy = actor;
        updatedAt = now;
    }

    private BusinessRuleException refused(String step) {
        return new BusinessRuleException(MonitoringProblem.INSPECTION_STEP_REFUSED,
                "monitoring.inspection.stepRefused", null, Text.of("monitoring.inspection.step." + step),
                Text.of("monitoring.inspection.status." + status));
    }

    /** The inspection as pages show it, with its subject and its users named by the caller. */
    InspectionView view(String subjectName, java.util.function.Function<TeamMember, InspectionView.Member> naming) {
        return new InspectionView(Objects.requireNonNull(id), version(), planYear, type, title, subjectKind,
                subjectId(), subjectName, ownerAgencyId, startsOn, endsOn, status, conclusion, concludedOn,
                team.stream().map(naming).toList(), List.copyOf(checks));
    }

    /** The id of the subject, whichever its kind. */
    @Nullable Long subjectId() {
        return aidItemId != null ? aidItemId : organisationId != null ? organisationId : agencyId;
    }

    SubjectKind subjectKind() {
        return subjectKind;
    }

    @Override
    public @Nullable Long id() {
        return id;
    }

    long version() {
        return Objects.requireNonNull(version);
    }

    InspectionStatus status() {
        return status;
    }

    InspectionType type() {
        return type;
    }
}
