package vn.vientro.mobilisation.plan;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.vientro.mobilisation.MobilisationPolicy;

/** Yearly mobilisation plans over the API, with the same roles and rules as the pages: a stale version answers 409. */
@RestController
@RequestMapping("/api/v1/mobilisation-plans")
@Tag(name = "mobilisation", description = "Yearly mobilisation plans and their activities")
class PlanApiController {

    private final MobilisationPlans plans;

    PlanApiController(MobilisationPlans plans) {
        this.plans = plans;
    }

    @GetMapping
    @PreAuthorize(MobilisationPolicy.LIST_PLANS)
    @Operation(summary = "Plans the caller sees, newest year first: every plan for FOCAL_POINT, APPRAISER and LEADER; "
            + "for an AGENCY_OFFICER those where its agency leads or takes part in an activity")
    List<PlanRow> list() {
        return plans.list();
    }

    @GetMapping("/{planId}")
    @Operation(summary = "One plan with the activities the caller sees, their progress as of today (late: the last "
            + "planned month is past and the activity is not done) and the budget planned and spent by type (VND)")
    PlanDetail get(@PathVariable long planId) {
        return plans.detail(planId);
    }

    @PostMapping
    @PreAuthorize(MobilisationPolicy.EDIT_PLANS)
    @Operation(summary = "Write a yearly plan within its programme (FOCAL_POINT)")
    ResponseEntity<PlanView> create(@Valid @RequestBody PlanInput request) {
        long id = plans.create(request);
        return ResponseEntity.created(URI.create("/api/v1/mobilisation-plans/" + id)).body(plans.get(id));
    }

    @PutMapping("/{planId}")
    @PreAuthorize(MobilisationPolicy.EDIT_PLANS)
    @Operation(summary = "Change a plan (FOCAL_POINT); 409 if the version is not current")
    PlanView update(@PathVariable long planId, @Valid @RequestBody PlanInput request) {
        plans.update(planId, request.version() == null ? -1 : request.version(), request);
        return plans.get(planId);
    }

    @PostMapping("/{planId}/activities")
    @PreAuthorize(MobilisationPolicy.EDIT_PLANS)
    @Operation(summary = "Add an activity to the plan (FOCAL_POINT)")
    ResponseEntity<ActivityView> addActivity(@PathVariable long planId, @Valid @RequestBody ActivityInput request) {
        long id = plans.addActivity(planId, request);
        return ResponseEntity.created(URI.create("/api/v1/mobilisation-plans/" + planId + "/activities/" + id))
                .body(plans.activity(planId, id));
    }

    @GetMapping("/{planId}/activities/{activityId}")
    @Operation(summary = "One activity; an AGENCY_OFFICER reads those its agency leads or takes part in")
    ActivityView activity(@PathVariable long planId, @PathVariable long activityId) {
        return plans.activity(planId, activityId);
    }

    @PutMapping("/{planId}/activities/{activityId}")
    @PreAuthorize(MobilisationPolicy.EDIT_PLANS)
    @Operation(summary = "Record an activity's changes: status, spending, outcome (FOCAL_POINT); 409 if the version "
            + "is not current")
    ActivityView updateActivity(@PathVariable long planId, @PathVariable long activityId,
                                @Valid @RequestBody ActivityInput request) {
        plans.updateActivity(planId, activityId, request.version() == null ? -1 : request.version(), request);
        return plans.activity(planId, activityId);
    }
}
