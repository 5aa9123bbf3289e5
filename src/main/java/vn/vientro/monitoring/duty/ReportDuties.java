package vn.vientro.monitoring.duty;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vientro.aid.AidReportingQueries;
import vn.vientro.aid.AidRules;
import vn.vientro.aid.ResultsReportDue;
import vn.vientro.monitoring.DutyKind;
import vn.vientro.monitoring.MonitoringPolicy;
import vn.vientro.registry.NgoDuty;
import vn.vientro.registry.NgoDutyQueries;

/**
 * The one list of reporting duties: those generated from approved aid items, the results framework's periods (read
 * from the aid module, which sets them) and the foreign NGOs' plans and annual reports (read from the registry), each
 * with its status today, by due date. Who sees which, {@link MonitoringPolicy} says.
 */
@Service
@Transactional(readOnly = true)
public class ReportDuties {

    /** Without dates in the filter, the NGOs' duties from last year to next year are listed. */
    private static final int NGO_YEARS_AROUND = 1;

    private final DutyQueries duties;
    private final AidReportingQueries aid;
    private final NgoDutyQueries ngos;
    private final DutyRules rules;
    private final AidRules aidRules;
    private final MonitoringPolicy policy;
    private final Clock clock;

    @SuppressWarnings("checkstyle:ParameterNumber")
    ReportDuties(DutyQueries duties, AidReportingQueries aid, NgoDutyQueries ngos, DutyRules rules, AidRules aidRules,
                 MonitoringPolicy policy, Clock clock) {
        this.duties = duties;
        this.aid = aid;
        this.ngos = ngos;
        this.rules = rules;
        this.aidRules = aidRules;
        this.policy = policy;
        this.clock = clock;
    }

    @PreAuthorize(MonitoringPolicy.LIST_DUTIES)
    public DutyPage list(DutyFilter filter) {
        filter.requireOrderedRange();
        LocalDate today = LocalDate.now(clock);
        OptionalLong scope = policy.agencyScope();
        List<DutyRow> rows = Stream.of(generated(filter, scope, today), results(filter, scope, today),
                        ngoDuties(filter, today)).flatMap(List::stream)
                .filter(row -> filter.status() == null || row.status() == filter.status())
                .sorted(Comparator.comparing(DutyRow::dueOn).thenComparing(DutyRow::kind)
                        .thenComparing(DutyRow::id))
                .toList();
        int pageCount = Math.max(1, (rows.size() + filter.size() - 1) / filter.size());
        // a page far past the end is empty, never an overflow
        int from = (int) Math.min((long) filter.page() * filter.size(), rows.size());
        return new DutyPage(List.copyOf(rows.subList(from, Math.min(from + filter.size(), rows.size()))),
                rows.size(), filter.page(), pageCount);
    }

    private List<DutyRow> generated(DutyFilter filter, OptionalLong scope, LocalDate today) {
        if (filter.kind() != null && !filter.kind().generated()) {
            return List.of();
        }
        return duties.list(filter, scope).stream().map(duty -> new DutyRow(duty.kind(), duty.id(), duty.itemId(),
                duty.item().itemCode(), duty.item().itemNameVi(), duty.item().itemNameEn(), duty.item().donorId(),
                null, duty.item().ownerAgencyId(), duty.item().managingAgencyId(), duty.responsible(),
                duty.recipients().isEmpty() ? List.of() : List.of(duty.recipients().split(",")), duty.periodStart(),
                duty.periodEnd(), duty.cutOff(), duty.dueOn(), duty.submittedOn(),
                status(duty.dueOn(), duty.submittedOn(), today), daysUntil(duty.dueOn(), duty.submittedOn(), today),
                daysLate(duty.dueOn(), duty.submittedOn(), today), null, duty.source(),
                "/app/aid/items/" + duty.itemId(), duty.review(), "/app/monitoring/duties/" + duty.id() + "/report"))
                .toList();
    }

    private List<DutyRow> results(DutyFilter filter, OptionalLong scope, LocalDate today) {
        if (filter.kind() != null && filter.kind() != DutyKind.RESULTS_PERIOD) {
            return List.of();
        }
        return aid.resultsReports(filter.item(), filter.owner(), filter.dueAfter(), filter.dueBefore()).stream()
                .filter(period -> scope.isEmpty() || involves(period, scope.getAsLong()))
                .filter(period -> filter.organisation() == null || period.donorId() == filter.organisation())
                .map(period -> resultsRow(period, today)).toList();
    }

    private DutyRow resultsRow(ResultsReportDue period, LocalDate today) {
        return new DutyRow(DutyKind.RESULTS_PERIOD, period.periodId(), period.itemId(), period.code(),
                period.nameVi(), period.nameEn(), period.donorId(), null, period.ownerAgencyId(),
                period.governingAgencyId(), DutyRules.Party.OWNER.name(),
                List.of(DutyRules.Party.MANAGING_AGENCY.name(), DutyRules.Party.FOCAL_POINT.name()),
                period.periodStart(), period.periodEnd(), period.periodEnd(), period.reportDue(), period.reportedOn(),
                status(period.reportDue(), period.reportedOn(), today),
                daysUntil(period.reportDue(), period.reportedOn(), today),
                daysLate(period.reportDue(), period.reportedOn(), today), period.indicatorVi(),
                aidRules.resultsReport().source(), "/app/aid/items/" + period.itemId() + "?tab=results", null, null);
    }

    private List<DutyRow> ngoDuties(DutyFilter filter, LocalDate today) {
        boolean ngoKind = filter.kind() == null || filter.kind() == DutyKind.NGO_PLAN
                || filter.kind() == DutyKind.NGO_ANNUAL_REPORT;
        if (!policy.readsNgoDuties() || !ngoKind || filter.item() != null || filter.owner() != null) {
            return List.of();
        }
        LocalDate from = filter.dueAfter() != null ? filter.dueAfter()
                : LocalDate.of(today.getYear() - NGO_YEARS_AROUND, 1, 1);
        LocalDate to = filter.dueBefore() != null ? filter.dueBefore()
                : LocalDate.of(today.getYear() + NGO_YEARS_AROUND, 12, 31);
        return ngos.duties(filter.organisation(), from, to).stream()
                .map(duty -> ngoRow(duty, today)).filter(row -> filter.kind() == null || row.kind() == filter.kind())
                .toList();
    }

    private DutyRow ngoRow(NgoDuty duty, LocalDate today) {
        DutyKind kind = NgoDuty.PLAN.equals(duty.kind()) ? DutyKind.NGO_PLAN : DutyKind.NGO_ANNUAL_REPORT;
        long id = duty.permitId() != null ? duty.permitId() : duty.organisationId();
        return new DutyRow(kind, id, null, null, null, null, duty.organisationId(), duty.organisationName(), null,
                null, "NGO", List.of(DutyRules.Party.FOCAL_POINT.name()), duty.periodStart(), duty.periodEnd(),
                duty.periodEnd(), duty.dueOn(), duty.doneOn(), status(duty.dueOn(), duty.doneOn(), today),
                daysUntil(duty.dueOn(), duty.doneOn(), today), daysLate(duty.dueOn(), duty.doneOn(), today),
                duty.permitNumber(), duty.source(), duty.link(), null, null);
    }

    private static boolean involves(ResultsReportDue period, long agency) {
        return period.ownerAgencyId() == agency || period.governingAgencyId() == agency;
    }

    private DutyStatus status(LocalDate dueOn, @Nullable LocalDate doneOn, LocalDate today) {
        return DutyStatus.of(dueOn, doneOn, today, rules.dueSoonDays());
    }

    private static long daysUntil(LocalDate dueOn, @Nullable LocalDate doneOn, LocalDate today) {
        return doneOn != null || dueOn.isBefore(today) ? 0 : ChronoUnit.DAYS.between(today, dueOn);
    }

    /** Days past the due date: until today while open, until the day it was done for a late report. */
    private static long daysLate(LocalDate dueOn, @Nullable LocalDate doneOn, LocalDate today) {
        LocalDate end = doneOn != null ? doneOn : today;
        return Math.max(0, ChronoUnit.DAYS.between(dueOn, end));
    }
}
