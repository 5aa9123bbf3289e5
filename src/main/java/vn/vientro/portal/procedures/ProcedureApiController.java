package vn.vientro.portal.procedures;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.vientro.shared.NotFoundException;

/** A procedure page's text over the API, with the same role and rules as the pages. */
@RestController
@RequestMapping("/api/v1/procedures")
@Tag(name = "portal", description = "The portal's procedure pages")
class ProcedureApiController {

    private final Procedures procedures;

    ProcedureApiController(Procedures procedures) {
        this.procedures = procedures;
    }

    @GetMapping("/{procedure}")
    @PreAuthorize(ProcedurePolicy.EDIT)
    @Operation(summary = "A procedure page's text as stored (sanitised HTML), by its English slug (FOCAL_POINT)")
    ProcedureText text(@PathVariable String procedure) {
        return procedures.draft(kind(procedure));
    }

    @PutMapping("/{procedure}")
    @PreAuthorize(ProcedurePolicy.EDIT)
    @Operation(summary = "Rewrite a procedure page's text, sanitised on an allow-list (FOCAL_POINT); 409 if the "
            + "version is not current (no version: the first text)")
    ProcedureText write(@PathVariable String procedure, @Valid @RequestBody ProcedureText request) {
        ProcedureKind kind = kind(procedure);
        procedures.write(kind, request.version(), request);
        return procedures.draft(kind);
    }

    private static ProcedureKind kind(String slug) {
        return ProcedureKind.bySlug(slug).orElseThrow(() -> new NotFoundException("procedure", slug));
    }
}
