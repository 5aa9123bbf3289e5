package vn.vientro.registry.organisation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.vientro.registry.OrganisationKind;
import vn.vientro.registry.OrganisationStatus;
import vn.vientro.registry.RegistryPolicy;
import vn.vientro.shared.TextLength;

@RestController
@RequestMapping("/api/v1/organisations")
@Tag(name = "registry", description = "Foreign NGOs and other organisations, registration papers, contacts")
class OrganisationApiController {

    private final OrganisationRegistry registry;

    OrganisationApiController(OrganisationRegistry registry) {
        this.registry = registry;
    }

    /** An organisation as sent by an API client; {@code version} is required to update. */
    record OrganisationRequest(@Nullable Long version,
                               @NotNull(message = "{registry.organisation.kind.required}") OrganisationKind kind,
                               @NotBlank(message = "{registry.organisation.nameOriginal.required}")
                               @Size(max = TextLength.NAME, message = "{validation.tooLong}") String nameOriginal,
                               @Size(max = TextLength.NAME, message = "{validation.tooLong}") @Nullable String nameEn,
                               @Size(max = TextLength.NAME, message = "{validation.tooLong}") @Nullable String nameVi,
                               @Size(max = TextLength.CODE, message = "{validation.tooLong}")
                               @Nullable String abbreviation,
                               @Size(max = TextLength.CODE, message = "{validation.tooLong}")
                               @Nullable String countryCode,
                               @Size(max = TextLength.CODE, message = "{validation.tooLong}")
                               @Nullable String iatiIdentifier,
                               @Size(max = TextLength.CODE, message = "{validation.tooLong}")
                               @Nullable String iatiOrgType,
                               @Size(max = TextLength.NAME, message = "{validation.tooLong}") @Nullable String website,
                               @Size(max = TextLength.NAME, message = "{validation.tooLong}")
                               @Nullable String addressAbroad,
                               @Size(max = TextLength.NAME, message = "{validation.tooLong}")
                               @Nullable String addressVn,
                               @Size(max = TextLength.CODE, message = "{validation.tooLong}") @Nullable String phone,
                               @Size(max = TextLength.EMAIL, message = "{validation.tooLong}") @Nullable String email,
                               @Size(max = TextLength.NAME, message = "{validation.tooLong}")
                               @Nullable String headOfOffice,
                               @Nullable List<String> sectorCodes,
                               @Nullable List<String> priorityFields,
                               @Nullable List<String> communeCodes,
                               @Size(max = TextLength.TEXT, message = "{validation.tooLong}") @Nullable String notes) {

        OrganisationDetails details() {
            return new OrganisationDetails(kind, nameOriginal, nameEn, nameVi, abbreviation, countryCode, iatiIdentifier,
                    iatiOrgType, website, addressAbroad, addressVn, phone, email, headOfOffice, list(sectorCodes),
                    list(priorityFields), list(communeCodes), notes);
        }

        private static List<String> list(@Nullable List<String> values) {
            return values == null ? List.of() : values;
        }
    }

    record StatusRequest(long version,
                         @NotNull OrganisationStatus to,
                         @NotBlank @Size(max = TextLength.TEXT, message = "{validation.tooLong}") String reason,
                         @NotBlank @Size(max = TextLength.CODE, message = "{validation.tooLong}") String decisionNumber,
                         @NotNull LocalDate decisionDate) {
    }

    @GetMapping
    @Operation(summary = "Organisations, filtered; paged (page from 0)")
    OrganisationPage list(@RequestParam(required = false) @Nullable OrganisationKind kind,
                          @RequestParam(required = false) @Nullable OrganisationStatus status,
                          @RequestParam(required = false) @Nullable String country,
                          @RequestParam(required = false) @Nullable String sector,
                          @RequestParam(name = "expiring-within-days", required = false) @Nullable Integer expiring,
                          @RequestParam(name = "without-valid-permit", defaultValue = "false") boolean noPermit,
                          @RequestParam(required = false) @Nullable String q,
                          @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return registry.list(new OrganisationFilter(kind, status, country, sector, expiring, noPermit, q, page, size));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One organisation")
    OrganisationView get(@PathVariable long id) {
        return registry.get(id);
    }

    @PostMapping
    @PreAuthorize(RegistryPolicy.WRITE)
    @Operation(summary = "Register an organisation (FOCAL_POINT, ADMIN); 409 with candidates if it looks like a "
            + "duplicate, unless confirm=true")
    ResponseEntity<OrganisationView> register(@Valid @RequestBody OrganisationRequest request,
                                              @RequestParam(defaultValue = "false") boolean confirm) {
        long id = registry.register(request.details(), confirm);
        return ResponseEntity.created(URI.create("/api/v1/organisations/" + id)).body(registry.get(id));
    }

    @PutMapping("/{id}")
    @PreAuthorize(RegistryPolicy.WRITE)
    @Operation(summary = "Update an organisation (FOCAL_POINT, ADMIN); 409 if the version is not current")
    OrganisationView update(@PathVariable long id, @Valid @RequestBody OrganisationRequest request) {
        registry.update(id, request.version() == null ? -1 : request.version(), request.details());
        return registry.get(id);
    }

    @PostMapping("/{id}/status")
    @PreAuthorize(RegistryPolicy.WRITE)
    @Operation(summary = "Change the organisation's status by a decision (FOCAL_POINT, ADMIN)")
    OrganisationView changeStatus(@PathVariable long id, @Valid @RequestBody StatusRequest request) {
        registry.changeStatus(id, request.version(), new StatusChange(request.to(),
                request.reason(), request.decisionNumber(), request.decisionDate()));
        return registry.get(id);
    }

    @ExceptionHandler(DuplicateOrganisationException.class)
    ResponseEntity<ProblemDetail> duplicate(DuplicateOrganisationException e) {
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.CONFLICT);
        problem.setType(URI.create("/problems/possible-duplicate"));
        problem.setTitle("Possible duplicate organisation");
        problem.setDetail("Similar organisations exist; send confirm=true to register anyway.");
        problem.setProperty("candidates", e.candidates().stream()
                .map(c -> Map.of("id", c.id(), "name", c.displayName(), "iatiIdentifier",
                        c.iatiIdentifier() == null ? "" : c.iatiIdentifier()))
                .toList());
        return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
