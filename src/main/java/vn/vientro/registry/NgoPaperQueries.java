package vn.vientro.registry;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The foreign NGOs working in the province during a span of days and their papers, for the reporting module's report
 * to COMINGO (issue 18): every registration paper valid on some day of the span, with its organisation. No access
 * check: the reading module applies its own policy.
 */
@Component
@Transactional(readOnly = true)
public class NgoPaperQueries {

    private final JdbcClient jdbc;

    NgoPaperQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<NgoPaper> validBetween(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select o.id, coalesce(o.name_vi, o.name_en, o.name_original) as name, o.country_code, o.status,
                       p.kind, p.number, p.issuing_body, p.issued_on, p.valid_from, p.valid_until, p.status as paper
                  from registry.permit p
                  join registry.organisation o on o.id = p.organisation
                 where o.kind = 'FOREIGN_NGO' and p.valid_from <= :to and p.valid_until >= :from
                 order by name, p.valid_from, p.id
                """).param("from", from).param("to", to)
                .query((rs, n) -> new NgoPaper(rs.getLong("id"), rs.getString("name"), rs.getString("country_code"),
                        OrganisationStatus.valueOf(rs.getString("status")), PermitKind.valueOf(rs.getString("kind")),
                        rs.getString("number"), rs.getString("issuing_body"),
                        rs.getObject("issued_on", LocalDate.class), rs.getObject("valid_from", LocalDate.class),
                        rs.getObject("valid_until", LocalDate.class), rs.getString("paper"))).list();
    }

    /** A foreign NGO and one of its papers; {@code paperStatus} is the paper's own (VALID, SUSPENDED, ...). */
    public record NgoPaper(long organisationId, String name, @Nullable String countryCode, OrganisationStatus status,
                           PermitKind kind, String number, String issuingBody, LocalDate issuedOn,
                           LocalDate validFrom, LocalDate validUntil, String paperStatus) {
    }
}
