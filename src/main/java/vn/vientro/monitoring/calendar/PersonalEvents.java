package vn.vientro.monitoring.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.vientro.aid.AidPolicy;
import vn.vientro.aid.OpinionDeadline;
import vn.vientro.aid.OpinionDeadlineQueries;
import vn.vientro.monitoring.MonitoringPolicy;
import vn.vientro.monitoring.inspection.InspectionRow;
import vn.vientro.monitoring.inspection.Inspections;
import vn.vientro.monitoring.duty.DutyFilter;
import vn.vientro.monitoring.duty.DutyPage;
import vn.vientro.monitoring.duty.DutyRow;
import vn.vientro.monitoring.duty.DutyStatus;
import vn.vientro.monitoring.duty.ReportDuties;
import vn.vientro.platform.CurrentUser;
import vn.vientro.registry.PermitExpiryQueries;
import vn.vientro.registry.PermitExpiry;
import vn.vientro.registry.RegistryPolicy;
import vn.vientro.shared.Text;

/**
 * The deadlines of the signed-in user's work, each only if the modules' policies let the user see it in the
 * application: the reports their role or agency follows (the list of duties, as they read it, the foreign NGOs' own
 * duties among them), the opinions their agency has to give, the registration papers expiring, the inspections of the
 * plan they may list (their agency's and those whose team they are on, or all). Called as the feed's owner.
 */
@Component
class PersonalEvents {

    /** From a month back (what is overdue) to a year and a month ahead. */
    private static final int DAYS_BACK = 31;
    private static final int DAYS_AHEAD = 400;
    /** At most this many events of each kind: a calendar program chokes on more, and a person reads none of them. */
    private static final int LIMIT = 1000;

    private final ReportDuties duties;
    private final Inspections inspections;
    private final OpinionDeadlineQueries opinions;
    private final PermitExpiryQueries permits;
    private final MonitoringPolicy monitoring;
    private final AidPolicy aid;
    private final RegistryPolicy registry;
    private final MessageSource messages;
    private final Clock clock;

    @SuppressWarnings("checkstyle:ParameterNumber")
    PersonalEvents(ReportDuties duties, Inspections inspections, OpinionDeadlineQueries opinions, PermitExpiryQueries permits,
                   MonitoringPolicy monitoring, AidPolicy aid, RegistryPolicy registry, MessageSource messages,
                   Clock clock) {
        this.duties = duties;
        this.inspections = inspections;
        this.opinions = opinions;
        this.permits = permits;
        this.monitoring = monitoring;
        this.aid = aid;
        this.registry = registry;
        this.messages = messages;
        this.clock = clock;
    }

    List<CalendarEvent> of(Locale language) {
        LocalDate today = LocalDate.now(clock);
        List<CalendarEvent> events = new ArrayList<>();
        if (monitoring.canListDuties()) {
            dutiesDue(today).forEach(duty -> events.add(duty(duty, language)));
        }
        if (aid.givesOpinions()) {
            long agency = CurrentUser.agency().orElseThrow();
            opinions.pendingOf(agency, LIMIT).forEach(opinion -> events.add(opinion(opinion, language)));
        }
        if (registry.readsPermits()) {
            permits.between(today.minusDays(DAYS_BACK), today.plusDays(DAYS_AHEAD), LIMIT)
                    .forEach(permit -> events.add(permit(permit, language)));
        }
        if (monitoring.canListInspections()) {
            inspectionsAhead(today).forEach(inspection -> events.add(inspection(inspection, language)));
        }
        events.sort(Comparator.comparing(CalendarEvent::day).thenComparing(CalendarEvent::uid));
        return events;
    }

    /** The inspections of this year's plan and next year's the user may list, not over before the window opens. */
    private List<InspectionRow> inspectionsAhead(LocalDate today) {
        LocalDate windowOpens = today.minusDays(DAYS_BACK);
        List<InspectionRow> ahead = new ArrayList<>();
        for (int year = windowOpens.getYear(); year <= today.getYear() + 1; year++) {
            inspections.list(year).stream().filter(row -> !row.endsOn().isBefore(windowOpens)).forEach(ahead::add);
        }
        return ahead.size() > LIMIT ? ahead.subList(0, LIMIT) : ahead;
    }

    /** The duties not done, page by page as the list gives them. */
    private List<DutyRow> dutiesDue(LocalDate today) {
        List<DutyRow> due = new ArrayList<>();
        for (int page = 0; due.size() < LIMIT; page++) {
            DutyPage rows = duties.list(new DutyFilter(null, null, null, null, null, today.minusDays(DAYS_BACK),
                    today.plusDays(DAYS_AHEAD), page, DutyFilter.MAX_SIZE));
            rows.rows().stream().filter(row -> row.status() != DutyStatus.DONE).forEach(due::add);
            if (page + 1 >= rows.pageCount()) {
                break;
            }
        }
        return due.size() > LIMIT ? due.subList(0, LIMIT) : due;
    }

    private CalendarEvent duty(DutyRow duty, Locale language) {
        String subject = Objects.requireNonNullElse(duty.subject(language), "");
        String title = duty.itemCode() == null ? subject : duty.itemCode() + " · " + subject;
        return new CalendarEvent("duty-" + duty.kind() + "-" + duty.id() + "-" + duty.dueOn() + "@vientro",
                duty.dueOn(), text(language, "monitoring.calendar.event.duty", Text.of("monitoring.kind."
                + duty.kind()), title), text(language, "monitoring.calendar.event.duty.description",
                Text.of("monitoring.status." + duty.status()), duty.legalSource()),
                duty.reportLink() != null ? duty.reportLink() : duty.link());
    }

    private CalendarEvent inspection(InspectionRow inspection, Locale language) {
        return new CalendarEvent("inspection-" + inspection.id() + "@vientro", inspection.startsOn(),
                inspection.endsOn(), text(language, "monitoring.calendar.event.inspection", inspection.title(),
                inspection.subjectName()), text(language, "monitoring.calendar.event.inspection.description",
                Text.of("monitoring.inspection.type." + inspection.type()),
                Text.of("monitoring.inspection.status." + inspection.status())),
                "/app/monitoring/inspections/" + inspection.id());
    }

    private CalendarEvent opinion(OpinionDeadline opinion, Locale language) {
        String name = "en".equals(language.getLanguage()) && opinion.itemNameEn() != null ? opinion.itemNameEn()
                : opinion.itemNameVi();
        return new CalendarEvent("opinion-" + opinion.opinionId() + "@vientro", opinion.dueOn(),
                text(language, "monitoring.calendar.event.opinion", opinion.itemCode(), name), null, opinion.link());
    }

    private CalendarEvent permit(PermitExpiry permit, Locale language) {
        return new CalendarEvent("permit-" + permit.permitId() + "-" + permit.validUntil() + "@vientro",
                permit.validUntil(), text(language, "monitoring.calendar.event.permit", permit.number(),
                permit.organisationName()), text(language, "registry.permitKind." + permit.kind()), permit.link());
    }

    private String text(Locale language, String key, Object... arguments) {
        return messages.getMessage(Text.of(key, arguments), language);
    }
}
