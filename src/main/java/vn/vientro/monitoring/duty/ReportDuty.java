package vn.vientro.monitoring.duty;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;
import vn.vientro.aid.ReportingBasis;
import vn.vientro.monitoring.DutyKind;
import vn.vientro.monitoring.ReportAction;
import vn.vientro.monitoring.duty.DutyRules.Party;

/**
 * One report an approved aid item owes, as a report schedule (DOMAIN.md §5): its kind, the period it covers, the
 * period's cut-off, its due date, who files it and who receives it. Kept so that a later change of the rules or of
 * the item's dates leaves a report already due, or already submitted, as it was.
 */
@Table(schema = "monitoring", name = "report_duty")
class ReportDuty {

    @Id
    private @Nullable Long id;
    @Version
    private @Nullable Long version;
    private long aidItemId;
    private DutyKind kind;
    private LocalDate periodStart;
    private LocalDate periodEnd;
    private LocalDate cutOff;
    private LocalDate dueOn;
    private Party responsible;
    private String recipients;
    private String source;
    @Embedded.Empty
    private ItemParties item;
    private @Nullable LocalDate submittedOn;
    private @Nullable ReviewStatus reviewStatus;
    private Instant updatedAt;

    /** Where the aid owner's report of the duty stands, as the list shows it. */
    enum ReviewStatus { SUBMITTED, ACCEPTED, RETURNED }

    @PersistenceCreator
    @SuppressWarnings("checkstyle:ParameterNumber")
    ReportDuty(@Nullable Long id, @Nullable Long version, long aidItemId, DutyKind kind, LocalDate periodStart,
               LocalDate periodEnd, LocalDate cutOff, LocalDate dueOn, Party responsible, String recipients,
               String source, ItemParties item, @Nullable LocalDate submittedOn, @Nullable ReviewStatus reviewStatus,
               Instant updatedAt) {
        this.id = id;
        this.version = version;
        this.aidItemId = aidItemId;
        this.kind = kind;
        this.periodStart = periodStart;
        this.periodEnd = periodEnd;
        this.cutOff = cutOff;
        this.dueOn = dueOn;
        this.responsible = responsible;
        this.recipients = recipients;
        this.source = source;
        this.item = item;
        this.submittedOn = submittedOn;
        this.reviewStatus = reviewStatus;
        this.updatedAt = updatedAt;
    }

    static ReportDuty of(ReportingBasis basis, PlannedDuty planned, Instant now) {
        return new ReportDuty(null, null, basis.itemId(), planned.kind(), planned.periodStart(), planned.periodEnd(),
                planned.cutOff(), planned.dueOn(), planned.responsible(), joined(planned.recipients()),
                planned.source(), ItemParties.of(basis), null, null, now);
    }

    /**
     * Follows the item's new dates or the rules' new figures; returns whether anything changed. Only a duty that is
     * still ahead and unsubmitted changes ({@link #settled}).
     */
    boolean replan(ReportingBasis basis, PlannedDuty planned, Instant now) {
        ReportDuty next = of(basis, planned, now);
        boolean changed = !periodEnd.equals(next.periodEnd) || !cutOff.equals(next.cutOff)
                || !dueOn.equals(next.dueOn) || responsible != next.responsible || !recipients.equals(next.recipients)
                || !source.equals(next.source) || !item.equals(next.item);
        if (changed) {
            periodEnd = next.periodEnd;
            cutOff = next.cutOff;
            dueOn = next.dueOn;
            responsible = next.responsible;
            recipients = next.recipients;
            source = next.source;
            item = next.item;
            updatedAt = now;
        }
        return changed;
    }

    /**
     * Follows the report's step: submitted on a day, then accepted, or returned, which makes the report owed again
     * until the owner submits the corrected version, so the list and the chasing count it late meanwhile.
     */
    void follow(ReportAction action, LocalDate on, Instant now) {
        switch (action) {
            case SUBMIT -> {
                submittedOn = on;
                reviewStatus = ReviewStatus.SUBMITTED;
            }
            case ACCEPT -> reviewStatus = ReviewStatus.ACCEPTED;
            case RETURN -> {
                submittedOn = null;
                reviewStatus = ReviewStatus.RETURNED;
            }
        }
        updatedAt = now;
    }

    /** Submitted, or due already: the item's later changes leave it as it stood. */
    boolean settled(LocalDate today) {
        return submittedOn != null || dueOn.isBefore(today);
    }

    /** The same report of the same item: kind and the period's first day. */
    boolean sameReportAs(PlannedDuty planned) {
        return kind == planned.kind() && periodStart.equals(planned.periodStart());
    }

    long id() {
        return Objects.requireNonNull(id, "a duty has an id once saved");
    }

    @Nullable Long version() {
        return version;
    }

    DutyKind kind() {
        return kind;
    }

    LocalDate cutOff() {
        return cutOff;
    }

    LocalDate dueOn() {
        return dueOn;
    }

    ItemParties item() {
        return item;
    }

    List<Party> recipientList() {
        return recipients.isEmpty() ? List.of() : Arrays.stream(recipients.split(",")).map(Party::valueOf).toList();
    }

    private static String joined(List<Party> parties) {
        return String.join(",", parties.stream().map(Party::name).toList());
    }
}
