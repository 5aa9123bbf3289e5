package vn.vientro.monitoring.inspection;

import java.time.LocalDate;
import java.util.Locale;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import vn.vientro.monitoring.MonitoringPolicy;
import vn.vientro.platform.BoundForms;
import vn.vientro.platform.Breadcrumb;

/** What the inspection pages show beside the records: the choices of the planner's form, who may do what now. */
@Component
class InspectionPageModel {

    private final Inspections inspections;
    private final Findings findings;
    private final InspectionSubjects subjects;
    private final InspectionQueries queries;
    private final MonitoringPolicy policy;

    InspectionPageModel(Inspections inspections, Findings findings, InspectionSubjects subjects,
                        InspectionQueries queries, MonitoringPolicy policy) {
        this.inspections = inspections;
        this.findings = findings;
        this.subjects = subjects;
        this.queries = queries;
        this.policy = policy;
    }

    String list(Model model, int year) {
        model.addAttribute("year", year);
        model.addAttribute("years", Stream.concat(inspections.years().stream(), Stream.of(year, year + 1))
                .distinct().sorted((a, b) -> b - a).toList());
        model.addAttribute("plan", inspections.list(year));
        model.addAttribute("canPlan", policy.canPlanInspections());
        model.addAttribute("breadcrumbs", Breadcrumb.trail(Breadcrumb.link("platform.home.title", "/app"),
                Breadcrumb.here("monitoring.inspections.title")));
        return "monitoring/inspection/list";
    }

    String form(Model model, InspectionInput form, @Nullable Long inspectionId) {
        Locale locale = LocaleContextHolder.getLocale();
        BoundForms.show(model, "form", form);
        model.addAttribute("inspectionId", inspectionId);
        model.addAttribute("types", InspectionType.values());
        model.addAttribute("subjectKinds", SubjectKind.values());
        model.addAttribute("itemChoices", subjects.itemChoices().stream()
                .map(item -> new Choice(item.itemId(), InspectionSubjects.itemName(item, locale))).toList());
        model.addAttribute("organisationChoices", subjects.organisationChoices().stream()
                .map(organisation -> new Choice(organisation.id(), organisation.name())).toList());
        model.addAttribute("agencyChoices", subjects.agencyChoices().stream()
                .map(agency -> new Choice(agency.id(), agency.name(locale))).toList());
        model.addAttribute("teamChoices", inspections.teamChoices().stream()
                .map(user -> new Choice(user.id(), user.fullName() + " · " + user.agencyName(locale))).toList());
        model.addAttribute("breadcrumbs", Breadcrumb.trail(Breadcrumb.link("platform.home.title", "/app"),
                Breadcrumb.link("monitoring.inspections.title", "/app/monitoring/inspections?year="
                        + (form.planYear() == null ? LocalDate.now().getYear() : form.planYear())),
                Breadcrumb.here(inspectionId == null ? "monitoring.inspection.new" : "monitoring.inspection.edit")));
        return "monitoring/inspection/form";
    }

    String page(Model model, InspectionView inspection) {
        InspectionFacts facts = queries.facts(inspection.id()).orElseThrow();
        boolean works = policy.worksOnInspection(facts);
        InspectionStatus status = inspection.status();
        model.addAttribute("inspection", inspection);
        model.addAttribute("canEdit", status != InspectionStatus.CONCLUDED && policy.canPlanInspections());
        model.addAttribute("canStart", status == InspectionStatus.PLANNED && works);
        model.addAttribute("canCheck", status == InspectionStatus.IN_PROGRESS && works);
        model.addAttribute("canConclude", status == InspectionStatus.IN_PROGRESS
                && policy.concludesInspection(facts));
        model.addAttribute("results", CheckResult.values());
        BoundForms.showBlank(model, "conclusionForm", ConclusionForm.blank(inspection.version()));
        findings(model, inspection, facts, works);
        model.addAttribute("breadcrumbs", Breadcrumb.trail(Breadcrumb.link("platform.home.title", "/app"),
                Breadcrumb.link("monitoring.inspections.title", "/app/monitoring/inspections?year="
                        + inspection.planYear()), Breadcrumb.here("monitoring.inspection.title")));
        return "monitoring/inspection/page";
    }

    /**
     * The findings, to the team and the leaders until the conclusion and to every reader of the inspection after it
     * (DOMAIN.md §10); the others see that they are confidential, not what they say.
     */
    private void findings(Model model, InspectionView inspection, InspectionFacts facts, boolean works) {
        boolean reads = policy.readsFindings(facts);
        model.addAttribute("readsFindings", reads);
        model.addAttribute("findings", reads ? findings.list(inspection.id()) : java.util.List.of());
        model.addAttribute("canRecord", inspection.status() == InspectionStatus.IN_PROGRESS && works);
        model.addAttribute("canFollowUp", inspection.status() == InspectionStatus.CONCLUDED
                && policy.followsUp(facts));
        model.addAttribute("canPropose", inspection.status() == InspectionStatus.CONCLUDED
                && policy.draftsProposal(facts)
                && subjects.inspectedNgo(inspection.subjectKind(), inspection.subjectId()).isPresent());
        model.addAttribute("measures", ProposalMeasure.values());
        model.addAttribute("canDecideOutcome", policy.draftsProposal(facts));
        model.addAttribute("outcomes", FindingOutcome.values());
        BoundForms.showBlank(model, "outcomeForm", OutcomeInput.blank());
        model.addAttribute("blankOutcome", OutcomeInput.blank());
        model.addAttribute("categories", FindingCategory.values());
        model.addAttribute("severities", FindingSeverity.values());
        model.addAttribute("recommendationAgencies", subjects.agencyChoices().stream()
                .map(agency -> new Choice(agency.id(), agency.name(LocaleContextHolder.getLocale()))).toList());
        BoundForms.showBlank(model, "findingForm", FindingInput.blank());
        BoundForms.showBlank(model, "recommendationForm", RecommendationInput.blank());
        model.addAttribute("blankRecommendation", RecommendationInput.blank());
    }

    /** A choice of a drop-down or a box: the id posted and the words shown. */
    public record Choice(long id, String label) {
    }
}
