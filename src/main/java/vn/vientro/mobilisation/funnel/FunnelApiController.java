package vn.vientro.mobilisation.funnel;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.vientro.mobilisation.MobilisationPolicy;
import vn.vientro.shared.TextLength;

/** The interest funnel over the API, with the same roles and checks as its pages. */
@RestController
@Tag(name = "mobilisation", description = "The catalogue of projects calling for aid: needs, their workflow, files")
class FunnelApiController {

    private final Funnel funnel;

    FunnelApiController(Funnel funnel) {
        this.funnel = funnel;
    }

    /** A new interest: the organisation, its first stage and day, how it came about. */
    record InterestRequest(@NotNull @Nullable Long organisationId, @NotNull @Nullable InterestStage stage,
                           @NotNull @Nullable LocalDate onDate,
                           @Size(max = TextLength.NAME) @Nullable String contactPerson,
                           @Size(max = TextLength.NAME) @Nullable String cameFrom,
                           @Size(max = TextLength.TEXT) @Nullable String note) {
    }

    /** The next stage, with the version the caller read; the aid item when committing. */
    record MoveRequest(@Nullable Long version, @NotNull @Nullable InterestStage stage,
                       @NotNull @Nullable LocalDate onDate, @Size(max = TextLength.TEXT) @Nullable String note,
                       @Nullable Long aidItemId) {
    }

    @GetMapping("/api/v1/catalogue-needs/{needId}/interests")
    @Operation(summary = "The organisations approached for a need, how far each has come, and each one's steps")
    NeedInterests ofNeed(@PathVariable long needId) {
        return funnel.ofNeed(needId);
    }

    @PostMapping("/api/v1/catalogue-needs/{needId}/interests")
    @PreAuthorize(MobilisationPolicy.RECORD_INTERESTS)
    @Operation(summary = "Record an organisation approached for a need, at its first stage (FOCAL_POINT); one per "
            + "need and organisation")
    ResponseEntity<NeedInterests> record(@PathVariable long needId, @Valid @RequestBody InterestRequest request) {
        funnel.record(needId, Objects.requireNonNull(request.organisationId()), new InterestMove(
                Objects.requireNonNull(request.stage()), Objects.requireNonNull(request.onDate()), request.note(),
                null), request.contactPerson(), request.cameFrom());
        return ResponseEntity.created(URI.create("/api/v1/catalogue-needs/" + needId + "/interests"))
                .body(funnel.ofNeed(needId));
    }

    @PostMapping("/api/v1/interests/{interestId}/moves")
    @PreAuthorize(MobilisationPolicy.RECORD_INTERESTS)
    @Operation(summary = "Move an interest on (forward, or declined); committing names the aid item; 409 if the "
            + "version is not current or the funnel's order refuses the move")
    void move(@PathVariable long interestId, @Valid @RequestBody MoveRequest request) {
        funnel.move(interestId, request.version() == null ? -1 : request.version(), new InterestMove(
                Objects.requireNonNull(request.stage()), Objects.requireNonNull(request.onDate()), request.note(),
                request.aidItemId()));
    }

    @GetMapping("/api/v1/interests")
    @Operation(summary = "The funnel: each stage's count, how many reached it, its conversion, and every interest")
    FunnelBoard board() {
        return funnel.board();
    }
}
