package vn.vientro.mobilisation;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mobilisation pipeline in figures, for dashboards: the needs the approved catalogue lists, what donors pledged
 * for needs, and the pledges whose aid was approved. No access check: the reading module narrows to the agency its
 * reader may see (the needs that agency proposed).
 */
@Component
@Transactional(readOnly = true)
public class PipelineQueries {

    /**
     * @param catalogueNeeds needs listed (or funded since) in the latest approved version of each catalogue period,
     *                       with their estimated cost in VND
     * @param pledges        pledges made in the period and not withdrawn, with their VND equivalent at pledge date
     * @param approved       of those, the pledges whose aid item was approved
     */
    public record Pipeline(long catalogueNeeds, BigDecimal catalogueCostVnd, long pledges, BigDecimal pledgedVnd,
                          long approved, BigDecimal approvedVnd) {
    }

    private final JdbcClient jdbc;

    PipelineQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Pipeline figures(LocalDate from, LocalDate to, @Nullable Long agencyId) {
        return jdbc.sql("""
                with latest as (
                    select distinct on (v.period) v.id from mobilisation.catalogue_version v
                     where v.status = 'APPROVED' order by v.period, v.revision desc
                ), listed as (
                    select count(*) as n, coalesce(sum(e.cost_amount), 0) as vnd
                      from mobilisation.catalogue_entry e join latest on latest.id = e.catalogue_version
                     where e.standing in ('LISTED', 'FUNDED')
                       and (cast(:agency as bigint) is null or e.agency_id = :agency)
                ), pledged as (
                    select count(*) as n, coalesce(sum(p.amount_vnd), 0) as vnd,
                           count(*) filter (where p.state = 'APPROVED') as approved,
                           coalesce(sum(p.amount_vnd) filter (where p.state = 'APPROVED'), 0) as approved_vnd
                      from mobilisation.pledge p join mobilisation.need n on n.id = p.need
                     where p.state <> 'WITHDRAWN' and p.pledged_on between :from and :to
                       and (cast(:agency as bigint) is null or n.agency_id = :agency)
                )
                select listed.n as listed, listed.vnd as listed_vnd, pledged.n as pledged, pledged.vnd as pledged_vnd,
                       pledged.approved, pledged.approved_vnd
                  from listed, pledged
                """).param("from", from).param("to", to).param("agency", agencyId)
                .query((rs, n) -> new Pipeline(rs.getLong("listed"), rs.getBigDecimal("listed_vnd"),
                        rs.getLong("pledged"), rs.getBigDecimal("pledged_vnd"), rs.getLong("approved"),
                        rs.getBigDecimal("approved_vnd"))).single();
    }
}
