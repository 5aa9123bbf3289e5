package vn.vientro.identity.security;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.vientro.identity.Agencies;
import vn.vientro.identity.AgencyView;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "identity", description = "The caller, agencies")
class MeApiController {

    private final Agencies agencies;

    MeApiController(Agencies agencies) {
        this.agencies = agencies;
    }

    record Me(String username, String fullName, AgencyRef agency, Set<String> roles) {
    }

    record AgencyRef(long id, String code, String nameVi, String nameEn) {
    }

    @GetMapping("/me")
    @Operation(summary = "The caller's username, agency and roles")
    Me me(@AuthenticationPrincipal SignedInUser user) {
        AgencyView agency = agencies.get(user.agencyId());
        Set<String> roles = new TreeSet<>();
        user.roles().forEach(role -> roles.add(role.name()));
        return new Me(user.getUsername(), user.displayName(),
                new AgencyRef(agency.id(), agency.code(), agency.nameVi(),
                        agency.nameEn() == null ? agency.nameVi() : agency.nameEn()),
                roles);
    }
}
