package vn.vientro.monitoring.duty;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.vientro.monitoring.DutyKind;
import vn.vientro.monitoring.MonitoringPolicy;

/** The list of reporting duties over the API, with the page's filters. */
@RestController
@Tag(name = "report-duties", description = "Reporting duties of aid owners and foreign NGOs, with their due dates")
class DutyApiController {

    private final ReportDuties duties;

    DutyApiController(ReportDuties duties) {
        this.duties = duties;
    }

    @GetMapping("/api/v1/report-duties")
    @PreAuthorize(MonitoringPolicy.LIST_DUTIES)
    @Operation(summary = "Reporting duties by due date: generated from approved aid items, the results framework's "
            + "periods and the foreign NGOs' plans and annual reports; an officer sees those of their agency's items")
    @SuppressWarnings("checkstyle:ParameterNumber")
    DutyPage list(@Parameter(description = "An agency that owns or manages the items")
                  @RequestParam(required = false) @Nullable Long owner,
                  @Parameter(description = "A foreign NGO: its own duties and those of the items it funds")
                  @RequestParam(required = false) @Nullable Long organisation,
                  @Parameter(description = "One aid item") @RequestParam(required = false) @Nullable Long item,
                  @RequestParam(required = false) @Nullable DutyKind kind,
                  @Parameter(description = "UPCOMING, DUE_SOON (within 15 days), OVERDUE or DONE")
                  @RequestParam(required = false) @Nullable DutyStatus status,
                  @Parameter(description = "Due on or after this day")
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                  @Nullable LocalDate dueAfter,
                  @Parameter(description = "Due on or before this day")
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                  @Nullable LocalDate dueBefore,
                  @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return duties.list(new DutyFilter(owner, organisation, item, kind, status, dueAfter, dueBefore, page, size));
    }
}
