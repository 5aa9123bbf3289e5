package vn.vientro.identity.agency;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.vientro.identity.Agencies;
import vn.vientro.identity.AgencyDetails;
import vn.vientro.identity.AgencyKind;
import vn.vientro.identity.AgencyView;
import vn.vientro.identity.IdentityPolicy;
import vn.vientro.shared.TextLength;

@RestController
@RequestMapping("/api/v1/agencies")
@Tag(name = "identity")
class AgencyApiController {

    private final Agencies agencies;

    AgencyApiController(Agencies agencies) {
        this.agencies = agencies;
    }

    /** An agency as an API client sends it; {@code version} is required to update. */
    record AgencyRequest(@Nullable Long version,
                         @NotBlank(message = "{identity.agency.code.required}")
                         @Pattern(regexp = "[A-Za-z0-9._-]{2,40}", message = "{identity.agency.code.pattern}")
                         String code,
                         @NotBlank(message = "{identity.agency.nameVi.required}")
                         @Size(max = TextLength.NAME, message = "{validation.tooLong}") String nameVi,
                         @Nullable @Size(max = TextLength.NAME, message = "{validation.tooLong}") String nameEn,
                         @Nullable @Size(max = TextLength.CODE, message = "{validation.tooLong}") String shortName,
                         @NotNull(message = "{identity.agency.kind.required}") AgencyKind kind,
                         @Nullable Boolean focalPoint,
                         @Nullable Boolean appraisalLead,
                         @Nullable Boolean active,
                         @Nullable @Email(message = "{validation.email}")
                         @Size(max = TextLength.EMAIL, message = "{validation.tooLong}") String email,
                         @Size(max = TextLength.CODE, message = "{validation.tooLong}") @Nullable String phone,
                         @Size(max = TextLength.NAME, message = "{validation.tooLong}") @Nullable String address,
                         @Size(max = TextLength.NAME, message = "{validation.tooLong}") @Nullable String headTitleVi,
                         @Size(max = TextLength.NAME, message = "{validation.tooLong}") @Nullable String headTitleEn) {

        AgencyDetails toDetails() {
            return new AgencyDetails(code, nameVi, nameEn, shortName, kind, Boolean.TRUE.equals(focalPoint),
                    Boolean.TRUE.equals(appraisalLead), active == null || active, email, phone, address, headTitleVi,
                    headTitleEn);
        }
    }

    @GetMapping
    @Operation(summary = "All agencies, with the body that carries on a dissolved agency's duties")
    List<AgencyView> list() {
        return agencies.all();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One agency")
    AgencyView get(@PathVariable long id) {
        return agencies.get(id);
    }

    @PostMapping
    @PreAuthorize(IdentityPolicy.ADMINISTER)
    @Operation(summary = "Register an agency (ADMIN)")
    ResponseEntity<AgencyView> register(@Valid @RequestBody AgencyRequest request) {
        long id = agencies.register(request.toDetails());
        return ResponseEntity.created(URI.create("/api/v1/agencies/" + id)).body(agencies.get(id));
    }

    @PutMapping("/{id}")
    @PreAuthorize(IdentityPolicy.ADMINISTER)
    @Operation(summary = "Update an agency (ADMIN); 409 if the version is not the current one")
    AgencyView update(@PathVariable long id, @Valid @RequestBody AgencyRequest request) {
        agencies.update(id, request.version() == null ? -1 : request.version(), request.toDetails());
        return agencies.get(id);
    }
}
