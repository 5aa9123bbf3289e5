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
import vn.vientro.identity.Users;
import vn.vientro.monitoring.MonitoringPolicy;
import vn.vientro.platform.Actor;
import vn.vientro.shared.InvalidInputException;
import vn.vientro.shared.NotFoundException;
import vn.vientro.shared.StaleVersionException;
import vn.vientro.shared.TextLength;

/**
 * The province's yearly plan of inspections (S000 §II.4b, §II.5; S004 §2.5): the focal point plans each with its
 * subject, team and days; the team sets out, answers its type's checklist and concludes it, or the leader who
 * approves the conclusion does.
 */
@Service
public class Inspections {

    private final InspectionRepository inspections;
    private final InspectionQueries queries;
    private final InspectionRules rules;
    private final InspectionSubjects subjects;
    private final Checklists checklists;
    private final Users users;
    private final MonitoringPolicy policy;
    private final Clock clock;

    @SuppressWarnings("checkstyle:ParameterNumber")
    Inspections(InspectionRepository inspections, InspectionQueries queries, InspectionRules rules,
                InspectionSubjects subjects, Checklists checklists, Users users, MonitoringPolicy policy,
                Clock clock) {
        this.inspections = inspections;
        this.queries = queries;
        this.rules = rules;
        this.subjects = subjects;
        this.checklists = checklists;
        this.users = users;
        this.policy = policy;
        this.clock = clock;
    }

    /** The year's plan; an officer sees the inspections of their agency and those whose team they are on. */
    @PreAuthorize(MonitoringPolicy.LIST_INSPECTIONS)
    @Transactional(readOnly = true)
    public List<InspectionRow> list(int year) {
        String member = policy.readsAllInspections() ? null : Actor.current();
        return subjects.named(queries.list(year, policy.agencyScope(), member), LocaleContextHolder.getLocale());
    }

    @PreAuthorize(MonitoringPolicy.LIST_INSPECTIONS)
    @Transactional(readOnly = true)
    public List<Integer> years() {
        return queries.years();
    }

    @PreAuthorize(MonitoringPolicy.READ_INSPECTION)
    @Transactional(readOnly = true)
    public InspectionView get(long inspectionId) {
        Inspection inspection = find(inspectionId);
        return inspection.view(subjects.name(inspection.subjectKind(), inspection.subjectId(),
                LocaleContextHolder.getLocale()), this::member);
    }

    @PreAuthorize(MonitoringPolicy.PLAN_INSPECTIONS)
    @Transactional
    public long plan(InspectionInput input) {
        InspectionDetails details = rules.details(input);
        return Objects.requireNonNull(inspections.save(Inspection.plan(details, checklists.of(details.type()),
                Actor.current(), clock.instant())).id());
    }

    @PreAuthorize(MonitoringPolicy.PLAN_INSPECTIONS)
    @Transactional
    public void change(long inspectionId, InspectionInput input) {
        Inspection inspection = load(inspectionId, input.version());
        InspectionDetails details = rules.details(input);
        inspection.describe(details, checklists.of(details.type()), Actor.current(), clock.instant());
        inspections.save(inspection);
    }

    @PreAuthorize(MonitoringPolicy.WORK_INSPECTION)
    @Transactional
    public void start(long inspectionId, long expectedVersion) {
        Inspection inspection = load(inspectionId, expectedVersion);
        inspection.start(Actor.current(), clock.instant());
        inspections.save(inspection);
    }

    /** Answers the checklist; each note is bounded like any text. */
    @PreAuthorize(MonitoringPolicy.WORK_INSPECTION)
    @Transactional
    public void answer(long inspectionId, long expectedVersion, List<ChecklistEntry> answers) {
        for (int i = 0; i < answers.size(); i++) {
            TextLength.require("checklist[" + i + "].note", answers.get(i).note(), TextLength.TEXT);
        }
        Inspection inspection = load(inspectionId, expectedVersion);
        inspection.answer(answers.stream().map(answer -> new ChecklistEntry(answer.code(), answer.result(),
                blankless(answer.note()))).toList(), Actor.current(), clock.instant());
        inspections.save(inspection);
    }

    @PreAuthorize(MonitoringPolicy.CONCLUDE_INSPECTION)
    @Transactional
    public void conclude(long inspectionId, long expectedVersion, @Nullable String conclusion) {
        TextLength.require("conclusion", conclusion, TextLength.TEXT);
        String text = blankless(conclusion);
        if (text == null) {
            throw new InvalidInputException("conclusion", "monitoring.inspection.conclusion.required");
        }
        Inspection inspection = load(inspectionId, expectedVersion);
        inspection.conclude(text, LocalDate.now(clock), Actor.current(), clock.instant());
        inspections.save(inspection);
    }

    /** Who may be put on a team, for the planner's form. */
    @PreAuthorize(MonitoringPolicy.PLAN_INSPECTIONS)
    @Transactional(readOnly = true)
    public List<vn.vientro.identity.UserView> teamChoices() {
        return rules.teamChoices();
    }

    private InspectionView.Member member(TeamMember member) {
        if (member.userId() == null) {
            return new InspectionView.Member(null, Objects.requireNonNull(member.outsideName()),
                    member.outsideOrganisation());
        }
        var user = users.get(member.userId());
        return new InspectionView.Member(user.id(), user.fullName(),
                user.agencyName(LocaleContextHolder.getLocale()));
    }

    private Inspection find(long inspectionId) {
        return inspections.findById(inspectionId).orElseThrow(() -> new NotFoundException("inspection",
                inspectionId));
    }

    private Inspection load(long inspectionId, @Nullable Long expectedVersion) {
        Inspection inspection = find(inspectionId);
        if (expectedVersion == null || inspection.version() != expectedVersion) {
            throw new StaleVersionException("inspection", inspectionId);
        }
        return inspection;
    }

    private static @Nullable String blankless(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
