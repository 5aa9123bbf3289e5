package vn.vientro.registry.permit;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads the "needs attention" list beyond the permits and the NGOs' duties: opinions due, NGOs without a paper. */
@Component
class AttentionQueries {

    private final JdbcClient jdbc;

    AttentionQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static String organisationLink(long organisationId) {
        return "/app/registry/organisations/" + organisationId + "?tab=permits";
    }

    /** Requests for the province's opinion due within three days, or overdue. */
    List<AttentionItem> opinionsDue(LocalDate today) {
        return jdbc.sql("""
                select p.id, p.organisation, p.ministry_reference, p.due_on,
                       coalesce(o.name_vi, o.name_en, o.name_original) as name
                  from registry.permit_opinion p join registry.organisation o on o.id = p.organisation
                 where p.status = 'OPEN' and p.due_on <= :soon order by p.due_on
                """).param("soon", today.plusDays(3))
                .query((rs, row) -> new AttentionItem("OPINION_DUE", rs.getLong("organisation"), rs.getString("name"),
                        null, rs.getString("ministry_reference"), rs.getDate("due_on").toLocalDate(),
                        ChronoUnit.DAYS.between(today, rs.getDate("due_on").toLocalDate()),
                        "/app/registry/opinions/" + rs.getLong("id")))
                .list();
    }

    List<AttentionItem> withoutValidPermit(LocalDate today) {
        return jdbc.sql("""
                select o.id, coalesce(o.name_vi, o.name_en, o.name_original) as name from registry.organisation o
                 where o.kind = 'FOREIGN_NGO' and o.status in ('ACTIVE', 'UNDER_INSPECTION')
                   and not exists (select 1 from registry.permit p where p.organisation = o.id and p.status = 'VALID'
                                      and p.valid_from <= :today and p.valid_until >= :today)
                 order by coalesce(o.name_vi, o.name_en, o.name_original) collate "vi-x-icu"
                """).param("today", today)
                .query((rs, row) -> new AttentionItem("NO_VALID_PERMIT", rs.getLong("id"), rs.getString("name"), null,
                        null, null, 0, organisationLink(rs.getLong("id"))))
                .list();
    }
}
