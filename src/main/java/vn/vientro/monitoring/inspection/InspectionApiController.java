package vn.vientro.monitoring.inspection;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.vientro.monitoring.MonitoringPolicy;
import vn.vientro.shared.InvalidInputException;
import vn.vientro.shared.StaleVersionException;

/** The yearly plan of inspections over the API: the same rules as the pages, the same answers as the page shows. */
@RestController
@RequestMapping("/api/v1/inspections")
@Tag(name = "inspections", description = "Inspections of aid items, NGOs and aid owners, with their checklists")
class InspectionApiController {

    private final Inspections inspections;

    InspectionApiController(Inspections inspections) {
        this.inspections = inspections;
    }

    @GetMapping
    @PreAuthorize(MonitoringPolicy.LIST_INSPECTIONS)
    @Operation(summary = "The year's inspections; an officer sees those of their agency and of their teams")
    List<InspectionRow> list(@RequestParam int year) {
        if (year < 2000 || year > 2100) {
            throw new InvalidInputException("year", "monitoring.inspection.year.invalid");
        }
        return inspections.list(year);
    }

    @PostMapping
    @PreAuthorize(MonitoringPolicy.PLAN_INSPECTIONS)
    @Operation(summary = "Plan an inspection (FOCAL_POINT): the subject is the id of the kind chosen; the team's "
            + "users by id, outside members one a line as \"name, organisation\"")
    ResponseEntity<InspectionView> plan(@Valid @RequestBody InspectionInput request) {
        long id = inspections.plan(request);
        return ResponseEntity.created(URI.create("/api/v1/inspections/" + id)).body(inspections.get(id));
    }

    @GetMapping("/{inspectionId}")
    @PreAuthorize(MonitoringPolicy.READ_INSPECTION)
    @Operation(summary = "The inspection with its team and checklist (its findings apart)")
    InspectionView get(@PathVariable long inspectionId) {
        return inspections.get(inspectionId);
    }

    @PutMapping("/{inspectionId}")
    @PreAuthorize(MonitoringPolicy.PLAN_INSPECTIONS)
    @Operation(summary = "Change what was planned, until concluded; the type only while planned; 409 if the "
            + "version is not current")
    InspectionView change(@PathVariable long inspectionId, @Valid @RequestBody InspectionInput request) {
        inspections.change(inspectionId, request);
        return inspections.get(inspectionId);
    }

    @PostMapping("/{inspectionId}/start")
    @PreAuthorize(MonitoringPolicy.WORK_INSPECTION)
    @Operation(summary = "The team sets out (its members of staff)")
    InspectionView start(@PathVariable long inspectionId, @Valid @RequestBody VersionRequest request) {
        inspections.start(inspectionId, request.versionOrNone());
        return inspections.get(inspectionId);
    }

    @PutMapping("/{inspectionId}/checklist")
    @PreAuthorize(MonitoringPolicy.WORK_INSPECTION)
    @Operation(summary = "Answer points of the checklist by their code, while the inspection is under way; a point "
            + "not sent keeps its answer. 409 if the version is not current, with the inspection as it now stands in "
            + "the problem's `current` member, for a client that worked offline to resolve field by field")
    InspectionView answer(@PathVariable long inspectionId, @Valid @RequestBody ChecklistForm request) {
        try {
            inspections.answer(inspectionId, request.versionOrNone(), request.answers());
        } catch (OptimisticLockingFailureException stale) {
            // no transaction runs here (a PUT has no idempotency key): the refused one was rolled back alone
            throw new StaleVersionException("inspection", inspectionId, inspections.get(inspectionId));
        }
        return inspections.get(inspectionId);
    }

    @PostMapping("/{inspectionId}/conclude")
    @PreAuthorize(MonitoringPolicy.CONCLUDE_INSPECTION)
    @Operation(summary = "Conclude the inspection with its conclusion (the team, or LEADER): its findings then "
            + "reach the inspected owner")
    InspectionView conclude(@PathVariable long inspectionId, @Valid @RequestBody ConclusionForm request) {
        inspections.conclude(inspectionId, request.versionOrNone(), request.conclusion());
        return inspections.get(inspectionId);
    }

    /** @param version the inspection's version the caller saw */
    record VersionRequest(@org.jspecify.annotations.Nullable Long version) {

        long versionOrNone() {
            return version == null ? -1 : version;
        }
    }
}
