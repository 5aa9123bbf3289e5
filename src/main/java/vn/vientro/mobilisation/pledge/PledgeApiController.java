package vn.vientro.mobilisation.pledge;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.vientro.mobilisation.MobilisationPolicy;
import vn.vientro.shared.TextLength;

/** Pledges over the API, with the same roles and checks as their pages. */
@RestController
@RequestMapping("/api/v1/pledges")
@Tag(name = "mobilisation", description = "The catalogue of projects calling for aid: needs, their workflow, files")
class PledgeApiController {

    private final Pledges pledges;

    PledgeApiController(Pledges pledges) {
        this.pledges = pledges;
    }

    /** Withdrawing, with the version the caller read and why. */
    record WithdrawRequest(@Nullable Long version, @Size(max = TextLength.TEXT) @Nullable String reason) {
    }

    /** Where the pre-filled new-item form opens, for a client that shows it to a person. */
    record DossierForm(String address) {
    }

    @GetMapping
    @Operation(summary = "Pledges of a year (by the day pledged) and of a need, either optional, with the money "
            + "pledged, committed and disbursed in VND in all, by year and by need")
    PledgeBook list(@RequestParam(required = false) @Nullable Integer year,
                    @RequestParam(required = false) @Nullable Long need) {
        return pledges.list(year, need);
    }

    @GetMapping("/{pledgeId}")
    @Operation(summary = "One pledge, with the aid item it started if any")
    PledgeRow get(@PathVariable long pledgeId) {
        return pledges.get(pledgeId);
    }

    @PostMapping
    @PreAuthorize(MobilisationPolicy.RECORD_INTERESTS)
    @Operation(summary = "Record a pledge for a need (FOCAL_POINT): the organisation's interest moves to pledged, "
            + "opened there if the organisation was not approached yet")
    ResponseEntity<PledgeRow> record(@Valid @RequestBody PledgeForm request) {
        long id = pledges.record(request.terms());
        return ResponseEntity.created(URI.create("/api/v1/pledges/" + id)).body(pledges.get(id));
    }

    @PostMapping("/{pledgeId}/withdraw")
    @PreAuthorize(MobilisationPolicy.RECORD_INTERESTS)
    @Operation(summary = "Withdraw a pledge without a dossier (FOCAL_POINT); 409 if the version is not current")
    PledgeRow withdraw(@PathVariable long pledgeId, @Valid @RequestBody WithdrawRequest request) {
        pledges.withdraw(pledgeId, request.version() == null ? -1 : request.version(), request.reason());
        return pledges.get(pledgeId);
    }

    @GetMapping("/{pledgeId}/dossier-form")
    @PreAuthorize(MobilisationPolicy.RECORD_INTERESTS + " and @aidPolicy.canDraft()")
    @Operation(summary = "The address of the aid item form pre-filled from the pledge and its need (FOCAL_POINT); "
            + "the item saved from it is linked to the pledge")
    DossierForm dossierForm(@PathVariable long pledgeId) {
        return new DossierForm(pledges.dossierForm(pledgeId));
    }
}
