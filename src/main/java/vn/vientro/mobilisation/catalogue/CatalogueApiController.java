package vn.vientro.mobilisation.catalogue;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.vientro.mobilisation.MobilisationPolicy;
import vn.vientro.mobilisation.need.NeedStep;
import vn.vientro.shared.TextLength;

/** The catalogue's periods and versions over the API, with the pages' roles: a draft is the provincial roles' only. */
@RestController
@RequestMapping("/api/v1/catalogues")
@Tag(name = "mobilisation", description = "The catalogue of projects calling for aid: needs, their workflow, files")
class CatalogueApiController {

    private static final String VERSION = "/versions/{versionId}";

    private final Catalogues catalogues;
    private final CatalogueExports exports;

    CatalogueApiController(Catalogues catalogues, CatalogueExports exports) {
        this.catalogues = catalogues;
        this.exports = exports;
    }

    @GetMapping
    @PreAuthorize(MobilisationPolicy.READ_CATALOGUES)
    @Operation(summary = "The plan periods, latest first, each with its latest approved version")
    List<PeriodRow> periods() {
        return catalogues.periods();
    }

    @PostMapping
    @PreAuthorize(MobilisationPolicy.COMPILE)
    @Operation(summary = "Open a plan period (APPRAISER)")
    ResponseEntity<PeriodView> openPeriod(@Valid @RequestBody PeriodRequest request) {
        long id = catalogues.openPeriod(request.firstYear(), request.lastYear());
        return ResponseEntity.created(URI.create("/api/v1/catalogues/" + id)).body(period(id));
    }

    @GetMapping("/{periodId}")
    @PreAuthorize(MobilisationPolicy.READ_CATALOGUES)
    @Operation(summary = "A period with its versions: the approved ones, and the draft for FOCAL_POINT, APPRAISER, "
            + "LEADER")
    PeriodView period(@PathVariable long periodId) {
        return new PeriodView(catalogues.period(periodId), catalogues.versions(periodId));
    }

    @PostMapping("/{periodId}/versions")
    @PreAuthorize(MobilisationPolicy.COMPILE)
    @Operation(summary = "Open the period's next version as a draft (APPRAISER); 409 while a draft exists")
    ResponseEntity<VersionView> openVersion(@PathVariable long periodId) {
        long id = catalogues.openVersion(periodId);
        return ResponseEntity.created(URI.create("/api/v1/catalogues/versions/" + id)).body(catalogues.version(id));
    }

    @GetMapping(VERSION)
    @Operation(summary = "A version with its needs: as approved, or for a draft what approving it now would list")
    VersionView version(@PathVariable long versionId) {
        return catalogues.version(versionId);
    }

    @GetMapping(VERSION + "/changes")
    @Operation(summary = "The needs the version added, and those withdrawn or funded since the previous version")
    CatalogueChanges changes(@PathVariable long versionId) {
        return catalogues.changes(versionId);
    }

    @PostMapping(VERSION + "/needs")
    @PreAuthorize(MobilisationPolicy.COMPILE)
    @Operation(summary = "Put an accepted need into the draft (APPRAISER); 409 if the version is not current")
    VersionView include(@PathVariable long versionId, @Valid @RequestBody NeedRequest request) {
        catalogues.include(versionId, version(request.version()), request.needId());
        return catalogues.version(versionId);
    }

    @PostMapping(VERSION + "/needs/{needId}/exclusion")
    @PreAuthorize(MobilisationPolicy.COMPILE)
    @Operation(summary = "Take a need out of the draft (APPRAISER)")
    VersionView exclude(@PathVariable long versionId, @PathVariable long needId,
                        @Valid @RequestBody VersionRequest request) {
        catalogues.exclude(versionId, version(request.version()), needId);
        return catalogues.version(versionId);
    }

    @PostMapping(VERSION + "/approval")
    @PreAuthorize(MobilisationPolicy.APPROVE_CATALOGUE)
    @Operation(summary = "Approve the draft by the province's decision (LEADER): approves the needs it adds and "
            + "freezes what it lists")
    VersionView approve(@PathVariable long versionId, @Valid @RequestBody ApprovalRequest request) {
        catalogues.approve(versionId, version(request.version()), new NeedStep(null, request.decisionNumber(),
                request.decisionDate(), null, null, null));
        return catalogues.version(versionId);
    }

    @GetMapping(VERSION + "/catalogue.xlsx")
    @Operation(summary = "An approved version as the official Excel table, in the caller's language")
    void excel(@PathVariable long versionId, Locale locale, HttpServletResponse response) throws IOException {
        exports.excel(versionId, locale, response);
    }

    @GetMapping(VERSION + "/brochure.pdf")
    @Operation(summary = "An approved version as the bilingual PDF brochure for NGOs")
    void brochure(@PathVariable long versionId, HttpServletResponse response) throws IOException {
        exports.brochure(versionId, response);
    }

    private static long version(@Nullable Long version) {
        return version == null ? -1 : version;
    }

    /** A period with its versions. */
    record PeriodView(PeriodRow period, List<VersionRow> versions) {
    }

    /** A plan period's first and last year. */
    record PeriodRequest(@NotNull(message = "{validation.required}") @Nullable Integer firstYear,
                         @NotNull(message = "{validation.required}") @Nullable Integer lastYear) {
    }

    /** The draft's version the caller saw. */
    record VersionRequest(@Nullable Long version) {
    }

    /** A need to put into the draft, and the draft's version the caller saw. */
    record NeedRequest(@Nullable Long version, @NotNull(message = "{validation.required}") @Nullable Long needId) {
    }

    /** The approving decision, and the draft's version the caller saw. */
    record ApprovalRequest(@Nullable Long version,
                           @Size(max = TextLength.CODE, message = "{validation.tooLong}")
                           @Nullable String decisionNumber,
                           @Nullable LocalDate decisionDate) {
    }
}
