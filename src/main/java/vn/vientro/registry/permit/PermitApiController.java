package vn.vientro.registry.permit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.vientro.registry.PermitKind;
import vn.vientro.registry.RegistryPolicy;
import vn.vientro.shared.InvalidInputException;
import vn.vientro.shared.TextLength;

@RestController
@Tag(name = "registry")
class PermitApiController {

    private final Permits permits;
    private final RegistryRules rules;

    PermitApiController(Permits permits, RegistryRules rules) {
        this.permits = permits;
        this.rules = rules;
    }

    record PermitRequest(@NotNull(message = "{registry.permit.kind.required}") PermitKind kind,
                         @NotBlank(message = "{registry.permit.number.required}")
                         @Size(max = TextLength.CODE, message = "{validation.tooLong}") String number,
                         @Size(max = TextLength.NAME, message = "{validation.tooLong}") @Nullable String issuingBody,
                         @NotNull(message = "{registry.permit.issuedOn.required}") LocalDate issuedOn,
                         @NotNull(message = "{registry.permit.validFrom.required}") LocalDate validFrom,
                         @NotNull(message = "{registry.permit.validUntil.required}") LocalDate validUntil,
                         @Size(max = TextLength.TEXT, message = "{validation.tooLong}") @Nullable String scopeAreas,
                         @Nullable List<String> scopeCommunes,
                         @Size(max = TextLength.TEXT, message = "{validation.tooLong}") @Nullable String scopeFields) {
    }

    record DecisionRequest(long version,
                           @Size(max = TextLength.CODE, message = "{validation.tooLong}")
                           @Nullable String decisionNumber,
                           @Nullable LocalDate decisionDate,
                           @Size(max = TextLength.TEXT, message = "{validation.tooLong}") @Nullable String note,
                           @Nullable LocalDate validUntil,
                           @Size(max = TextLength.TEXT, message = "{validation.tooLong}") @Nullable String scopeAreas,
                           @Nullable List<String> scopeCommunes,
                           @Size(max = TextLength.TEXT, message = "{validation.tooLong}")
                           @Nullable String scopeFields) {
    }

    @GetMapping("/api/v1/organisations/{id}/permits")
    @Operation(summary = "The organisation's registration papers")
    List<PermitView> ofOrganisation(@PathVariable long id) {
        return permits.ofOrganisation(id);
    }

    @PostMapping("/api/v1/organisations/{id}/permits")
    @PreAuthorize(RegistryPolicy.WRITE)
    @Operation(summary = "Record a registration paper (FOCAL_POINT, ADMIN)")
    ResponseEntity<PermitView> record(@PathVariable long id, @Valid @RequestBody PermitRequest request) {
        long permitId = permits.record(id, new PermitDetails(request.kind(), request.number(),
                request.issuingBody() == null || request.issuingBody().isBlank() ? rules.issuingBody()
                        : request.issuingBody(),
                request.issuedOn(), request.validFrom(), request.validUntil(), request.scopeAreas(),
                request.scopeCommunes() == null ? List.of() : request.scopeCommunes(), request.scopeFields()));
        return ResponseEntity.created(URI.create("/api/v1/permits/" + permitId)).body(permits.get(permitId));
    }

    @GetMapping("/api/v1/permits")
    @PreAuthorize(RegistryPolicy.READ_PERMITS)
    @Operation(summary = "Registration papers ending within N days (expiring-within-days)")
    List<PermitView> expiring(@RequestParam(name = "expiring-within-days", defaultValue = "90") int days) {
        return permits.expiringWithin(days);
    }

    @GetMapping("/api/v1/permits/{id}")
    @Operation(summary = "One registration paper")
    PermitView get(@PathVariable long id) {
        return permits.get(id);
    }

    @PostMapping("/api/v1/permits/{id}/{action}")
    @PreAuthorize(RegistryPolicy.WRITE)
    @Operation(summary = "Record a decision: extend, amend, suspend, reinstate, revoke, plan (FOCAL_POINT, ADMIN)")
    PermitView act(@PathVariable long id, @PathVariable String action, @Valid @RequestBody DecisionRequest request) {
        Decision decision = new Decision(request.decisionNumber() == null ? "" : request.decisionNumber(),
                request.decisionDate(), request.note());
        switch (action) {
            case "extend" -> {
                if (request.validUntil() == null) {
                    throw new InvalidInputException("validUntil", "registry.permit.validUntil.required");
                }
                permits.extend(id, request.version(), request.validUntil(), decision);
            }
            case "amend" -> permits.amend(id, request.version(), request.scopeAreas(),
                    request.scopeCommunes() == null ? List.of() : request.scopeCommunes(), request.scopeFields(), decision);
            case "suspend" -> permits.suspend(id, request.version(), decision);
            case "reinstate" -> permits.reinstate(id, request.version(), decision);
            case "revoke" -> permits.revoke(id, request.version(), decision);
            case "plan" -> {
                if (request.decisionDate() == null) {
                    throw new InvalidInputException("decisionDate", "registry.permit.decisionDate.required");
                }
                permits.receivePlan(id, request.version(), request.decisionDate());
            }
            default -> throw new InvalidInputException("action", "registry.permit.action.unknown");
        }
        return permits.get(id);
    }
}
