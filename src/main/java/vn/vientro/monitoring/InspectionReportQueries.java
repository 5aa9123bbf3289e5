package vn.vientro.monitoring;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The inspections held within a span of days and how many findings each recorded, by severity, for the reporting
 * module's report to COMINGO (issue 18). What a finding says may be sealed (DOMAIN.md §10): only counts leave the
 * module. No access check: the reading module applies its own policy.
 */
@Component
@Transactional(readOnly = true)
public class InspectionReportQueries {

    private final JdbcClient jdbc;

    InspectionReportQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inspections whose days meet the span, in the order they started. */
    public List<InspectionLine> heldBetween(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select i.id, i.title, i.type, i.subject_kind, i.aid_item_id, i.organisation_id, i.starts_on,
                       i.ends_on, i.status, i.concluded_on,
                       count(f.id) filter (where f.severity = 'MINOR') as minor,
                       count(f.id) filter (where f.severity = 'SIGNIFICANT') as significant,
                       count(f.id) filter (where f.severity = 'SERIOUS') as serious
                  from monitoring.inspection i
                  left join monitoring.inspection_finding f on f.inspection_id = i.id
                 where i.starts_on <= :to and i.ends_on >= :from
                 group by i.id
                 order by i.starts_on, i.id
                """).param("from", from).param("to", to)
                .query((rs, n) -> new InspectionLine(rs.getLong("id"), rs.getString("title"), rs.getString("type"),
                        rs.getString("subject_kind"), (Long) rs.getObject("aid_item_id"),
                        (Long) rs.getObject("organisation_id"), rs.getObject("starts_on", LocalDate.class),
                        rs.getObject("ends_on", LocalDate.class), rs.getString("status"),
                        rs.getObject("concluded_on", LocalDate.class), rs.getLong("minor"),
                        rs.getLong("significant"), rs.getLong("serious"))).list();
    }

    /** An inspection; type, subject kind and status are the names of the inspection's enums. */
    public record InspectionLine(long id, String title, String type, String subjectKind, @Nullable Long aidItemId,
                                 @Nullable Long organisationId, LocalDate startsOn, LocalDate endsOn, String status,
                                 @Nullable LocalDate concludedOn, long minorFindings, long significantFindings,
                                 long seriousFindings) {
    }
}
